/**
 * All relation labels in one layer. React Flow's <EdgeLabelRenderer> per edge
 * runs a store selector that searches the DOM on every pan and zoom step; with
 * thousands of relations that alone halved the frame rate. Here one component
 * portals every label into React Flow's label layer (beneath the nodes, above
 * the arrows), leaves them out when zoomed too far to read them, and on large
 * maps keeps only those near the view.
 *
 * Rows, size and spot come from the render layer's scene (the same as in the
 * exported picture): each label sits on its own line, or beside it with a
 * leader line, and covers no node, so it never blocks starting a connection.
 * A label is a button: a click or Enter selects its relation, nothing more;
 * the direction is changed in the inspector or with the keyboard.
 */
import { useStore, type ReactFlowState } from '@xyflow/react';
import { memo, useMemo } from 'react';
import { createPortal } from 'react-dom';
import { useShallow } from 'zustand/react/shallow';
import type { MapDoc, Relation } from '../model';
import type { SceneRelation } from '../render';
import { useEditorStoreApi } from '../store/EditorStoreContext';
import { MarkNotes, useRelationMarks } from './MarkNotes';
import { useSceneContext } from './useScene';
import { useCanvasT, withValues } from './canvasTranslation';

/** Below this zoom labels are too small to read and are left out (level of detail). */
export const LABEL_MIN_ZOOM = 0.45;
/** From this many labels, only those near the view are mounted. */
const CULL_FROM = 400;
/** Size of the cells the view is rounded to, in map units: the layer re-renders only when the view enters another cell. */
const CELL = 600;

const selectDomNode = (s: ReactFlowState) => s.domNode;
export const selectZoomedOut = (s: ReactFlowState) => s.transform[2] < LABEL_MIN_ZOOM;
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

export function RelationLabels({ map, selected }: { map: MapDoc; selected: ReadonlySet<string> }) {
  const scene = useSceneContext();
  // Look the layer up when React Flow's root changes, not on every store update (every pan frame).
  const domNode = useStore(selectDomNode);
  const host = useMemo(() => domNode?.querySelector('.react-flow__edgelabel-renderer') ?? null, [domNode]);
  const zoomedOut = useStore(selectZoomedOut);
  const names = useMemo(() => new Map(map.actors.map((a) => [a.id, a.name])), [map.actors]);
  const cull = map.relations.length >= CULL_FROM;
  const [x0, y0, x1, y1] = useStore(useShallow((s: ReactFlowState) => (cull ? selectViewCells(s) : [0, 0, 0, 0])));
  // Only the labels shown are worked out further (names, translations): far out, none but the selected.
  // A scene built without labels (zoomed out) has no spots to draw them at: they come with the next one.
  const shown = useMemo(
    () =>
      (scene.labelled === false ? [] : map.relations).flatMap((relation) => {
        const drawn = scene.relations.get(relation.id);
        if (!drawn) return [];
        if (!selected.has(relation.id)) {
          if (zoomedOut) return [];
          if (cull) {
            const cx = Math.floor(drawn.label.x / CELL);
            const cy = Math.floor(drawn.label.y / CELL);
            if (cx < x0! || cx > x1! || cy < y0! || cy > y1!) return [];
          }
        }
        return [{ relation, drawn }];
      }),
    [map.relations, scene, selected, zoomedOut, cull, x0, y0, x1, y1],
  );
  if (!host) return null;
  return createPortal(
    shown.map(({ relation, drawn }) => (
      <RelationLabel
        key={relation.id}
        relation={relation}
        drawn={drawn}
        source={names.get(relation.source) ?? ''}
        target={names.get(relation.target) ?? ''}
        selected={selected.has(relation.id)}
      />
    )),
    host,
  );
}

/**
 * One label. Its props are the relation, its drawn form and the two names (kept
 * objects and strings), so an edit elsewhere on the map does not re-render it.
 */
const RelationLabel = memo(function RelationLabel({
  relation,
  drawn,
  source,
  target,
  selected,
}: {
  relation: Relation;
  drawn: SceneRelation;
  source: string;
  target: string;
  selected: boolean;
}) {
  const t = useCanvasT();
  const store = useEditorStoreApi();
  const { label: placed, glyph } = drawn;
  // "Relation Aino → Kela: topics", for screen readers.
  const description = withValues(t, `direction.${relation.direction}`, { source, target });
  const name = withValues(t, 'canvas.relationLabel', { description, topics: placed.fullText.replace(/\n/g, '; ') });
  return (
    <button
      type="button"
      className={`relation-label nodrag nopan${selected ? ' is-selected' : ''}`}
      data-testid="relation-label"
      data-relation-id={relation.id}
      aria-label={name}
      title={placed.fullText || undefined}
      style={{
        width: placed.width,
        height: placed.height,
        transform: `translate(${placed.x - placed.width / 2}px, ${placed.y - placed.height / 2}px)`,
      }}
      // In presentation nothing is selected for editing: a label is read, not picked.
      onClick={() => {
        if (!store.getState().presenting) store.getState().select({ actors: [], relations: [relation.id] });
      }}
    >
      <span className="relation-label__direction" aria-hidden="true">
        {glyph}
      </span>
      {placed.rows.length > 0 ? (
        <span className="relation-label__text">
          {placed.rows.map((row, index) => (
            <span key={index} className={`relation-label__line${row.italic ? ' relation-label__line--method' : ''}`}>
              {row.text}
            </span>
          ))}
        </span>
      ) : null}
      {placed.weightText ? <span className="relation-label__weight">{placed.weightText}</span> : null}
      <RelationMarkNotes relationId={relation.id} />
    </button>
  );
});

/** The drop–renew–keep notes of a relation, at its label's corner (its own store subscription, so a mark redraws one label). */
function RelationMarkNotes({ relationId }: { relationId: string }) {
  const marks = useRelationMarks(relationId);
  return <MarkNotes marks={marks} className="mark-notes--relation" testId="relation-mark-notes" />;
}
