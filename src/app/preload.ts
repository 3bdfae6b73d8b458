/**
 * Start what a map route needs before React renders: the editor code and the
 * map record are fetched in parallel instead of one after another (a reload on
 * a map opens as fast as the library). The validator (zod) is not: a record
 * this build wrote does not need it (storage/trustedRecord.ts), and any other
 * record loads it on demand.
 */
import { readAhead } from './mapPreload';
import { parseRoute } from '../shell/useHashRoute';

/** Returns whether the route is a map. */
export function preloadRoute(hash: string): boolean {
  const route = parseRoute(hash);
  if (route.screen !== 'map') return false;
  void import('./EditorScreen');
  readAhead(route.id);
  return true;
}
