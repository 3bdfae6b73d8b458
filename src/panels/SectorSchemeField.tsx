import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SECTOR_SCHEMES, setSectorScheme, type MapDoc, type SectorScheme } from '../model';
import { useEditorStoreApi } from '../store/EditorStoreContext';
import './sectors.css';

const SCHEME_LABEL = { areas: 'sectors.scheme_areas', publicThirdPrivate: 'sectors.scheme_publicThirdPrivate' } as const;
/** The scheme a trainee gets on turning sectors on: the exercise's own three content areas. */
const DEFAULT_SCHEME: SectorScheme = 'areas';

/**
 * A personal map's setting: whether its rings are divided into sectors, and
 * by which scheme. Turning it on or changing the scheme moves nobody: each
 * actor gets the sector it already stands in.
 */
export function SectorSchemeField({ map }: { map: MapDoc }) {
  const { t } = useTranslation();
  const store = useEditorStoreApi();
  const id = useId();
  if (map.kind !== 'personal') return null;
  const choose = (scheme: SectorScheme | undefined) => store.getState().apply((m) => setSectorScheme(m, scheme));
  return (
    <section className="map-settings" aria-labelledby={`${id}-heading`} data-testid="sector-scheme">
      <h2 id={`${id}-heading`}>{t('sectors.settings')}</h2>
      <label className="field field--inline">
        <input type="checkbox" checked={map.sectors !== undefined} onChange={(e) => choose(e.target.checked ? DEFAULT_SCHEME : undefined)} />
        <span>{t('sectors.divide')}</span>
      </label>
      {map.sectors ? (
        <>
          <fieldset className="field">
            <legend>{t('sectors.scheme')}</legend>
            {SECTOR_SCHEMES.map((scheme) => (
              <label key={scheme} className="field--inline">
                <input type="radio" name={`${id}-scheme`} checked={map.sectors === scheme} onChange={() => choose(scheme)} />
                <span>{t(SCHEME_LABEL[scheme])}</span>
              </label>
            ))}
          </fieldset>
          <p className="muted">{t('sectors.hint')}</p>
        </>
      ) : null}
    </section>
  );
}
