import { useTranslation } from 'react-i18next';
import { useEditor, useEditorStoreApi } from '../store/EditorStoreContext';

const LAYOUTS = [
  { layout: 'map', label: 'table.showMap', icon: '◎' },
  { layout: 'table', label: 'table.showTable', icon: '☰' },
] as const;

/** Map or table: two pressed-state buttons in a named group, so a screen reader hears which one is on. */
export function LayoutToggle() {
  const { t } = useTranslation();
  const store = useEditorStoreApi();
  const layout = useEditor((s) => s.layout);
  return (
    <div className="toolbar__group layout-toggle" role="group" aria-label={t('table.toggleLabel')}>
      {LAYOUTS.map((option) => (
        <button key={option.layout} type="button" aria-pressed={layout === option.layout} onClick={() => store.getState().setLayout(option.layout)}>
          <span aria-hidden="true">{option.icon}</span> {t(option.label)}
        </button>
      ))}
    </div>
  );
}
