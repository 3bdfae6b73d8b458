import { MapDatabase } from './database';
import { MapRepository } from './mapRepository';

let repository: MapRepository | undefined;

/** The app's one map library (created on first use). */
export function mapRepository(): MapRepository {
  repository ??= new MapRepository(new MapDatabase());
  return repository;
}

export type { MapSummary, LoadResult, SaveResult } from './mapRepository';
export { MapRepository } from './mapRepository';
export { readListedMap, readMapFirst } from './readMapFirst';
export { startAutosave, type SaveStatus, type Autosave } from './autosave';
export type { StorageFailure } from './storageErrors';
export { requestPersistentStorage, type PersistenceState } from './persistence';
