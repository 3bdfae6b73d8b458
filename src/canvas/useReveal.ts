/**
 * Mount a large map's nodes a batch per frame when it opens. Opening a
 * 1000-actor map zoomed out (every node on screen) created all of them in one
 * React commit, a task of most of a second; in batches the page keeps drawing
 * and answering, and the map fills in within a few frames. Only the first
 * time: later edits add their nodes at once.
 */
import { useEffect, useState } from 'react';

/** From this many nodes the first mount is split. */
export const REVEAL_FROM = 300;
/** Nodes mounted per frame: about 50 ms of work on a slow laptop. */
export const REVEAL_BATCH = 100;

/** How many of `total` nodes to mount now: grows by a batch per frame, then stays unlimited. */
export function useRevealCount(total: number): number {
  const [count, setCount] = useState(() => (total >= REVEAL_FROM ? REVEAL_BATCH : Number.POSITIVE_INFINITY));
  useEffect(() => {
    if (count === Number.POSITIVE_INFINITY) return;
    const frame = requestAnimationFrame(() => setCount(count + REVEAL_BATCH >= total ? Number.POSITIVE_INFINITY : count + REVEAL_BATCH));
    return () => cancelAnimationFrame(frame);
  }, [count, total]);
  return count;
}
