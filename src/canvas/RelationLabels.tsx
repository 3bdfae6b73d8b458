/**
 * All relation labels in one layer. React Flow's <EdgeLabelRenderer> per edge
 * runs a store selector that searches the DOM on every pan and zoom step; with
 * thousands of relations that alone halved the frame rate. Here one component
 * portals every label into React Flow's label layer (beneath the nodes, above
 * the arrows), leaves them out when zoomed too far to read them, and on large
 * maps keeps only those near the view.
 */
import { useStore, type ReactFlowState } from '@xyflow/react';
import { memo, useMemo } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { cycleDirection, type Relation } from '../model';
import { useEditorStoreApi } from '../store/EditorStoreContext';
import { ARROWS } from './RelationEdge';

export interface RelationLabelData {
  relation: Relation;
  /** Centre of the label, in map units (model/labelPlacement). */
  at: { x: number; y: number };
  lines: string[];
}

/** Below this zoom labels are too small to read and are left out (level of detail). */
export const LABEL_MIN_ZOOM = 0.45;
/** From this many labels, only those near the view are mounted. */
const CULL_FROM = 400;
/** Size of the cells the view is rounded to, in map units: the layer re-renders only when the view enters another cell. */
const CELL = 600;

const selectDomNode = (s: ReactFlowState) => s.domNode;
const selectZoomedOut = (s: ReactFlowState) => s.transform[2] < LABEL_MIN_ZOOM;
/** The view in whole cells, with a cell of margin, as [x0, y0, x1, y1]. */
const selectViewCells = (s: ReactFlowState) => {
  const [tx, ty, zoom] = s.transform;
  return [
    Math.floor(-tx / zoom / CELL) - 1,
    Math.floor(-ty / zoom / CELL) - 1,
    Math.ceil((s.width - tx) / zoom / CELL) + 1,
    Math.ceil((s.height - ty) / zoom / CELL) + 1,
  ];
};

export function RelationLabels({ labels, selected }: { labels: RelationLabelData[]; selected: ReadonlySet<string> }) {
  // Look the layer up when React Flow's root changes, not on every store update (every pan frame).
  const domNode = useStore(selectDomNode);
  const host = useMemo(() => domNode?.querySelector('.react-flow__edgelabel-renderer') ?? null, [domNode]);
  const zoomedOut = useStore(selectZoomedOut);
  const cull = labels.length >= CULL_FROM;
  const [x0, y0, x1, y1] = useStore(useShallow((s: ReactFlowState) => (cull ? selectViewCells(s) : [0, 0, 0, 0])));
  const shown = useMemo(
    () =>
      labels.filter((l) => {
        if (selected.has(l.relation.id)) return true;
        if (zoomedOut) return false;
        if (!cull) return true;
        const cx = Math.floor(l.at.x / CELL);
        const cy = Math.floor(l.at.y / CELL);
        return cx >= x0! && cx <= x1! && cy >= y0! && cy <= y1!;
      }),
    [labels, selected, zoomedOut, cull, x0, y0, x1, y1],
  );
  if (!host) return null;
  return createPortal(
    shown.map((l) => <RelationLabel key={l.relation.id} label={l} selected={selected.has(l.relation.id)} />),
    host,
  );
}

const RelationLabel = memo(function RelationLabel({ label, selected }: { label: RelationLabelData; selected: boolean }) {
  const { t } = useTranslation();
  const store = useEditorStoreApi();
  const { relation, at, lines } = label;
  const weight = relation.weight ?? 1;
  const cycle = t('direction.cycle', { arrow: ARROWS[relation.direction] });
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions lint/a11y/useKeyWithClickEvents: a pointer shortcut; keyboard users select relations through the edge itself.
    <div
      className={`relation-label nodrag nopan${selected ? ' is-selected' : ''}`}
      data-testid="relation-label"
      style={{ transform: `translate(-50%, -50%) translate(${at.x}px, ${at.y}px)` }}
      onClick={() => store.getState().select({ actors: [], relations: [relation.id] })}
    >
      <button
        type="button"
        className="relation-label__direction"
        aria-label={cycle}
        title={cycle}
        onClick={(event) => {
          event.stopPropagation();
          store.getState().apply((m) => cycleDirection(m, relation.id));
        }}
      >
        {ARROWS[relation.direction]}
      </button>
      {lines.length > 0 ? (
        <span className="relation-label__text">
          {lines.map((line, index) => (
            <span key={index} className="relation-label__line">
              {line}
            </span>
          ))}
        </span>
      ) : null}
      {weight > 1 ? <span className="relation-label__weight">×{weight}</span> : null}
    </div>
  );
});
