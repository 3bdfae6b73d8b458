import { MapRepository } from './mapRepository';

let repository: MapRepository | undefined;

/**
 * The app's one map library. Dexie (about 100 KB) is loaded at its first read or write, not with the page: a map
 * opened by its address is read without it (readMapFirst.ts) and drawn before anything is saved, so Dexie's code
 * is fetched and run after the first picture instead of before it.
 */
export function mapRepository(): MapRepository {
  repository ??= new MapRepository(() => import('./database').then(({ MapDatabase }) => new MapDatabase()));
  return repository;
}

export type { MapSummary, LoadResult, SaveResult } from './mapRepository';
export { MapRepository } from './mapRepository';
export { readListedMap, readMapFirst } from './readMapFirst';
export { startAutosave, type SaveStatus, type Autosave } from './autosave';
export type { StorageFailure } from './storageErrors';
export { requestPersistentStorage, type PersistenceState } from './persistence';
