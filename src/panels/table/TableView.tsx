import { useTranslation } from 'react-i18next';

/** Placeholder until the table view is built (issue 9). */
export function TableView() {
  const { t } = useTranslation();
  return (
    <main className="table-view">
      <h2>{t('table.title')}</h2>
    </main>
  );
}
