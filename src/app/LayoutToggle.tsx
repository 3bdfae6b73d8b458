import { useTranslation } from 'react-i18next';
import { useEditor, useEditorStoreApi } from '../store/EditorStoreContext';

/**
 * Map or table: one pressed toggle, icon only, so the toolbar keeps one row and
 * the whole map title at 1366 px (screen-room.spec). A screen reader hears
 * "Table, toggle button, pressed"; the table view has its own "Map" button back.
 */
export function LayoutToggle() {
  const { t } = useTranslation();
  const store = useEditorStoreApi();
  const table = useEditor((s) => s.layout === 'table');
  return (
    <button
      type="button"
      className="layout-toggle"
      aria-pressed={table}
      aria-label={t('table.showTable')}
      title={t('table.toggleTitle')}
      onClick={() => store.getState().setLayout(table ? 'map' : 'table')}
    >
      <TableIcon />
    </button>
  );
}

/** Rows and columns, drawn (a symbol font may lack ☰ or ▦ on a tablet). */
export function TableIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.6">
      <rect x="1.5" y="2.5" width="15" height="13" rx="1.5" />
      <path d="M1.5 7h15M1.5 11.3h15M6.5 2.5v13" />
    </svg>
  );
}
