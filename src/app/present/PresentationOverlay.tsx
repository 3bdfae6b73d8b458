import { useTranslation } from 'react-i18next';

/** Placeholder until presentation mode is built (issue 9). */
export function PresentationOverlay() {
  const { t } = useTranslation();
  return <h1 className="presentation__title">{t('present.title')}</h1>;
}
