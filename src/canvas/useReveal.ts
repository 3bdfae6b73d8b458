/**
 * Mount a large map's nodes a batch per frame when it opens. Opening a
 * 1000-actor map zoomed out (every node on screen) created all of them in one
 * React commit, a task of most of a second; in batches the page keeps drawing
 * and answering, and the map fills in within a few frames. Only the first
 * time: later edits add their nodes at once.
 *
 * A batch's cost depends on the machine and on how busy it is (a fixed 100 nodes
 * took 50 ms on one run and 150 ms on a loaded one), so the batch follows the
 * time each one took, from one frame to the next: smaller when the last one
 * overran its budget, larger when it had time to spare.
 */
import { useEffect, useRef, useState } from 'react';

/** From this many nodes the first mount is split. */
export const REVEAL_FROM = 300;
/**
 * Nodes in the first batch: it shares its task with mounting the rest of the editor. 60 made that task 140–230 ms
 * on a 1000-actor map opened in a new tab; with 24 it was 80–150 ms, the map drawn as soon (6 runs each).
 */
export const FIRST_BATCH = 24;
/** What one batch may take, frame to frame (its render, React Flow's effects, layout and paint). */
export const BATCH_BUDGET_MS = 60;
const SMALLEST_BATCH = 20;
const LARGEST_BATCH = 400;

/**
 * The next batch's size after one of `batch` nodes took `tookMs` from its frame to the next: scaled to the
 * budget, at most doubled at a time (one quick frame is no proof), and within bounds.
 */
export function nextBatch(batch: number, tookMs: number): number {
  const scaled = (batch * BATCH_BUDGET_MS) / Math.max(tookMs, 1);
  return Math.round(Math.min(LARGEST_BATCH, Math.max(SMALLEST_BATCH, Math.min(scaled, batch * 2))));
}

/** How many of `total` nodes to mount now: grows by a batch per frame, then stays unlimited. */
export function useRevealCount(total: number): number {
  const [reveal, setReveal] = useState(() => ({ count: total >= REVEAL_FROM ? FIRST_BATCH : Number.POSITIVE_INFINITY, batch: FIRST_BATCH }));
  /** When the batch now mounting was asked for (performance.now()). */
  const askedAt = useRef<number | null>(null);
  useEffect(() => {
    const { count, batch } = reveal;
    if (count === Number.POSITIVE_INFINITY) return;
    const frame = requestAnimationFrame((now) => {
      const next = askedAt.current === null ? batch : nextBatch(batch, now - askedAt.current);
      askedAt.current = performance.now();
      setReveal({ count: count + next >= total ? Number.POSITIVE_INFINITY : count + next, batch: next });
    });
    return () => cancelAnimationFrame(frame);
  }, [reveal, total]);
  return reveal.count;
}
