import { useTranslation } from 'react-i18next';

/** Placeholder until this panel is built (issue 9). */
export function ViewsPanel() {
  const { t } = useTranslation();
  return <h2>{t('views.title')}</h2>;
}
