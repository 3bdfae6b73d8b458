import { useTranslation } from 'react-i18next';
import { useEditor, useEditorStoreApi } from '../../store/EditorStoreContext';

/** "Size actors by": none, number of relations, or liaison role. The sizes themselves follow the insights (useSizeBy). */
export function SizeByControl() {
  const { t } = useTranslation();
  const store = useEditorStoreApi();
  const figure = useEditor((s) => s.sizeBy?.figure ?? '');
  return (
    <label className="insights__size">
      {t('insights.sizeBy')}
      <select
        value={figure}
        onChange={(e) => {
          const value = e.target.value;
          // The scale starts empty (everyone normal size) and fills in as soon as the insights are known.
          store.getState().setSizeBy(value === 'degree' || value === 'betweenness' ? { figure: value, scale: {} } : null);
        }}
      >
        <option value="">{t('insights.sizeNone')}</option>
        <option value="degree">{t('insights.sizeDegree')}</option>
        <option value="betweenness">{t('insights.sizeBetweenness')}</option>
      </select>
    </label>
  );
}
