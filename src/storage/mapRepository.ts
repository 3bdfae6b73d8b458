/**
 * The map library in IndexedDB. Every read passes the model's one way in
 * (`restoreMapRecord`), so a record written by an older version, or damaged,
 * comes back as a valid map or a typed error, never half a map. Records this
 * very build wrote take a cheaper structural check (trustedRecord.ts).
 */
import { FORMAT_VERSION, newId, type MapDoc, type MapKind, type RestoreError } from '../model';
import type { RestoreResult } from '../model/restore';

import type { MapDatabase, StoredMap } from './database';
import { forgetSize, rememberSize } from './sizeHint';
import { isTrustedStamp, MODEL_STAMP, trustedMap } from './trustedRecord';

/** The validator (zod) is loaded on first read of a record that needs it, not with the first screen. */
async function restoreFullyRecord(doc: unknown, formatVersion: number): Promise<RestoreResult> {
  const { restoreMapRecord: restore } = await import('../model/restore');
  return restore(doc, formatVersion);
}

/**
 * A stored record as a valid map or a typed error. Records this build wrote take the cheap
 * structural check (trustedRecord.ts); every other record, and any that fails it, the full one.
 */
async function restoreMapRecord(record: StoredMap): Promise<RestoreResult> {
  if (isTrustedStamp(record.modelStamp, record.formatVersion)) {
    const map = trustedMap(record.doc);
    if (map) return { ok: true, map };
  }
  return restoreFullyRecord(record.doc, record.formatVersion);
}

/** What reading a map's record gives: the map and its revision, or why not. */
export async function loadResultOf(record: StoredMap | undefined): Promise<LoadResult> {
  if (!record || record.deletedAt) return { ok: false, error: { code: 'notFound' } };
  const restored = await restoreMapRecord(record);
  return restored.ok ? { ok: true, map: restored.map, revision: record.revision } : restored;
}

export interface MapSummary {
  id: string;
  title: string;
  kind: MapKind;
  author?: string;
  updatedAt: string;
  actorCount: number;
  relationCount: number;
  deletedAt?: string;
}

export type SaveResult = { ok: true; revision: number } | { ok: false; reason: 'conflict'; stored: StoredMap } | { ok: false; reason: 'missing' };

export type LoadResult = { ok: true; map: MapDoc; revision: number } | { ok: false; error: RestoreError | { code: 'notFound' } };

/**
 * Actors the user drew: "me" is the map's centre, not one of them (a trainee
 * who drew 10 actors should read 10, not 11).
 */
const drawnActorCount = (actors: readonly { type: string }[]) => actors.filter((a) => a.type !== 'self').length;

function toRecord(map: MapDoc, revision: number): StoredMap {
  return {
    id: map.id,
    title: map.title,
    kind: map.kind,
    updatedAt: map.updatedAt,
    revision,
    formatVersion: FORMAT_VERSION,
    modelStamp: MODEL_STAMP,
    doc: map,
    actorCount: drawnActorCount(map.actors),
    relationCount: map.relations.length,
  };
}

function toSummary(record: StoredMap): MapSummary {
  return {
    id: record.id,
    title: record.title,
    kind: record.kind,
    author: record.doc?.author,
    updatedAt: record.updatedAt,
    // Counted from the document: records written before this rule counted "me" too.
    actorCount: Array.isArray(record.doc?.actors) ? drawnActorCount(record.doc.actors) : record.actorCount,
    relationCount: record.relationCount,
    ...(record.deletedAt ? { deletedAt: record.deletedAt } : {}),
  };
}

/** Actors + relations of each map the library listed last (readMapFirst.ts reads a large one in a worker). */
const listedSizes = new Map<string, number>();

/** Actors + relations of a map as the library last listed it, or undefined when it has not listed it. */
export function listedSize(id: string): number | undefined {
  return listedSizes.get(id);
}

/** By instant, not by text: imported maps may carry timestamps with an offset (`+03:00`). */
const newestFirst = (a: MapSummary, b: MapSummary) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt);

export class MapRepository {
  private opened: Promise<MapDatabase> | undefined;

  /**
   * `open` is called at the first read or write, not before: the app loads Dexie then, not with the page (index.ts).
   */
  constructor(private readonly open: () => MapDatabase | Promise<MapDatabase>) {}

  private get database(): Promise<MapDatabase> {
    if (!this.opened) {
      const opening = Promise.resolve().then(this.open);
      // Loading Dexie's code can fail (offline, right after an update): the next read or write tries again.
      opening.catch(() => {
        if (this.opened === opening) this.opened = undefined;
      });
      this.opened = opening;
    }
    return this.opened;
  }

