/**
 * The map record read ahead of the editor: main.tsx starts reading it before
 * React renders (see preload.ts), and the editor takes it from here once.
 * Kept apart from preload.ts so that the editor does not import the module
 * that loads the editor (an import cycle).
 */
import { mapRepository, type LoadResult } from '../storage';

let pending: { id: string; result: Promise<LoadResult> } | null = null;

export function readAhead(id: string) {
  pending = {
    id,
    result: mapRepository()
      .load(id)
      .finally(() => performance.mark('vk:read')),
  };
}

/** The map record read ahead for this id (once), or a fresh read. */
export function loadMap(id: string): Promise<LoadResult> {
  if (pending?.id === id) {
    const { result } = pending;
    pending = null;
    return result;
  }
  return mapRepository().load(id);
}
