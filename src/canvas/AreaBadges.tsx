import { useTranslation } from 'react-i18next';
import { CONTENT_AREAS, type ContentArea } from '../model';

/** Small badges for content areas: a short word and a colour, so colour is never the only cue. */
export function AreaBadges({ areas }: { areas: readonly ContentArea[] }) {
  const { t } = useTranslation();
  if (areas.length === 0) return null;
  return (
    <span className="area-badges" data-testid="area-badges">
      {areas.map((area) => (
        <span key={area} className={`area-badge area-badge--${area}`} title={t(`area.${area}`)}>
          {t(`area.short_${area}`)}
        </span>
      ))}
    </span>
  );
}

/** What the badges mean, shown in a corner of the canvas when any actor has services. */
export function AreaLegend() {
  const { t } = useTranslation();
  return (
    <div className="area-legend" data-testid="area-legend" role="note" aria-label={t('area.legend')}>
      <strong>{t('area.legend')}</strong>
      {CONTENT_AREAS.map((area) => (
        <span key={area} className="area-legend__item">
          <span className={`area-badge area-badge--${area}`}>{t(`area.short_${area}`)}</span> {t(`area.${area}`)}
        </span>
      ))}
    </div>
  );
}
