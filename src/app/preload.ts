/**
 * Start what a map route needs before React renders: the editor code, the
 * validator and the map record are fetched in parallel instead of one after
 * another (a reload on a map opens as fast as the library).
 */
import { mapRepository, type LoadResult } from '../storage';
import { parseRoute } from './useHashRoute';

let pending: { id: string; result: Promise<LoadResult> } | null = null;

export function preloadRoute(hash: string) {
  const route = parseRoute(hash);
  if (route.screen !== 'map') return;
  void import('./EditorScreen');
  void import('../model/restore');
  pending = { id: route.id, result: mapRepository().load(route.id) };
}

/** The map record preloaded for this id (once), or a fresh read. */
export function loadMap(id: string): Promise<LoadResult> {
  if (pending?.id === id) {
    const { result } = pending;
    pending = null;
    return result;
  }
  return mapRepository().load(id);
}
