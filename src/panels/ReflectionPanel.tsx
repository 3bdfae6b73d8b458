import { useTranslation } from 'react-i18next';
import { REFLECTION_KEYS, setReflection } from '../model';
import { useEditor, useEditorStoreApi } from '../store/EditorStoreContext';
import { AutoGrowTextarea } from './AutoGrowTextarea';

/** The six reflection questions of the exercise, answered in free text beside the map. */
export function ReflectionPanel() {
  const { t } = useTranslation();
  const reflection = useEditor((s) => s.map!.reflection);
  const apply = useEditorStoreApi().getState().apply;
  return (
    <section className="reflection" aria-labelledby="reflection-heading">
      <h2 id="reflection-heading">{t('reflection.heading')}</h2>
      <p className="muted">{t('reflection.intro')}</p>
      {REFLECTION_KEYS.map((key) => (
        // biome-ignore lint/a11y/noLabelWithoutControl: AutoGrowTextarea renders the textarea this label wraps.
        <label key={key} className="field">
          <span>{t(`reflection.${key}`)}</span>
          <AutoGrowTextarea
            rows={3}
            value={reflection[key]}
            onChange={(e) => apply((m) => setReflection(m, key, e.target.value), { coalesce: `reflection:${key}` })}
          />
        </label>
      ))}
    </section>
  );
}
