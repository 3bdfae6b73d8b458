/**
 * The legend on the canvas: every encoding the map uses (actor types, content
 * areas, arrow directions, weights, closeness ties), and a filter at the same
 * time: each entry is a toggle that hides or shows its class by editing the
 * view's filters (model/lensFilters), so what the legend says and what the map
 * shows never disagree. It lists the whole map's classes, hidden ones too
 * (struck through), so a hidden class can be brought back from here.
 * Foldable; folded from the start on a phone, where the map needs the room.
 */
import { Panel } from '@xyflow/react';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { DIRECTION_CLASSES, directionClass, isShown, toggleShown, toggleWeight, weightShown, withFilter, type ViewFilters } from '../model';
import { edgeWidth, type Theme } from '../render';
import { legendEntries } from '../render/legend';
import { sectorGlyph } from '../render/sectors';
import { useEditor, useEditorStoreApi } from '../store/EditorStoreContext';
import { useSceneContext } from './useScene';
import { useCanvasT } from './canvasTranslation';
import './mapLegend.css';
import { MarkLegendGroup } from './MarkNotes';

/** Below this width (a phone) the legend starts folded. */
const FOLD_BELOW_PX = 600;

function Swatch({ children, width = 26 }: { children: ReactNode; width?: number }) {
  return (
    <svg className="map-legend__swatch" width={width} height="14" viewBox={`0 0 ${width} 14`} aria-hidden="true">
      {children}
    </svg>
  );
}

function Entry({
  shown,
  onToggle,
  children,
  testId,
  label,
  only,
}: {
  shown: boolean;
  onToggle: () => void;
  children: ReactNode;
  testId?: string;
  /** The name read out, when the visible text is a short notation. */
  label?: string;
  /** The map's only class of its kind: it explains, but hiding it would hide everything, so it is no toggle. */
  only?: boolean;
}) {
  // The canvas's remembering t: a legend has dozens of entries, each re-rendered with every new scene.
  const t = useCanvasT();
  if (only && shown)
    return (
      <span className="map-legend__entry map-legend__entry--static" data-testid={testId}>
        {children}
      </span>
    );
  return (
    <button
      type="button"
      className={shown ? 'map-legend__entry' : 'map-legend__entry is-hidden'}
      aria-pressed={shown}
      aria-label={label}
      title={t('lens.legend.hint')}
      onClick={onToggle}
      data-testid={testId}
    >
      {children}
    </button>
  );
}

function Group({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div role="group" aria-label={label} className="map-legend__group" data-testid={testId}>
      {children}
    </div>
  );
}

