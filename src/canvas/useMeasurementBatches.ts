/**
 * Measured node sizes reach our nodes array in batches. React Flow reports the
 * sizes it measured (it already uses them itself) through onNodesChange; each
 * report made a new array of every node, which React Flow then adopted again and
 * the scene's size key re-read: while a 5000-actor map mounts 100 nodes a frame,
 * or a pan measures a few nodes a frame, that was a whole-map pass per frame.
 * Sizes are now applied at most once every MEASURE_BATCH_MS: the first report
 * at once (opening a map, its lines and labels wait for these sizes), those in
 * the next MEASURE_BATCH_MS gathered and applied together at its end. Any other
 * change of the nodes applies the gathered ones first, so no update can drop a
 * size React Flow measured.
 *
 * While a large map's nodes are still mounting (useReveal: a batch per frame),
 * the sizes are held until the last batch is in (`hold`): each application is a
 * pass over every node, React Flow's and the scene's, and the scene waits for
 * the sizes to settle anyway. React Flow already draws each node at its measured
 * size meanwhile (it keeps its own measurement for a node object it has seen).
 * Released, they are applied APPLY_AT_MOST at a time, a task each: the 5000
 * sizes of a 5000-actor map in one application re-rendered every node in one
 * task of 270 ms.
 */
import { applyNodeChanges, type NodeDimensionChange } from '@xyflow/react';
import { type Dispatch, type SetStateAction, useCallback, useEffect, useMemo, useRef } from 'react';
import type { ActorFlowNode } from './flowTypes';

/** Short next to the scene's own wait for sizes to settle (useScene), long next to a frame. */
export const MEASURE_BATCH_MS = 100;
/** Sizes applied in one task at most: 250 nodes re-render in well under the 200 ms a task may take, on a busy machine too. */
export const APPLY_AT_MOST = 250;

type Updater = (current: ActorFlowNode[]) => ActorFlowNode[];

export function useMeasurementBatches(setNodesNow: Dispatch<SetStateAction<ActorFlowNode[]>>, hold = false) {
  const pending = useRef<NodeDimensionChange[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** When sizes were last applied (performance.now()); -Infinity before the first. */
  const appliedAt = useRef(Number.NEGATIVE_INFINITY);
  const holding = useRef(hold);
  holding.current = hold;
  /** Up to APPLY_AT_MOST of the sizes gathered so far, taken out (the updaters below stay pure: React may call them twice). */
  const take = useCallback(() => {
    if (timer.current !== undefined) clearTimeout(timer.current);
    timer.current = undefined;
    return pending.current.splice(0, APPLY_AT_MOST);
  }, []);
  /** Set the nodes, with the sizes gathered so far applied first; any left over follow in the next task. */
  const setNodes = useCallback(
    (update: Updater) => {
      const changes = take();
      if (changes.length > 0) appliedAt.current = performance.now();
      setNodesNow((current) => update(changes.length > 0 ? applyNodeChanges(changes, current) : current));
      if (pending.current.length > 0 && !holding.current) timer.current = setTimeout(() => setNodes((current) => current), 0);
    },
    [setNodesNow, take],
  );
  /** Apply the gathered sizes now, or at the end of MEASURE_BATCH_MS after the last application. */
  const apply = useCallback(() => {
    if (timer.current !== undefined) return;
    const wait = appliedAt.current + MEASURE_BATCH_MS - performance.now();
    if (wait <= 0) setNodes((current) => current);
    else timer.current = setTimeout(() => setNodes((current) => current), wait);
  }, [setNodes]);
  const measured = useCallback(
    (changes: NodeDimensionChange[]) => {
      pending.current.push(...changes);
      if (!holding.current) apply();
    },
    [apply],
  );
  // Released: whatever was held is applied, APPLY_AT_MOST a task.
  useEffect(() => {
    if (!hold && pending.current.length > 0) apply();
  }, [hold, apply]);
  useEffect(() => () => clearTimeout(timer.current), []);
  return useMemo(() => ({ setNodes, measured }), [setNodes, measured]);
}
