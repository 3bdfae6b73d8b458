/**
 * Far-out boxes (MapCanvas BOXES_FROM, FarActorsLayer): which actors stay React Flow nodes, the boxes of all others
 * for the layer, and the hit-test that lets a click, double-click, right click or long press on a box reach its actor.
 *
 * React Flow keeps every node of such a map: those drawn as boxes are `hidden` (not rendered, but React Flow keeps
 * what it measured of them, so zooming in draws only those on screen). A node React Flow has never measured it renders
 * whatever the view (onlyRenderVisibleElements renders it once to measure it): a 5000-actor map opened from far and
 * zoomed in rendered all 5000 in one task of two seconds. Such nodes get an estimated size and handles
 * (initialWidth/initialHeight, handles: the render layer's estimate), so only those on screen render and are measured.
 */
import { type HandleType, Position as Side } from '@xyflow/react';
import { useMemo, useRef } from 'react';
import type { Actor, DerivedView, MapDoc, Position } from '../model';
import { type BoxIndex, estimateNodeSize, type Size, type Theme } from '../render';
import { useEditor } from '../store/EditorStoreContext';
import { type FarBox, farBoxAt, farBoxIndex, farBoxesOf } from './farBoxes';
import type { ActorFlowNode } from './flowTypes';
import { useAfterFirstTask } from './useAfterFirstTask';

/** A press this many screen pixels beside a box still hits it: far out, a box can be 3 px high. */
const HIT_SLACK_PX = 6;

const EMPTY: ReadonlySet<string> = new Set();

export interface FarBoxesInput {
  /** A map this large that its nodes are handled here (MapCanvas BOXES_FROM). */
  large: boolean;
  /** Boxes drawn (large, and zoomed out below the name zoom). */
  on: boolean;
  /** What is drawn (the view's visible part). */
  map: MapDoc;
  /** Every node, with the sizes React Flow measured. */
  nodes: readonly ActorFlowNode[];
  view: DerivedView;
  theme: Theme;
  selection: readonly string[];
  editing: string | null;
  /** The focused actor of the view (lens focus) and the one with the keyboard focus. */
  focus: string | null;
  focused: string | null;
}

export interface FarBoxes {
  /** The nodes React Flow gets (null: not a large map, the nodes as they are). */
  nodes: ActorFlowNode[] | null;
  layer: { boxes: readonly FarBox[]; dimmed: ReadonlySet<string> } | null;
  /** The actor drawn as a box at a map point at this zoom (null: boxes off). */
  boxAt: ((point: Position, zoom: number) => string | undefined) | null;
}

/** Estimated sizes by actor object: an edit re-estimates only what it changed. */
const estimates = new WeakMap<Actor, { theme: Theme; size: Size }>();
function estimate(actor: Actor, theme: Theme): Size {
  const known = estimates.get(actor);
  if (known?.theme === theme) return known.size;
  const size = estimateNodeSize(actor, theme);
  estimates.set(actor, { theme, size });
  return size;
}

/** A node drawn as a box: hidden from React Flow, by node object (the same object while the node is unchanged). */
const hiddenNodes = new WeakMap<ActorFlowNode, ActorFlowNode>();
function hiddenOf(node: ActorFlowNode): ActorFlowNode {
  let hidden = hiddenNodes.get(node);
  if (!hidden) hiddenNodes.set(node, (hidden = { ...node, hidden: true }));
  return hidden;
}

/** The connection strip's width (app.css .actor-node__source): where the estimated source handle is. */
const STRIP = 30;
/** A node React Flow has not measured, with an estimated size and handles (see above); measured ones as they are. */
const seededNodes = new WeakMap<ActorFlowNode, { theme: Theme; node: ActorFlowNode }>();
function seeded(node: ActorFlowNode, theme: Theme): ActorFlowNode {
  if (node.measured?.width && node.measured.height) return node;
  const known = seededNodes.get(node);
  if (known?.theme === theme) return known.node;
  const { width, height } = estimate(node.data.actor, theme);
  const handle = (type: HandleType, position: Side, x: number, w: number, h: number) => ({ type, position, x, y: 0, width: w, height: h });
  const seed = {
    ...node,
    initialWidth: width,
    initialHeight: height,
    handles: [handle('target', Side.Top, 0, width, 1), handle('source', Side.Right, width - STRIP, STRIP, height)],
  };
  seededNodes.set(node, { theme, node: seed });
  return seed;
}

/** The size scale (Insights) each measured size was taken at, by the measured object React Flow's change made. */
const measuredAt = new WeakMap<object, number>();

export function useFarBoxes({ large, on, map, nodes, view, theme, selection, editing, focus, focused }: FarBoxesInput): FarBoxes {
  const scale = useEditor((s) => s.sizeBy?.scale);
  const keep = useMemo(() => {
    if (!on) return EMPTY;
    const ids = new Set<string>(selection);
    for (const id of [editing, focus, focused]) if (id) ids.add(id);
    // Nothing else kept: the first actor stays a node, so Tab still reaches the map's actors (and Alt+arrow goes on from there).
    const first = map.actors[0];
    if (ids.size === 0 && first) ids.add(first.id);
    return ids;
  }, [on, selection, editing, focus, focused, map.actors]);
  // The first boxes are worked out a task after the canvas mounts (useAfterFirstTask). Their nodes are hidden from the start,
  // and React Flow takes them then too: taking 5000 nodes (and its re-render for them) shared the mount's long task.
  const mounted = useAfterFirstTask(true);
  const flowNodes = useMemo(() => {
    if (!large) return null;
    if (on && !mounted) return nodes.filter((n) => keep.has(n.id)).map((n) => seeded(n, theme));
    return nodes.map((n) => (on && !keep.has(n.id) ? hiddenOf(n) : seeded(n, theme)));
  }, [large, on, mounted, nodes, keep, theme]);
  // Measured sizes (and the scale each was measured at), for the boxes.
  const sized = useMemo(() => {
    if (!on || !mounted) return null;
    const sizes = new Map<string, Size>();
    const scaleAt = new Map<string, number>();
    for (const node of nodes) {
      const m = node.measured;
      if (!m?.width || !m.height) continue;
      let at = measuredAt.get(m);
      if (at === undefined) measuredAt.set(m, (at = scale?.[node.id] ?? 1));
      sizes.set(node.id, { width: m.width, height: m.height });
      scaleAt.set(node.id, at);
    }
    return { sizes, scaleAt };
  }, [on, mounted, nodes, scale]);
  const boxes = useMemo(
    () =>
      sized
        ? farBoxesOf(
            map.actors.filter((a) => !keep.has(a.id)),
            sized.sizes,
            theme,
            scale,
            sized.scaleAt,
          )
        : null,
    [sized, map.actors, keep, theme, scale],
  );
  const layer = useMemo(() => (boxes ? { boxes, dimmed: view.dimmedActors } : null), [boxes, view.dimmedActors]);
  const index = useRef<{ boxes: readonly FarBox[]; index: BoxIndex<FarBox> } | null>(null);
  const boxAt = useMemo(
    () =>
      boxes
        ? (point: Position, zoom: number) => {
            if (index.current?.boxes !== boxes) index.current = { boxes, index: farBoxIndex(boxes) };
            return farBoxAt(index.current.index, point.x, point.y, HIT_SLACK_PX / zoom)?.id;
          }
        : null,
    [boxes],
  );
  return useMemo(() => ({ nodes: flowNodes, layer, boxAt }), [flowNodes, layer, boxAt]);
}
