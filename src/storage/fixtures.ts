/**
 * Test helpers for the first-read tests (readMapFirst, workerRecordRead): a library holding one map,
 * and a later schema version, which opens only when no other connection is left open. Not part of
 * storage's API.
 */
import Dexie from 'dexie';
import type { MapDoc } from '../model';
import { DATABASE_NAME, MapDatabase } from './database';
import { MapRepository } from './mapRepository';

/** The app's own database (by its name, as the page has it) with `map` stored in it. */
export async function libraryWith(map: MapDoc) {
  const db = new MapDatabase();
  const repository = new MapRepository(() => db);
  const [stored] = await repository.add([map]);
  return { db, repository, id: stored!.id };
}

/** Open the database at a later schema version (an upgrade): the IndexedDB version it ends at. */
export async function upgradeSchema(): Promise<number> {
  const next = new Dexie(DATABASE_NAME);
  next.version(1).stores({ maps: 'id, updatedAt, deletedAt' });
  next.version(2).stores({ maps: 'id, updatedAt, deletedAt, title' });
  await next.open();
  const version = next.verno;
  next.close();
  return version;
}
