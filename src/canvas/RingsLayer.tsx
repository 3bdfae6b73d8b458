import { ViewportPortal } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { RING_RADII, RINGS, type Position } from '../model';

const RING_FILLS = ['#e8f4f1', '#f1f7f5', '#f8fbfa'];

/** The closeness rings around "me", drawn in map coordinates beneath the nodes. */
function RingsLayerView({ centre }: { centre: Position }) {
  const { t } = useTranslation();
  const outer = RING_RADII[3];
  const size = outer * 2 + 4;
  return (
    <ViewportPortal>
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
            fill={RING_FILLS[ring - 1]}
            stroke="#9fc5bb"
            strokeWidth={1.5}
            strokeDasharray={ring === 3 ? '6 6' : undefined}
          />
        ))}
        {RINGS.map((ring) => (
          <text
            key={ring}
            x={0}
            y={-RING_RADII[ring] + 20}
            textAnchor="middle"
            fontSize={15}
            fontFamily="system-ui, sans-serif"
            fill="#4d7f73"
            data-testid="ring-label"
          >
            {t(`ring.${ring}`)}
          </text>
        ))}
      </svg>
    </ViewportPortal>
  );
}

export const RingsLayer = memo(RingsLayerView);
