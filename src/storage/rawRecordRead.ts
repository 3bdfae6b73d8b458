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
 * The same read in a worker, so that the record's structured-clone copy (hundreds of milliseconds on the main
 * thread for a 5000-actor map, in one task) is made off the page: the worker reads the record with `read` (the
 * function above, passed in so this one stays self-contained: vite.config.ts puts both into the early script as
 * source text) and hands it back as JSON text, one flat string, which the page copies at once and JSON.parse
 * reads several times faster than the copy of the object. The worker runs from a Blob address built from that
 * source (the Content-Security-Policy allows `worker-src blob:`), so it needs no file of its own.
 *
 * A record the app wrote holds only JSON values (strings, numbers, booleans, lists, plain objects), so the text
 * gives back the same record. When the worker cannot start or fails (no Worker, a policy that forbids it, a
 * script error), the read is made here on the page with `read`, as before; the answers are those of `read`.
 * Never rejects.
 */
export function workerRecordRead(
  read: (databaseName: string, version: number, storeName: string, id: string) => Promise<unknown>,
  databaseName: string,
  version: number,
  storeName: string,
  id: string,
): Promise<unknown> {
  return new Promise((resolve) => {
    let settled = false;
    let worker: Worker | undefined;
    let address: string | undefined;
    const finish = () => {
      settled = true;
      worker?.terminate();
      if (address) URL.revokeObjectURL(address);
    };
    // The read on the page, when the worker cannot answer; at most once.
    const onPage = () => {
      if (settled) return;
      finish();
      read(databaseName, version, storeName, id).then(resolve);
    };
    try {
      if (typeof Worker === 'undefined' || typeof Blob === 'undefined' || typeof URL === 'undefined' || !URL.createObjectURL) return onPage();
      // The worker's answer: {none: true} (this read cannot answer), {text: ""} (no such record), {text: JSON};
      // a record JSON cannot write (none the app writes) is read again here on the page.
      const source = `(${read.toString()})(${JSON.stringify(databaseName)},${version},${JSON.stringify(storeName)},${JSON.stringify(id)}).then(function(r){if(r===null)return postMessage({none:true});var t;try{t=r===undefined?"":JSON.stringify(r)}catch(e){}postMessage({text:t})})`;
      address = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
      const started = new Worker(address);
      worker = started;
      started.onmessage = (event: MessageEvent<{ none?: boolean; text?: unknown }>) => {
        if (settled) return;
        if (event.data?.none === true) {
          finish();
          return resolve(null);
        }
        const text = event.data?.text;
        if (typeof text !== 'string') return onPage();
        finish();
        if (text === '') return resolve(undefined);
        try {
          resolve(JSON.parse(text));
        } catch {
          resolve(null);
        }
      };
      started.onerror = (event) => {
        event.preventDefault?.();
        onPage();
      };
    } catch {
      onPage();
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
