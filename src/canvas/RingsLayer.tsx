import { useStore } from '@xyflow/react';
import { memo, useEffect, useState } from 'react';
import { ViewportLayer } from './ViewportLayer';
import { useTranslation } from 'react-i18next';
import { RING_RADII, RINGS, sectorsOf, type Position, type SectorScheme } from '../model';
import { screenTheme, textWidth, type Theme } from '../render';
import { type NameBox, sectorFontSize, sectorGeometry, sectorNamesInView, sectorStrokeWidth } from '../render/sectors';

/** The closeness rings around "me", drawn in map coordinates beneath the nodes, and the map's sectors over them. */
function RingsLayerView({ centre, theme = screenTheme, sectors }: { centre: Position; theme?: Theme; sectors?: SectorScheme }) {
  const { t } = useTranslation();
  const sectorFont = sectorFontSize(theme);
  // Around the layer's own origin (the centre): the svg is placed at the centre below.
  const geometry = sectors ? sectorGeometry(sectors, { x: 0, y: 0 }, sectorFont) : undefined;
  const outer = RING_RADII[3];
  const size = outer * 2 + 4;
  return (
    <ViewportLayer>
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
        {sectors ? <SectorNames scheme={sectors} centre={centre} theme={theme} /> : null}
      </svg>
    </ViewportLayer>
  );
}

export const RingsLayer = memo(RingsLayerView);

/** Room kept between a name and the canvas's edge or the legend, in screen pixels. */
const NAME_MARGIN = 8;

/**
 * The sectors' names, where the reader sees them (render/sectors `sectorNamesInView`): at the readable opening zoom a
 * laptop or a tablet shows only the middle of the rings, and a name outside the outer ring was off screen or under
 * the legend. Its own component, so a pan re-renders three words and nothing else.
 */
function SectorNames({ scheme, centre, theme }: { scheme: SectorScheme; centre: Position; theme: Theme }) {
  const { t } = useTranslation();
  const fontSize = sectorFontSize(theme);
  const [tx, ty, zoom] = useStore((s) => s.transform);
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const covered = useCoveredBoxes();
  // The actors' drawn boxes (nodes are centred on their position): a name is sought clear of them first.
  const nodes = useStore((s) => s.nodes);
  const actors = nodes.flatMap((node) =>
    node.measured?.width && node.measured.height
      ? [
          {
            minX: node.position.x - node.measured.width / 2 - centre.x - 4,
            minY: node.position.y - node.measured.height / 2 - centre.y - 4,
            maxX: node.position.x + node.measured.width / 2 - centre.x + 7,
            maxY: node.position.y + node.measured.height / 2 - centre.y + 7,
          },
        ]
      : [],
  );
  // Screen pixels to the layer's own coordinates (its origin is the rings' centre).
  const toLayer = (b: NameBox): NameBox => ({
    minX: (b.minX - tx) / zoom - centre.x,
    minY: (b.minY - ty) / zoom - centre.y,
    maxX: (b.maxX - tx) / zoom - centre.x,
    maxY: (b.maxY - ty) / zoom - centre.y,
  });
  const names = Object.fromEntries(sectorsOf(scheme).map((s) => [s, t(`sector.${s}`)]));
  const widths = Object.fromEntries(Object.entries(names).map(([s, name]) => [s, textWidth(name, fontSize, true)]));
  const spots =
    width > 0 && height > 0
      ? sectorNamesInView(
          scheme,
          { x: 0, y: 0 },
          fontSize,
          widths,
          toLayer({ minX: NAME_MARGIN, minY: NAME_MARGIN, maxX: width - NAME_MARGIN, maxY: height - NAME_MARGIN }),
          covered.map((b) => toLayer({ minX: b.minX - NAME_MARGIN, minY: b.minY - NAME_MARGIN, maxX: b.maxX + NAME_MARGIN, maxY: b.maxY + NAME_MARGIN })),
          actors,
        )
      : sectorGeometry(scheme, { x: 0, y: 0 }, fontSize).names;
  return (
    <>
      {spots.map((s) => (
        <text
          key={s.sector}
          x={s.x}
          y={s.y}
          textAnchor={s.anchor}
          fontSize={fontSize}
          fontWeight={700}
          fontFamily={theme.font}
          fill={theme.ring.text}
          // A halo of the ring's colour: a name moved into the rings stays readable over a ring's line or a divider.
          stroke={theme.ring.fills[2]}
          strokeWidth={3}
          paintOrder="stroke"
          data-testid="sector-name"
          data-sector={s.sector}
        >
          {names[s.sector]}
        </text>
      ))}
    </>
  );
}

/** What covers the canvas's edges (the legend, the zoom buttons), in pixels from the canvas's top left; measured again when they change size. */
function useCoveredBoxes(): NameBox[] {
  const domNode = useStore((s) => s.domNode);
  const [boxes, setBoxes] = useState<NameBox[]>([]);
  useEffect(() => {
    if (!domNode) return;
    const elements = () => [...domNode.querySelectorAll('[data-testid="map-legend"], .react-flow__controls')];
    const measure = () => {
      const origin = domNode.getBoundingClientRect();
      const next = elements().map((e) => {
        const r = e.getBoundingClientRect();
        return { minX: r.left - origin.left, minY: r.top - origin.top, maxX: r.right - origin.left, maxY: r.bottom - origin.top };
      });
      setBoxes((prev) => (JSON.stringify(prev) === JSON.stringify(next) ? prev : next));
    };
    measure();
    const observer = new ResizeObserver(measure);
    // The canvas too: when it resizes, the legend in its corner moves.
    for (const e of [domNode, ...elements()]) observer.observe(e);
    return () => observer.disconnect();
  }, [domNode]);
  return boxes;
}
