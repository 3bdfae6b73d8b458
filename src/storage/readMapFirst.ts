/**
 * The one read that opening a map waits for, without Dexie (and in a worker: storage/rawRecordRead.ts). Opening the
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
import type { StoredMap } from './database';
import { type LoadResult, listedSize, loadResultOf } from './mapRepository';
import { EARLY_READ_GLOBAL, type EarlyRecordRead, MAP_RECORDS, rawRecordRead, workerRecordRead } from './rawRecordRead';
import { WORKER_READ_FROM } from './sizeHint';

/** The read index.html's early script started for this id, if any (taken once: a later read is a fresh one). */
function takeEarlyRead(id: string): Promise<unknown> | undefined {
  const holder = globalThis as unknown as Record<string, EarlyRecordRead | undefined>;
  const early = holder[EARLY_READ_GLOBAL];
  if (early?.id !== id) return undefined;
  holder[EARLY_READ_GLOBAL] = undefined;
  return early.record;
}

const readInWorker = (id: string) => workerRecordRead(rawRecordRead, MAP_RECORDS.database, MAP_RECORDS.version, MAP_RECORDS.store, id);
/** A record as large as those read in a worker (its stored counts; absent on a missing or damaged record: small). */
function isLarge(record: unknown): boolean {
  const counts = record as Partial<Pick<StoredMap, 'actorCount' | 'relationCount'>> | undefined;
  return (counts?.actorCount ?? 0) + (counts?.relationCount ?? 0) >= WORKER_READ_FROM;
}
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The record as LoadResult. A large record is checked (trustedMap: 25 ms at 5000 actors) in a task of its own, not
 * in the one that parsed (the last part of) its text: together they made one long task.
 */
async function resultOf(record: unknown): Promise<LoadResult | null> {
  if (record === null) return null;
  if (isLarge(record)) await nextTask();
  return loadResultOf(record as StoredMap | undefined);
}

/** The stored record of a map as LoadResult, or null when this read cannot answer (use the repository). */
export function readMapFirst(id: string): Promise<LoadResult | null> {
  // In a worker too when the early script did not start the read: the page is loading its code meanwhile.
  return (takeEarlyRead(id) ?? readInWorker(id)).then(resultOf);
}

/**
 * A map opened from the library (the app already running): a large one (as the library listed it) is read in a
 * worker, so the record's copy is not made on the page; null for any other, or when this read cannot answer
 * (the caller reads through the repository, as for every small map).
 */
export function readListedMap(id: string): Promise<LoadResult | null> {
  if ((listedSize(id) ?? 0) < WORKER_READ_FROM) return Promise.resolve(null);
  return readInWorker(id).then(resultOf);
}
