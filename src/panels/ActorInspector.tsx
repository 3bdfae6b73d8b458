import { useTranslation } from 'react-i18next';
import { ADDABLE_ACTOR_TYPES, actorTraits, canRemove, RINGS, setRing, updateActor, type Actor, type ActorType, type MapDoc, type Ring } from '../model';
import { connectAndSelect, remove, rename } from '../store/actions';
import { useEditorStoreApi } from '../store/EditorStoreContext';
import { AddRelationSelect } from './AddRelationSelect';
import { MarkControl } from './marks/MarkControl';
import { NameField } from './NameField';
import { Provenance } from './Provenance';
import { SectorField } from './SectorField';
import { ServicesEditor } from './ServicesEditor';

export function ActorInspector({ actor, map }: { actor: Actor; map: MapDoc }) {
  const { t } = useTranslation();
  const store = useEditorStoreApi();
  const apply = store.getState().apply;
  const edit = (field: string, patch: Parameters<typeof updateActor>[2]) =>
    apply((m) => updateActor(m, actor.id, patch), { coalesce: `actor:${actor.id}:${field}` });
  const traits = actorTraits(actor.type, map.kind);
  const others = map.actors.filter((a) => a.id !== actor.id);
  const connectTo = (targetId: string) => connectAndSelect(store, actor.id, targetId);

  return (
    <section className="inspector" aria-labelledby="inspector-heading" data-testid="actor-inspector">
      <h2 id="inspector-heading">{t('inspector.actorHeading')}</h2>
      <NameField label={t('inspector.name')} value={actor.name} onCommit={(name) => rename(store, actor.id, name, { coalesce: `actor:${actor.id}:name` })} />
      {!traits.changeType ? (
        <p className="muted">{t('inspector.selfNote')}</p>
      ) : (
        <label className="field">
          <span>{t('inspector.type')}</span>
          <select value={actor.type} onChange={(e) => edit('type', { type: e.target.value as ActorType })}>
            {ADDABLE_ACTOR_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`actorType.${type}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      {traits.organisation ? (
        <label className="field">
          <span>{t('inspector.organisation')}</span>
          <input value={actor.organisation ?? ''} onChange={(e) => edit('organisation', { organisation: e.target.value || undefined })} />
        </label>
      ) : null}
      {traits.ring ? (
        <fieldset className="field segmented">
          <legend>{t('ring.label')}</legend>
          {RINGS.map((ring) => (
            <label key={ring} className="segmented__option">
              <input type="radio" name={`ring-${actor.id}`} checked={actor.ring === ring} onChange={() => apply((m) => setRing(m, actor.id, ring as Ring))} />
              <span>{t(`ring.${ring}`)}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
      <SectorField actor={actor} map={map} />
      {traits.services ? <ServicesEditor actor={actor} /> : null}
      <label className="field">
        <span>{t('inspector.note')}</span>
        <textarea rows={3} value={actor.note ?? ''} onChange={(e) => edit('note', { note: e.target.value || undefined })} />
      </label>
      <MarkControl map={map} target={{ kind: 'actor', id: actor.id }} />
      {others.length > 0 ? <AddRelationSelect others={others} onConnect={connectTo} /> : null}
      <button type="button" onClick={() => store.getState().setFocus({ actor: actor.id, depth: 1 })}>
        {t('lens.focus.action')} <kbd>F</kbd>
      </button>
      <Provenance sources={actor.sources} />
      {canRemove(actor) ? (
        <button type="button" className="danger" onClick={() => remove(store, { actors: [actor.id] })}>
          {t('inspector.deleteActor')}
        </button>
      ) : null}
    </section>
  );
}
