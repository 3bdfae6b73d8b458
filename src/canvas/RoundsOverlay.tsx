/**
 * The changes since an earlier round, drawn over the canvas (issue 12): the
 * shapes of render/comparisonShapes in the flow's own coordinates (React Flow's
 * ViewportPortal, so they pan and zoom with the map), and a legend of what each
 * colour and mark means. Draws nothing unless the Assessment tab turned it on.
 */
import { type ReactFlowState, useStore } from '@xyflow/react';
import { ViewportLayer } from './ViewportLayer';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type Actor, compareRounds } from '../model';
import { estimateNodeSize, screenTheme } from '../render';
import { arrowEnd, CHANGE_COLOURS, CHANGE_MARKS, type ChangeKind, type ComparisonShape, comparisonShapes, badgeSpot } from '../render/comparisonShapes';
import { useEditor } from '../store/EditorStoreContext';
import { useRoundsStore } from '../store/roundsStore';
import './roundsOverlay.css';

const selectLookup = (s: ReactFlowState) => s.nodeLookup;

function Badge({ x, y, kind }: { x: number; y: number; kind: ChangeKind }) {
  return (
    <g data-change-badge={kind}>
      <rect x={x - 10} y={y - 10} width={20} height={20} rx={10} fill={CHANGE_COLOURS[kind]} />
      <text x={x} y={y + 4.5} fontSize={13} fontWeight={700} textAnchor="middle" fill="#ffffff">
        {CHANGE_MARKS[kind]}
      </text>
    </g>
  );
}

function Shape({ s }: { s: ComparisonShape }) {
  const colour = CHANGE_COLOURS[s.change];
  if (s.shape === 'relation') {
    const m = badgeSpot(s.from, s.to);
    return (
      <g data-change={s.change} data-relation={s.id}>
        <line
          x1={s.from.x}
          y1={s.from.y}
          x2={s.to.x}
          y2={s.to.y}
          stroke={colour}
          strokeWidth={4}
          strokeOpacity={0.85}
          strokeDasharray={s.change === 'gone' ? '8 6' : undefined}
        />
        <Badge x={m.x} y={m.y} kind={s.change} />
      </g>
    );
  }
  if (s.shape === 'actor') {
    const { x, y, width, height } = s.box;
    const ghost = s.change === 'gone';
    return (
      <g data-change={s.change} data-actor={s.id}>
        <rect
          x={x - 4}
          y={y - 4}
          width={width + 8}
          height={height + 8}
          rx={10}
          fill={ghost ? '#ffffff' : 'none'}
          fillOpacity={ghost ? 0.85 : undefined}
          stroke={colour}
          strokeWidth={3}
          strokeDasharray={ghost ? '8 6' : undefined}
        />
        {ghost ? (
          <text x={x + width / 2} y={y + height / 2 + 5} fontSize={14} textAnchor="middle" fill={colour} textDecoration="line-through">
            {s.name}
          </text>
        ) : null}
        <Badge x={x + width + 2} y={y - 2} kind={s.change} />
      </g>
    );
  }
  const end = arrowEnd(s.from, s.box);
  const angle = Math.atan2(end.y - s.from.y, end.x - s.from.x);
  const wing = (turn: number) => `${end.x - 12 * Math.cos(angle + turn)},${end.y - 12 * Math.sin(angle + turn)}`;
  return (
    <g data-change={s.change} data-actor={s.id}>
      <circle cx={s.from.x} cy={s.from.y} r={5} fill="none" stroke={colour} strokeWidth={2.5} />
      <line x1={s.from.x} y1={s.from.y} x2={end.x} y2={end.y} stroke={colour} strokeWidth={3} strokeDasharray="2 4" strokeLinecap="round" />
      <polygon points={`${end.x},${end.y} ${wing(0.45)} ${wing(-0.45)}`} fill={colour} />
    </g>
  );
}

/** The kinds of change in the order the legend and the words list them. */
export const CHANGE_ORDER: ChangeKind[] = ['added', 'gone', 'closer', 'farther', 'sector', 'direction', 'labels'];

export function RoundsOverlay() {
  const { t } = useTranslation();
  const map = useEditor((s) => s.map!);
  const compare = useRoundsStore((s) => (s.compare?.mapId === map.id && s.compare.overlay ? s.compare : null));
  const lookup = useStore(selectLookup);
  const shapes = useMemo(() => {
    if (!compare) return [];
    const sizeOf = (actor: Actor) => {
      const node = lookup.get(actor.id);
      return node?.measured?.width && node.measured.height
        ? { width: node.measured.width, height: node.measured.height }
        : estimateNodeSize(actor, screenTheme);
    };
    return comparisonShapes(compare.previous, map, compareRounds(compare.previous, map), sizeOf);
  }, [compare, map, lookup]);
  if (!compare) return null;
  const present = CHANGE_ORDER.filter((kind) => shapes.some((s) => s.change === kind));
  return (
    <>
      <ViewportLayer>
        <svg className="rounds-overlay" data-testid="rounds-overlay" aria-hidden="true">
          {shapes.map((s) => (
            <Shape key={`${s.shape}:${s.change}:${s.id}`} s={s} />
          ))}
        </svg>
      </ViewportLayer>
      <section className="rounds-legend" aria-label={t('rounds.legendTitle', { title: compare.previous.title })} data-testid="rounds-legend">
        <div className="rounds-legend__head">
          <h3>{t('rounds.legendTitle', { title: compare.previous.title })}</h3>
          <button type="button" onClick={() => useRoundsStore.getState().setOverlay(false)}>
            {t('common.dismiss')}
          </button>
        </div>
        {present.length === 0 ? <p>{t('rounds.noChanges')}</p> : null}
        <ul>
          {present.map((kind) => (
            <li key={kind}>
              <span className="rounds-legend__mark" style={{ background: CHANGE_COLOURS[kind] }} aria-hidden="true">
                {CHANGE_MARKS[kind]}
              </span>
              {t(`rounds.kind.${kind}`)}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
