/**
 * The map record read ahead of the editor: main.tsx starts reading it before
 * React renders (see preload.ts), and the editor takes it from here once.
 * Kept apart from preload.ts so that the editor does not import the module
 * that loads the editor (an import cycle).
 */
import { mapRepository, type LoadResult, readListedMap, readMapFirst } from '../storage';

let pending: { id: string; result: Promise<LoadResult>; arrived?: LoadResult } | null = null;

export function readAhead(id: string) {
  const entry: NonNullable<typeof pending> = {
    id,
    // Plain IndexedDB first (no Dexie to open before the map is drawn); the repository when that cannot answer.
    result: readMapFirst(id)
      .then((read) => read ?? mapRepository().load(id))
      .finally(() => performance.mark('vk:read')),
  };
  pending = entry;
  entry.result.then(
    (result) => void (entry.arrived = result),
    // Whoever takes the promise (loadMap) sees the failure; this only notes arrival.
    () => undefined,
  );
}

/**
 * The record read ahead for this id if it has already arrived (taken once), else
 * undefined. The editor then draws the map in its first render, without a
 * "loading" render and an effect round trip first.
 */
export function takeArrivedMap(id: string): LoadResult | undefined {
  if (pending?.id !== id || !pending.arrived) return undefined;
  const { arrived } = pending;
  pending = null;
  return arrived;
}

/** The map record read ahead for this id (once), or a fresh read (of a large map, in a worker). */
export function loadMap(id: string): Promise<LoadResult> {
  if (pending?.id === id) {
    const { result } = pending;
    pending = null;
    return result;
  }
  return readListedMap(id).then((read) => read ?? mapRepository().load(id));
}

let shown: () => void = () => undefined;
/** Settles once an opened map's editor has committed its first screen: the map, or why it cannot be opened. */
export const mapShown = new Promise<void>((resolve) => {
  shown = resolve;
});
export const markMapShown = () => shown();
