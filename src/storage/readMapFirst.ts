/**
 * The one read that opening a map waits for, without Dexie. Opening the
 * database through Dexie reads and checks its whole schema and builds its
 * middleware first (tens of milliseconds on the main thread, between the code
 * arriving and the map being drawn); a plain IndexedDB read of one record does
 * not. The record then takes the same way in as every other read
 * (loadResultOf → restoreMapRecord), and Dexie opens later, for saving.
 *
 * Read only: a database that is missing, older or otherwise not as this build
 * expects is never created or changed here; the caller reads through Dexie
 * instead, which upgrades it as it always did.
 */
import { DATABASE_NAME, type StoredMap } from './database';
import { type LoadResult, loadResultOf } from './mapRepository';

/** The IndexedDB version Dexie gives the schema of `new MapDatabase()` (Dexie's version 1 × 10). */
const STORED_VERSION = 10;

/** The stored record of a map as LoadResult, or null when this read cannot answer (use the repository). */
export function readMapFirst(id: string): Promise<LoadResult | null> {
  return readRecord(id).then(
    (record) => (record === null ? null : loadResultOf(record)),
    () => null,
  );
}

/** The record (undefined: no such map), or null when the database is not one this read may use. */
function readRecord(id: string): Promise<StoredMap | undefined | null> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') return resolve(null);
    const request = indexedDB.open(DATABASE_NAME);
    // No database yet (or an older one): leave creating and upgrading it to Dexie.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(null);
    request.onblocked = () => resolve(null);
    request.onsuccess = () => {
      const db = request.result;
      try {
        if (db.version !== STORED_VERSION || !db.objectStoreNames.contains('maps')) return resolve(null);
        const get = db.transaction('maps', 'readonly').objectStore('maps').get(id);
        get.onsuccess = () => resolve(get.result as StoredMap | undefined);
        get.onerror = () => reject(get.error);
      } catch (error) {
        reject(error);
      } finally {
        // Closed once the read is done, so nothing here ever holds up Dexie opening or upgrading the database.
        db.close();
      }
    };
  });
}
