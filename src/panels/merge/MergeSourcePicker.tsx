import { useTranslation } from 'react-i18next';
import type { MapDoc } from '../../model';
import type { MapSummary } from '../../storage';
import { JsonFilePicker } from '../JsonFilePicker';

/** Step 1: which maps to merge (from the library and/or files), and the new map's title. */
export function MergeSourcePicker(props: {
  library: MapSummary[];
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onSelectAll: () => void;
  fileMaps: MapDoc[];
  onFiles: (files: File[]) => void;
  title: string;
  region: string;
  onTitle: (title: string) => void;
  onRegion: (region: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <div className="merge__fields">
        <label className="field">
          <span>{t('merge.title')}</span>
          <input value={props.title} onChange={(e) => props.onTitle(e.target.value)} required />
        </label>
        <label className="field">
          <span>{t('merge.region')}</span>
          <input value={props.region} onChange={(e) => props.onRegion(e.target.value)} />
        </label>
      </div>
      <fieldset className="field merge__sources">
        <legend>{t('merge.fromLibrary')}</legend>
        {/* Nothing to choose until the library's list is read: a press before that selected nothing. */}
        <button type="button" onClick={props.onSelectAll} disabled={props.library.length === 0}>
          {t('merge.selectAll')}
        </button>
        <ul className="merge__list">
          {props.library.map((map) => (
            <li key={map.id}>
              <label>
                <input type="checkbox" checked={props.selected.has(map.id)} onChange={() => props.onToggle(map.id)} /> {map.title}
                {map.author ? ` · ${map.author}` : ''}{' '}
                <span className="muted">
                  ({t(`kind.${map.kind}`)}, {t('library.size', { actors: map.actorCount, relations: map.relationCount })})
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset className="field merge__sources">
        <legend>{t('merge.fromFiles')}</legend>
        <JsonFilePicker label={t('merge.fromFiles')} multiple testId="merge-file-input" onFiles={props.onFiles} />
        {props.fileMaps.length ? <p>{t('merge.filesAdded', { count: props.fileMaps.length })}</p> : null}
        <ul className="merge__list">
          {props.fileMaps.map((map, i) => (
            <li key={i}>
              {map.title}
              {map.author ? ` · ${map.author}` : ''}
            </li>
          ))}
        </ul>
      </fieldset>
    </>
  );
}
