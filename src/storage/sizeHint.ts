/**
 * How large each stored map is (actors + relations), kept beside it in localStorage for index.html's early
 * script (vite.config.ts), which starts reading a map opened by its address before the app's code arrives:
 * a map it knows to be small is read on the page, where copying its record takes a millisecond or two; a large
 * or unknown one in a worker, whose start-up (tens of milliseconds on a cold tab) is worth it only for a large
 * record. Written with each write of the map; a missing or stale hint costs only speed, never the map.
 */
import type { MapDoc } from '../model';

export const SIZE_HINT_PREFIX = 'verkostokartta-size:';

/**
 * From this many actors and relations on, a map is read in a worker (opened from the library: storage/readMapFirst;
 * by its address: the early script). Below it, copying the record on the page costs less than starting a worker.
 */
export const WORKER_READ_FROM = 4000;

export function rememberSize(map: MapDoc): void {
  try {
    if (typeof localStorage !== 'undefined') localStorage.setItem(SIZE_HINT_PREFIX + map.id, String(map.actors.length + map.relations.length));
  } catch {
    // Storage full or forbidden: the early script then reads in a worker, as for any map it does not know.
  }
}

export function forgetSize(id: string): void {
  try {
    if (typeof localStorage !== 'undefined') localStorage.removeItem(SIZE_HINT_PREFIX + id);
  } catch {
    // As above: only speed depends on it.
  }
}
