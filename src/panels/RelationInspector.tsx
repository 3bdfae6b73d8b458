import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { addLabel, DIRECTIONS, isPresetMethod, PRESET_METHODS, updateRelation, type MapDoc, type Relation } from '../model';
import { remove, setDirection } from '../store/actions';
import { useEditorStoreApi } from '../store/EditorStoreContext';
import { LabelListEditor } from './LabelListEditor';
import { MarkControl } from './marks/MarkControl';
import { Provenance } from './Provenance';

export function RelationInspector({ relation, map }: { relation: Relation; map: MapDoc }) {
  const { t } = useTranslation();
  const store = useEditorStoreApi();
  const apply = store.getState().apply;
  const nameOf = (id: string) => map.actors.find((a) => a.id === id)?.name ?? '?';
  const names = { source: nameOf(relation.source), target: nameOf(relation.target) };
  const patch = (p: Parameters<typeof updateRelation>[2], coalesce?: string) =>
    apply((m) => updateRelation(m, relation.id, p), coalesce ? { coalesce } : undefined);
  const toggleMethod = (method: string) =>
    patch({ methods: relation.methods.includes(method) ? relation.methods.filter((m) => m !== method) : [...relation.methods, method] });
  const freeMethods = relation.methods.filter((m) => !isPresetMethod(m));
  const section = useRef<HTMLElement>(null);
  // Just drawn: the cursor waits in the topic field, so typing a topic and Enter is all it takes.
  useEffect(() => {
    if (store.getState().describing !== relation.id) return;
    store.getState().setDescribing(null);
    section.current?.querySelector<HTMLInputElement>('[data-testid="topics"] input')?.focus();
  }, [store, relation.id]);

  return (
    <section ref={section} className="inspector" aria-labelledby="inspector-heading" data-testid="relation-inspector">
      <h2 id="inspector-heading">{t('inspector.relationHeading')}</h2>
      <fieldset className="field segmented segmented--stacked">
        <legend>
          {t('direction.label')} <kbd className="muted">D</kbd>
        </legend>
        {DIRECTIONS.map((direction) => (
          <label key={direction} className="segmented__option">
            <input
              type="radio"
              name={`direction-${relation.id}`}
              checked={relation.direction === direction}
              onChange={() => setDirection(store, relation.id, direction)}
            />
            <span>{t(`direction.${direction}`, names)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="field">
        <legend>{t('inspector.topics')}</legend>
        <LabelListEditor
          testId="topics"
          label={t('inspector.addTopic')}
          placeholder={t('inspector.topicPlaceholder')}
          addLabel={t('inspector.add')}
          items={relation.topics}
          onAdd={(topic) => patch({ topics: addLabel(relation.topics, topic) })}
          onRemove={(topic) => patch({ topics: relation.topics.filter((x) => x !== topic) })}
        />
      </fieldset>
      <fieldset className="field">
        <legend>{t('inspector.methods')}</legend>
        <div className="method-chips" role="group" aria-label={t('inspector.methods')}>
          {PRESET_METHODS.map((method) => (
            <button key={method} type="button" className="toggle-chip" aria-pressed={relation.methods.includes(method)} onClick={() => toggleMethod(method)}>
              {t(`method.${method}`)}
            </button>
          ))}
        </div>
        <LabelListEditor
          testId="free-methods"
          label={t('inspector.otherMethod')}
          placeholder={t('inspector.otherMethodPlaceholder')}
          addLabel={t('inspector.add')}
          items={freeMethods}
          onAdd={(method) => patch({ methods: addLabel(relation.methods, method) })}
          onRemove={(method) => patch({ methods: relation.methods.filter((x) => x !== method) })}
        />
      </fieldset>
      <MarkControl map={map} target={{ kind: 'relation', id: relation.id }} />
      <label className="field">
        <span>{t('inspector.note')}</span>
        <textarea rows={3} value={relation.note ?? ''} onChange={(e) => patch({ note: e.target.value || undefined }, `relation:${relation.id}:note`)} />
      </label>
      <Provenance sources={relation.sources} weight={relation.weight} />
      <button type="button" className="danger" onClick={() => remove(store, { relations: [relation.id] })}>
        {t('inspector.deleteRelation')}
      </button>
    </section>
  );
}
