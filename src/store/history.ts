/**
 * Undo history of the map document only: no selection, viewport or measured
 * sizes. Maps are immutable, so a history entry is just a reference.
 */
import type { MapDoc } from '../model';

/** Enough for a whole workshop session; older steps are dropped. */
export const HISTORY_LIMIT = 300;
/**
 * Typing into one field within this window is one undo step, not one per key;
 * long enough to cover a pause between words.
 */
export const COALESCE_MS = 1500;

export interface History {
  past: MapDoc[];
  future: MapDoc[];
  /** What the last step edited and when, to merge keystrokes into one step. */
  last?: { key: string; at: number };
}

export const emptyHistory = (): History => ({ past: [], future: [] });

export function record(history: History, before: MapDoc, coalesceKey: string | undefined, now: number): History {
  const sameField = coalesceKey !== undefined && history.last?.key === coalesceKey && now - history.last.at < COALESCE_MS;
  const last = coalesceKey === undefined ? undefined : { key: coalesceKey, at: now };
  if (sameField) return { past: history.past, future: [], last };
  return { past: [...history.past, before].slice(-HISTORY_LIMIT), future: [], last };
}

export function undo(history: History, current: MapDoc): { history: History; map: MapDoc } | undefined {
  const previous = history.past.at(-1);
  if (!previous) return undefined;
  return { history: { past: history.past.slice(0, -1), future: [current, ...history.future] }, map: previous };
}

export function redo(history: History, current: MapDoc): { history: History; map: MapDoc } | undefined {
  const next = history.future[0];
  if (!next) return undefined;
  return { history: { past: [...history.past, current], future: history.future.slice(1) }, map: next };
}
