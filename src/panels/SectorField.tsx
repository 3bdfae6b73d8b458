import { useTranslation } from 'react-i18next';
import { schemeOf, sectorsOf, setSector, storedSector, type Actor, type MapDoc } from '../model';
import { useEditorStoreApi } from '../store/EditorStoreContext';

/**
 * The actor's sector on a personal map with sectors, as radio buttons (arrow
 * keys choose): choosing one moves the actor into that sector's wedge on its
 * own ring, in one undo step.
 */
export function SectorField({ actor, map }: { actor: Actor; map: MapDoc }) {
  const { t } = useTranslation();
  const store = useEditorStoreApi();
  const scheme = schemeOf(map);
  if (!scheme || actor.type === 'self') return null;
  const current = storedSector(map, actor);
  return (
    <fieldset className="field segmented" data-testid="sector-field">
      <legend>{t('sectors.label')}</legend>
      {sectorsOf(scheme).map((sector) => (
        <label key={sector} className="segmented__option">
          <input
            type="radio"
            name={`sector-${actor.id}`}
            checked={current === sector}
            onChange={() => store.getState().apply((m) => setSector(m, actor.id, sector))}
          />
          <span>{t(`sector.${sector}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