export function MapLegend({ theme }: { theme: Theme }) {
  const { t } = useTranslation();
  const store = useEditorStoreApi();
  const id = useId();
  const { map, filters } = useEditor(useShallow((s) => ({ map: s.map, filters: s.filters })));
  const { ties } = useSceneContext();
  const [open, setOpen] = useState(() => typeof window === 'undefined' || window.innerWidth > FOLD_BELOW_PX);
  const entries = useMemo(() => (map ? legendEntries(map, ties) : null), [map, ties]);
  const directions = useMemo(() => (map ? DIRECTION_CLASSES.filter((d) => map.relations.some((r) => directionClass(r) === d)) : []), [map]);
  if (!map || !entries) return null;
  const nothing =
    entries.actorTypes.length + entries.areas.length + directions.length + entries.weights.length + entries.tieRings.length + entries.sectors.length === 0;
  if (nothing) return null;
  const set = <K extends keyof ViewFilters>(kind: K, value: ViewFilters[K] | undefined) =>
    store.getState().setFilters(withFilter(store.getState().filters, kind, value));
  const tieText = { 1: t('canvas.tie1'), 2: t('canvas.tie2'), 3: t('canvas.tie3') };

  return (
    <Panel position="bottom-right" className="map-legend-panel">
      <section className={open ? 'map-legend' : 'map-legend is-folded'} aria-labelledby={`${id}-title`} data-testid="map-legend">
        <button
          type="button"
          className="map-legend__toggle"
          aria-expanded={open}
          aria-controls={`${id}-body`}
          title={open ? t('lens.legend.fold') : t('lens.legend.show')}
          onClick={() => setOpen(!open)}
        >
          <span id={`${id}-title`}>{t('lens.legend.title')}</span>
          <span aria-hidden="true">{open ? '▾' : '▸'}</span>
        </button>
        <div id={`${id}-body`} className="map-legend__body" hidden={!open}>
          {entries.actorTypes.length > 0 ? (
            <Group label={t('lens.filter.actorTypes')}>
              {entries.actorTypes.map((type) => {
                const s = theme.node[type];
                return (
                  <Entry
                    key={type}
                    shown={isShown(filters.actorTypes, type)}
                    onToggle={() => set('actorTypes', toggleShown(filters.actorTypes, type, entries.actorTypes))}
                    testId={`legend-type-${type}`}
                    only={entries.actorTypes.length === 1}
                  >
                    <Swatch width={22}>
                      <rect
                        x="1"
                        y="1"
                        width="20"
                        height="12"
                        rx={s.radius === 'pill' ? 6 : Math.min(s.radius, 4)}
                        style={{ fill: s.fill, stroke: s.stroke, strokeWidth: 1.5, strokeDasharray: s.dash ? '3 2' : undefined }}
                      />
                    </Swatch>
                    {t(`actorType.${type}`)}
                  </Entry>
                );
              })}
            </Group>
          ) : null}
          {entries.areas.length > 0 ? (
            <Group label={t('area.legend')} testId="area-legend">
              {entries.areas.map((area) => (
                <Entry
                  key={area}
                  shown={isShown(filters.areas, area)}
                  onToggle={() => set('areas', toggleShown(filters.areas, area, entries.areas))}
                  testId={`legend-area-${area}`}
                  only={entries.areas.length === 1}
                >
                  <span className={`area-badge area-badge--${area}`}>{t(`area.short_${area}`)}</span>
                  {t(`area.${area}`)}
                </Entry>
              ))}
            </Group>
          ) : null}
          {entries.sectors.length > 0 ? (
            <Group label={t('sectors.legend')} testId="sector-legend">
              <span className="map-legend__caption" aria-hidden="true">
                {t('sectors.legend')}
              </span>
              {entries.sectors.map((sector) => {
                const glyph = sectorGlyph(sector, 7, 7, 6);
                return (
                  <Entry
                    key={sector}
                    shown={isShown(filters.sectors, sector)}
                    onToggle={() => set('sectors', toggleShown(filters.sectors, sector, entries.sectors))}
                    testId={`legend-sector-${sector}`}
                  >
                    <Swatch width={14}>
                      <path d={glyph.circle} style={{ fill: theme.ring.fills[0], stroke: theme.ring.stroke, strokeWidth: 1 }} />
                      <path d={glyph.wedge} style={{ fill: theme.ring.text }} />
                    </Swatch>
                    {t(`sector.${sector}`)}
                  </Entry>
                );
              })}
            </Group>
          ) : null}
          {directions.length > 0 ? (
            <Group label={t('lens.legend.arrows')}>
              {directions.map((d) => (
                <Entry
                  key={d}
                  shown={isShown(filters.directions, d)}
                  onToggle={() => set('directions', toggleShown(filters.directions, d, directions))}
                  testId={`legend-direction-${d}`}
                  only={directions.length === 1}
                >
                  {t(`lens.direction.${d}`)}
                </Entry>
              ))}
            </Group>
          ) : null}
          {entries.weights.length > 0 ? (
            <Group label={t('lens.legend.weights')}>
              <span className="map-legend__caption" aria-hidden="true">
                {t('lens.legend.weights')}
              </span>
              {entries.weights.map((w) => (
                <Entry
                  key={w}
                  shown={weightShown(filters.minWeight, w)}
                  onToggle={() => set('minWeight', toggleWeight(filters.minWeight, w))}
                  testId={`legend-weight-${w}`}
                  label={t('lens.legend.inMaps', { count: w })}
                >
                  <Swatch>
                    <line x1="1" y1="7" x2="25" y2="7" style={{ stroke: theme.edge.colour, strokeWidth: edgeWidth(theme, w) }} />
                  </Swatch>
                  {/* The relation labels' own notation (×2). */}
                  {`×${w}`}
                </Entry>
              ))}
            </Group>
          ) : null}
          <MarkLegendGroup />
          {entries.tieRings.length > 0 ? (
            // Not a filter: the ties explain closeness on the trainees' own maps.
            <Group label={t('lens.legend.ties')} testId="tie-key">
              {entries.tieRings.map((ring) => (
                <span key={ring} className="map-legend__entry map-legend__entry--static">
                  <Swatch>
                    <line
                      x1="1"
                      y1="7"
                      x2="25"
                      y2="7"
                      style={{ stroke: theme.tie.colour, strokeWidth: theme.tie.width[ring], strokeDasharray: theme.tie.dash[ring], strokeLinecap: 'round' }}
                    />
                  </Swatch>
                  {tieText[ring]}
                </span>
              ))}
            </Group>
          ) : null}
        </div>
      </section>
    </Panel>
  );
}
