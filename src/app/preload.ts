/**
 * Start what a map route needs before React renders: the editor code and the
 * map record are fetched in parallel instead of one after another (a reload on
 * a map opens as fast as the library). The validator (zod) is not: a record
 * this build wrote does not need it (storage/trustedRecord.ts), and any other
 * record loads it on demand.
 */
import { readAhead } from './mapPreload';
import { parseRoute } from '../shell/useHashRoute';

type EditorModule = typeof import('./EditorScreen');
/** A promise with the fields React's `use()` reads: once settled, `use()` returns at once instead of suspending. */
type Tracked<T> = Promise<T> & { status?: 'fulfilled' | 'rejected'; value?: T; reason?: unknown };

let editor: Tracked<EditorModule> | undefined;

/**
 * The editor's code, loaded once. App renders it with `use()`, not React.lazy:
 * lazy suspends on its first render even when the code is already here, and
 * React then holds the revealed editor back until 300 ms after the fallback
 * was shown (its Suspense throttle), time in which the map could be drawn.
 */
export function loadEditor(): Promise<EditorModule> {
  if (!editor) {
    const loading: Tracked<EditorModule> = import('./EditorScreen');
    loading.then(
      (module) => Object.assign(loading, { status: 'fulfilled', value: module }),
      (error: unknown) => Object.assign(loading, { status: 'rejected', reason: error }),
    );
    editor = loading;
  }
  return editor;
}

/** Returns whether the route is a map. */
export function preloadRoute(hash: string): boolean {
  const route = parseRoute(hash);
  if (route.screen !== 'map') return false;
  void loadEditor();
  readAhead(route.id);
  return true;
}
