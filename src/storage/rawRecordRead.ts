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
 * gives back the same record. A long list of the map (its actors, its relations) comes as parts of `PART` items,
 * each parsed in a task of its own: the whole text of a 5000-actor, 15000-relation map (2.9 MB) took one task of
 * 60–100 ms on the page to parse, its parts take a few milliseconds each.
 *
 * When the worker cannot start or fails (no Worker, a policy that forbids it, a script error), the read is made
 * here on the page with `read`, as before; the answers are those of `read`. Never rejects.
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
      if (
        typeof Worker === 'undefined' ||
        typeof Blob === 'undefined' ||
        typeof URL === 'undefined' ||
        !URL.createObjectURL ||
        typeof MessageChannel === 'undefined'
      )
        return onPage();
      // The worker's answer: {none: true} (this read cannot answer), {text: ""} (no such record), {text: JSON} and,
      // for a list of the map longer than a part, {actors: [JSON, …], relations: [JSON, …]} (the list's parts, in
      // order; in the text that list is empty). A record JSON cannot write (none the app writes) is read again here.
      const PART = 2000;
      const source = `(${read.toString()})(${JSON.stringify(databaseName)},${version},${JSON.stringify(storeName)},${JSON.stringify(id)}).then(function(r){if(r===null)return postMessage({none:true});var m={};try{if(r===undefined)m.text="";else{var d=r.doc,lists={},split=false;if(d&&typeof d==="object")["actors","relations"].forEach(function(k){var a=d[k];if(!Array.isArray(a)||a.length<=${PART})return;var parts=[];for(var i=0;i<a.length;i+=${PART})parts.push(JSON.stringify(a.slice(i,i+${PART})));m[k]=parts;lists[k]=[];split=true});m.text=JSON.stringify(split?Object.assign({},r,{doc:Object.assign({},d,lists)}):r)}}catch(e){m={}}postMessage(m)})`;
      address = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
      const started = new Worker(address);
      worker = started;
      started.onmessage = (event: MessageEvent<{ none?: boolean; text?: unknown; actors?: unknown; relations?: unknown }>) => {
        if (settled) return;
        const answer = event.data;
        if (answer?.none === true) {
          finish();
          return resolve(null);
        }
        const text = answer?.text;
        if (typeof text !== 'string') return onPage();
        finish();
        if (text === '') return resolve(undefined);
        try {
          const record = JSON.parse(text);
          // The lists' parts, each parsed in a task of its own (a message to ourselves: no timer's 4 ms clamp).
          const parts: [list: 'actors' | 'relations', json: string][] = [];
          for (const list of ['actors', 'relations'] as const) {
            const texts = answer[list];
            if (Array.isArray(texts)) for (const part of texts) parts.push([list, part]);
          }
          if (parts.length === 0) return resolve(record);
          const turn = new MessageChannel();
          turn.port1.onmessage = () => {
            try {
              const [list, json] = parts.shift() as (typeof parts)[number];
              for (const item of JSON.parse(json)) record.doc[list].push(item);
              if (parts.length > 0) return turn.port2.postMessage(0);
              turn.port1.close();
              resolve(record);
            } catch {
              turn.port1.close();
              resolve(null);
            }
          };
          turn.port2.postMessage(0);
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