  /** Maps in the library (not in the trash), most recently changed first. */
  async list(): Promise<MapSummary[]> {
    const db = await this.database;
    const records = await db.maps.toArray();
    const summaries = records
      .filter((r) => !r.deletedAt)
      .map(toSummary)
      .sort(newestFirst);
    for (const summary of summaries) listedSizes.set(summary.id, summary.actorCount + summary.relationCount);
    return summaries;
  }

  async listTrash(): Promise<MapSummary[]> {
    const db = await this.database;
    const records = await db.maps.toArray();
    return records
      .filter((r) => r.deletedAt)
      .map(toSummary)
      .sort(newestFirst);
  }

  async load(id: string): Promise<LoadResult> {
    const db = await this.database;
    return loadResultOf(await db.maps.get(id));
  }

  /** Every valid map in the library (not the trash), for a backup. */
  async allMaps(): Promise<MapDoc[]> {
    const db = await this.database;
    const records = (await db.maps.toArray()).filter((record) => !record.deletedAt);
    const restored = await Promise.all(records.map(restoreMapRecord));
    return restored.flatMap((result) => (result.ok ? [result.map] : []));
  }

  /** Ids of every stored map, in the library or the trash. */
  async ids(): Promise<Set<string>> {
    const db = await this.database;
    return new Set((await db.maps.toCollection().primaryKeys()) as string[]);
  }

  /** The stored revision of a map, or undefined when there is none. */
  async revisionOf(id: string): Promise<number | undefined> {
    const db = await this.database;
    return (await db.maps.get(id))?.revision;
  }

  /** Store new maps; an id already in the library gets a fresh one, so nothing is overwritten. */
  async add(maps: readonly MapDoc[]): Promise<MapDoc[]> {
    const db = await this.database;
    const added = await db.transaction('rw', db.maps, async () => {
      const added: MapDoc[] = [];
      for (const map of maps) {
        const free = !(await db.maps.get(map.id)) && !added.some((m) => m.id === map.id);
        const stored = free ? map : { ...map, id: newId() };
        await db.maps.add(toRecord(stored, 1));
        added.push(stored);
      }
      return added;
    });
    for (const map of added) rememberSize(map);
    return added;
  }

  /**
   * Write a map if the stored revision is still the one this tab loaded
   * (compare-and-set inside one transaction), so a stale tab never overwrites
   * newer work. The written record is read back before the transaction commits.
   */
  async save(map: MapDoc, expectedRevision: number): Promise<SaveResult> {
    const db = await this.database;
    const result = await db.transaction('rw', db.maps, async (): Promise<SaveResult> => {
      const stored = await db.maps.get(map.id);
      if (!stored || stored.deletedAt) return { ok: false, reason: 'missing' };
      if (stored.revision !== expectedRevision) return { ok: false, reason: 'conflict', stored };
      const revision = expectedRevision + 1;
      await db.maps.put(toRecord(map, revision));
      const written = await db.maps.get(map.id);
      if (written?.revision !== revision || written.updatedAt !== map.updatedAt) throw new Error('read-back mismatch');
      return { ok: true, revision };
    });
    if (result.ok) rememberSize(map);
    return result;
  }

  async rename(id: string, title: string): Promise<void> {
    await this.update(id, (doc) => ({ ...doc, title, updatedAt: new Date().toISOString() }));
  }

  async duplicate(id: string, title: string): Promise<MapDoc | undefined> {
    const loaded = await this.load(id);
    if (!loaded.ok) return undefined;
    const now = new Date().toISOString();
    const [copy] = await this.add([{ ...loaded.map, id: newId(), title, createdAt: now, updatedAt: now }]);
    return copy;
  }

  /** Move to the trash; nothing is destroyed until `deleteForever`. */
  async trash(id: string): Promise<void> {
    const db = await this.database;
    await db.maps.update(id, { deletedAt: new Date().toISOString() });
  }

  async restoreFromTrash(id: string): Promise<void> {
    const db = await this.database;
    await db.transaction('rw', db.maps, async () => {
      const record = await db.maps.get(id);
      if (!record) return;
      const { deletedAt: _gone, ...rest } = record;
      await db.maps.put(rest);
    });
  }

  async deleteForever(id: string): Promise<void> {
    const db = await this.database;
    await db.maps.delete(id);
    forgetSize(id);
  }

  private async update(id: string, change: (doc: MapDoc) => MapDoc): Promise<void> {
    const db = await this.database;
    // Load the validator before the transaction: awaiting anything but the database inside it would end it.
    const { restoreMapRecord: restore } = await import('../model/restore');
    await db.transaction('rw', db.maps, async () => {
      const record = await db.maps.get(id);
      if (!record) return;
      const restored = restore(record.doc, record.formatVersion);
      if (!restored.ok) return;
      await db.maps.put({ ...toRecord(change(restored.map), record.revision + 1), ...(record.deletedAt ? { deletedAt: record.deletedAt } : {}) });
    });
  }
}
