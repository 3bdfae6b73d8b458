import { useCanvasT } from './canvasTranslation';
import type { ContentArea } from '../model';

/** Small badges for content areas: a short word and a colour, so colour is never the only cue. */
export function AreaBadges({ areas }: { areas: readonly ContentArea[] }) {
  const t = useCanvasT();
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
