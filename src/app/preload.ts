/**
 * Start what a map route needs before React renders: the editor code, the
 * validator and the map record are fetched in parallel instead of one after
 * another (a reload on a map opens as fast as the library).
 */
import { readAhead } from './mapPreload';
import { parseRoute } from '../shell/useHashRoute';

export function preloadRoute(hash: string) {
  const route = parseRoute(hash);
  if (route.screen !== 'map') return;
  void import('./EditorScreen');
  void import('../model/restore');
  readAhead(route.id);
}
