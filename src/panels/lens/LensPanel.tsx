import { useTranslation } from 'react-i18next';

/** Placeholder until this panel is built (issue 9). */
export function LensPanel() {
  const { t } = useTranslation();
  return <h2>{t('lens.title')}</h2>;
}
