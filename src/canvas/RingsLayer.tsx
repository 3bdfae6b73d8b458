import { ViewportLayer } from './ViewportLayer';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { RING_RADII, RINGS, type Position } from '../model';
import { screenTheme, type Theme } from '../render';

/** The closeness rings around "me", drawn in map coordinates beneath the nodes. */
function RingsLayerView({ centre, theme = screenTheme }: { centre: Position; theme?: Theme }) {
  const { t } = useTranslation();
  const outer = RING_RADII[3];
  const size = outer * 2 + 4;
  return (
    <ViewportLayer>
      <svg
        className="rings-layer"
        role="img"
        aria-label={t('canvas.ringsLabel')}
        width={size}
        height={size}
        viewBox={`${-size / 2} ${-size / 2} ${size} ${size}`}
        style={{ position: 'absolute', left: centre.x - size / 2, top: centre.y - size / 2, zIndex: -1, pointerEvents: 'none', overflow: 'visible' }}
      >
        {[...RINGS].reverse().map((ring) => (
          <circle
            key={ring}
            r={RING_RADII[ring]}
            fill={theme.ring.fills[ring - 1]}
            stroke={theme.ring.stroke}
            strokeWidth={theme.ring.strokeWidth}
            strokeDasharray={ring === 3 ? '6 6' : undefined}
          />
        ))}
        {RINGS.map((ring) => (
          <text
            key={ring}
            x={0}
            y={-RING_RADII[ring] + 20}
            textAnchor="middle"
            fontSize={theme.ring.fontSize}
            fontFamily={theme.font}
            fill={theme.ring.text}
            data-testid="ring-label"
          >
            {t(`ring.${ring}`)}
          </text>
        ))}
      </svg>
    </ViewportLayer>
  );
}

export const RingsLayer = memo(RingsLayerView);
