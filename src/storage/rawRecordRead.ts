/**
 * One map record read with plain IndexedDB, self-contained: no imports and no
 * outside names, because vite.config.ts also puts this very function (its
 * source text) into the tiny script index.html loads first on a map's address.
 * That script starts the read before the app's code has even arrived, and the
 * app then takes its result (storage/readMapFirst.ts).
 *
 * Read only: a database that is missing or of another version is never created
 * or changed here (the answer is null, and the app reads through Dexie, which
 * upgrades it as it always did). The connection is closed once the read is done.
 *
 * Resolves with the record (undefined: no such map), or null when this read
 * cannot answer. Never rejects.
 */
export function rawRecordRead(databaseName: string, version: number, storeName: string, id: string): Promise<unknown> {
  return new Promise((resolve) => {
    try {
      if (typeof indexedDB === 'undefined') return resolve(null);
      const request = indexedDB.open(databaseName);
      // No database yet (or an older one): leave creating and upgrading it to Dexie.
      request.onupgradeneeded = () => request.transaction?.abort();
      request.onerror = () => resolve(null);
      request.onblocked = () => resolve(null);
      request.onsuccess = () => {
        const db = request.result;
        try {
          if (db.version !== version || !db.objectStoreNames.contains(storeName)) return resolve(null);
          const get = db.transaction(storeName, 'readonly').objectStore(storeName).get(id);
          get.onsuccess = () => resolve(get.result);
          get.onerror = () => resolve(null);
        } catch {
          resolve(null);
        } finally {
          // Closed once the read is done, so nothing here ever holds up Dexie opening or upgrading the database.
          db.close();
        }
      };
    } catch {
      resolve(null);
    }
  });
}

/**
 * Where the map records live: the database Dexie opens (storage/database.ts, whose GUARD applies), the IndexedDB
 * version Dexie gives its schema version 1 (× 10), and the table.
 */
export const MAP_RECORDS = { database: 'verkostokartta', version: 10, store: 'maps' } as const;

/** What the early script leaves for the app: the id it read and the pending read. */
export interface EarlyRecordRead {
  id: string;
  record: Promise<unknown>;
}

/** The global the early script sets (vite.config.ts) and readMapFirst takes, once. */
export const EARLY_READ_GLOBAL = '__verkostokarttaEarlyRead';
