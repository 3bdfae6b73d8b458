import { ViewportPortal } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { RING_RADII, RINGS, sectorsOf, type Position, type SectorScheme } from '../model';
import { screenTheme, type Theme } from '../render';
import { sectorFontSize, sectorGeometry, sectorStrokeWidth } from '../render/sectors';

/** The closeness rings around "me", drawn in map coordinates beneath the nodes, and the map's sectors over them. */
function RingsLayerView({ centre, theme = screenTheme, sectors }: { centre: Position; theme?: Theme; sectors?: SectorScheme }) {
  const { t } = useTranslation();
  const sectorFont = sectorFontSize(theme);
  // Around the layer's own origin (the centre): the svg is placed at the centre below.
  const geometry = sectors ? sectorGeometry(sectors, { x: 0, y: 0 }, sectorFont) : undefined;
  const outer = RING_RADII[3];
  const size = outer * 2 + 4;
  return (
    <ViewportPortal>
      <svg
        className="rings-layer"
        role="img"
        aria-label={
          sectors
            ? `${t('canvas.ringsLabel')}. ${t('sectors.canvasLabel', {
                names: sectorsOf(sectors)
                  .map((s) => t(`sector.${s}`))
                  .join(', '),
              })}`
            : t('canvas.ringsLabel')
        }
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
        {geometry?.dividers.map((d, i) => (
          <line
            key={i}
            x1={d.x1}
            y1={d.y1}
            x2={d.x2}
            y2={d.y2}
            stroke={theme.ring.text}
            strokeWidth={sectorStrokeWidth(theme)}
            strokeLinecap="round"
            data-testid="sector-divider"
          />
        ))}
        {geometry?.names.map((s) => (
          <text
            key={s.sector}
            x={s.x}
            y={s.y}
            textAnchor={s.anchor}
            fontSize={sectorFont}
            fontWeight={700}
            fontFamily={theme.font}
            fill={theme.ring.text}
            data-testid="sector-name"
            data-sector={s.sector}
          >
            {t(`sector.${s.sector}`)}
          </text>
        ))}
      </svg>
    </ViewportPortal>
  );
}

export const RingsLayer = memo(RingsLayerView);
