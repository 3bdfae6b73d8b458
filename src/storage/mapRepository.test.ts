import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { addActor, addQuestion, addRelation, createMap, FORMAT_VERSION, LIMITS, setReflection, updateMeta, type MapDoc } from '../model';
import { MapDatabase, type StoredMap } from './database';
import { MapRepository } from './mapRepository';
import { MODEL_STAMP } from './trustedRecord';

let databases = 0;
const open: MapDatabase[] = [];

/** A repository over a database of its own, so tests never see each other's maps. */
function freshRepository(name = `test-repository-${++databases}`) {
  const db = new MapDatabase(name);
  open.push(db);
  return { db, name, repository: new MapRepository(() => db) };
}

afterEach(async () => {
  const dbs = open.splice(0);
  for (const db of dbs) db.close();
  for (const name of new Set(dbs.map((db) => db.name))) await Dexie.delete(name);
});

/** A personal map with two actors, a relation, a question and an answer. */
function sampleMap(title = 'Omat verkostosuhteeni', at = '2024-05-01T10:00:00.000Z'): MapDoc {
  let map = createMap({ kind: 'personal', title, author: 'Aino', now: new Date(at) });
  const me = map.actors[0]!;
  const liisa = addActor(map, { type: 'person', name: 'Kuraattori Liisa', ring: 1 });
  map = addActor(liisa.map, { type: 'organisation', name: 'TE-toimisto', ring: 3 }).map;
  map = addRelation(map, { source: me.id, target: liisa.actor.id, direction: 'both' }).map;
  map = addQuestion(map, 'Miten tavoitan etsivän nuorisotyön?').map;
  return setReflection(map, 'purpose', 'Yhteinen asiakas');
}

const edited = (map: MapDoc, title: string, at = '2024-05-02T10:00:00.000Z'): MapDoc => ({ ...updateMeta(map, { title }), updatedAt: at });

/** Write a record as an older (or broken) app would have, bypassing the repository. */
async function putRaw(db: MapDatabase, record: Partial<StoredMap> & Record<string, unknown>) {
  await db.maps.put({
    id: 'raw',
    title: 'Vanha kartta',
    kind: 'personal',
    updatedAt: '2020-01-01T00:00:00.000Z',
    revision: 3,
    formatVersion: FORMAT_VERSION,
    actorCount: 0,
    relationCount: 0,
    ...record,
  } as unknown as StoredMap);
}

describe('add and list', () => {
  it('lists added maps newest first, with their counts', async () => {
    const { repository } = freshRepository();
    const old = sampleMap('Syksy 2023', '2023-10-01T08:00:00.000Z');
    const newest = createMap({ kind: 'regional', title: 'Pirkanmaan TNO-palvelut', now: new Date('2024-06-01T08:00:00.000Z') });
    const middle = sampleMap('Kevät 2024', '2024-03-01T08:00:00.000Z');
    const added = await repository.add([old, newest, middle]);
    expect(added).toEqual([old, newest, middle]);

    const list = await repository.list();
    expect(list.map((m) => m.title)).toEqual(['Pirkanmaan TNO-palvelut', 'Kevät 2024', 'Syksy 2023']);
    expect(list[0]).toEqual({
      id: newest.id,
      title: 'Pirkanmaan TNO-palvelut',
      kind: 'regional',
      author: undefined,
      updatedAt: '2024-06-01T08:00:00.000Z',
      actorCount: 0,
      relationCount: 0,
    });
    expect(list[1]).toMatchObject({ id: middle.id, kind: 'personal', author: 'Aino', actorCount: 2, relationCount: 1 }); // "me" is not counted
    expect(list.some((m) => 'deletedAt' in m)).toBe(false);
  });

  it('orders by the moment of the last change, also when times carry an offset', async () => {
    const { repository } = freshRepository();
    // 08:30 in Helsinki summer time is 05:30 UTC: earlier than 06:00 UTC.
    const helsinki = { ...sampleMap('Tuotu tiedosto'), updatedAt: '2024-05-02T08:30:00+03:00' };
    const utc = { ...sampleMap('Oma kartta'), updatedAt: '2024-05-02T06:00:00.000Z' };
    await repository.add([helsinki, utc]);
    expect((await repository.list()).map((m) => m.title)).toEqual(['Oma kartta', 'Tuotu tiedosto']);
  });

  it('starts empty', async () => {
    const { repository } = freshRepository();
    expect(await repository.list()).toEqual([]);
    expect(await repository.listTrash()).toEqual([]);
  });

  it('never overwrites: a map whose id is taken is stored under a fresh id', async () => {
    const { repository } = freshRepository();
    const original = sampleMap();
    await repository.add([original]);
    const [again] = await repository.add([{ ...original, title: 'Sama tiedosto uudelleen' }]);
    expect(again!.id).not.toBe(original.id);
    expect(again!.title).toBe('Sama tiedosto uudelleen');

    const first = await repository.load(original.id);
    expect(first).toEqual({ ok: true, map: original, revision: 1 });
    const second = await repository.load(again!.id);
    expect(second.ok && second.map.title).toBe('Sama tiedosto uudelleen');
    expect(await repository.list()).toHaveLength(2);
  });

  it('gives fresh ids to maps sharing an id within one batch', async () => {
    const { repository } = freshRepository();
    const map = sampleMap();
    const added = await repository.add([map, { ...map, title: 'Kopio' }, { ...map, title: 'Toinen kopio' }]);
    expect(new Set(added.map((m) => m.id)).size).toBe(3);
    expect(added[0]!.id).toBe(map.id);
    expect(await repository.list()).toHaveLength(3);
  });
});

describe('load', () => {
  it('returns the stored map, equal to the one added, at revision 1', async () => {
    const { repository } = freshRepository();
    const map = sampleMap();
    await repository.add([map]);
    expect(await repository.load(map.id)).toEqual({ ok: true, map, revision: 1 });
    expect(await repository.revisionOf(map.id)).toBe(1);
  });

  it('reports an unknown id as not found', async () => {
    const { repository } = freshRepository();
    expect(await repository.load('nope')).toEqual({ ok: false, error: { code: 'notFound' } });
    expect(await repository.revisionOf('nope')).toBeUndefined();
  });
});

describe('save', () => {
  it('writes when the expected revision is the stored one, and increments it', async () => {
    const { repository } = freshRepository();
    const map = sampleMap();
    await repository.add([map]);
    const changed = edited(map, 'Omat verkostosuhteeni, kevät');
    expect(await repository.save(changed, 1)).toEqual({ ok: true, revision: 2 });
    expect(await repository.load(map.id)).toEqual({ ok: true, map: changed, revision: 2 });
    const again = edited(changed, 'Kolmas versio', '2024-05-03T10:00:00.000Z');
    expect(await repository.save(again, 2)).toEqual({ ok: true, revision: 3 });
    const [summary] = await repository.list();
    expect(summary).toMatchObject({ title: 'Kolmas versio', updatedAt: '2024-05-03T10:00:00.000Z', actorCount: 2 });
  });

  it('refuses a write from a stale revision, returns the stored record and writes nothing', async () => {
    const { repository } = freshRepository();
    const map = sampleMap();
    await repository.add([map]);
    const theirs = edited(map, 'Toisen välilehden versio');
    await repository.save(theirs, 1);

    const mine = edited(map, 'Tämän välilehden versio', '2024-05-05T10:00:00.000Z');
    const result = await repository.save(mine, 1);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe('conflict');
    if (result.reason !== 'conflict') return;
    expect(result.stored).toMatchObject({ revision: 2, title: 'Toisen välilehden versio' });
    expect(await repository.load(map.id)).toEqual({ ok: true, map: theirs, revision: 2 });
    // A revision from the future is just as stale.
    expect(await repository.save(mine, 7)).toMatchObject({ ok: false, reason: 'conflict' });
  });

  it('reports a map that is gone or in the trash as missing', async () => {
    const { repository } = freshRepository();
    const map = sampleMap();
    expect(await repository.save(map, 1)).toEqual({ ok: false, reason: 'missing' });
    await repository.add([map]);
    await repository.trash(map.id);
    expect(await repository.save(edited(map, 'x'), 1)).toEqual({ ok: false, reason: 'missing' });
    expect((await repository.listTrash())[0]!.title).toBe(map.title);
  });
});

describe('rename and duplicate', () => {
  it('renames a map, bumping its revision and its time of change', async () => {
    const { repository } = freshRepository();
    const map = sampleMap();
    await repository.add([map]);
    await repository.rename(map.id, 'Uusi nimi');
    const loaded = await repository.load(map.id);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.revision).toBe(2);
    expect(loaded.map).toEqual({ ...map, title: 'Uusi nimi', updatedAt: loaded.map.updatedAt });
    expect(Date.parse(loaded.map.updatedAt)).toBeGreaterThan(Date.parse(map.updatedAt));
    expect((await repository.list())[0]!.title).toBe('Uusi nimi');
  });

  it('duplicates a map under a new id and title with the same content', async () => {
    const { repository } = freshRepository();
    const map = sampleMap();
    await repository.add([map]);
    const copy = await repository.duplicate(map.id, 'Kopio: Omat verkostosuhteeni');
    expect(copy).toBeDefined();
    expect(copy!.id).not.toBe(map.id);
    expect(copy!.title).toBe('Kopio: Omat verkostosuhteeni');
    const { id: _a, title: _b, createdAt: _c, updatedAt: _d, ...content } = map;
    expect(copy).toMatchObject(content);

    const loaded = await repository.load(copy!.id);
    expect(loaded).toEqual({ ok: true, map: copy, revision: 1 });
    expect(await repository.load(map.id)).toEqual({ ok: true, map, revision: 1 });
    expect((await repository.list()).map((m) => m.title).sort()).toEqual(['Kopio: Omat verkostosuhteeni', 'Omat verkostosuhteeni']);
  });

  it('does not duplicate a map that is not there', async () => {
    const { repository } = freshRepository();
    expect(await repository.duplicate('nope', 'Kopio')).toBeUndefined();
    expect(await repository.list()).toEqual([]);
  });
});

describe('trash', () => {
  it('moves a map to the trash and back', async () => {
    const { repository } = freshRepository();
    const kept = sampleMap('Pidetään');
    const map = sampleMap('Roskakoriin');
    await repository.add([kept, map]);

    await repository.trash(map.id);
    expect((await repository.list()).map((m) => m.id)).toEqual([kept.id]);
    const trash = await repository.listTrash();
    expect(trash).toHaveLength(1);
    expect(trash[0]).toMatchObject({ id: map.id, title: 'Roskakoriin' });
    expect(Number.isNaN(Date.parse(trash[0]!.deletedAt!))).toBe(false);
    expect(await repository.load(map.id)).toEqual({ ok: false, error: { code: 'notFound' } });

    await repository.restoreFromTrash(map.id);
    expect(await repository.listTrash()).toEqual([]);
    expect((await repository.list()).map((m) => m.id).sort()).toEqual([kept.id, map.id].sort());
    expect(await repository.load(map.id)).toEqual({ ok: true, map, revision: 1 });
  });

  it('deletes a map for ever', async () => {
    const { repository } = freshRepository();
    const map = sampleMap();
    await repository.add([map]);
    await repository.trash(map.id);
    await repository.deleteForever(map.id);
    expect(await repository.list()).toEqual([]);
    expect(await repository.listTrash()).toEqual([]);
    expect(await repository.load(map.id)).toEqual({ ok: false, error: { code: 'notFound' } });
    // Restoring what is gone does nothing (and does not throw).
    await repository.restoreFromTrash(map.id);
    expect(await repository.list()).toEqual([]);
  });
});

describe('reload', () => {
  it('finds the maps again after the database is closed and opened anew', async () => {
    const { db, name, repository } = freshRepository();
    const map = sampleMap();
    await repository.add([map]);
    await repository.save(edited(map, 'Tallennettu'), 1);
    db.close();

    const reopened = freshRepository(name).repository;
    expect(await reopened.load(map.id)).toEqual({ ok: true, map: edited(map, 'Tallennettu'), revision: 2 });
    expect((await reopened.list()).map((m) => m.title)).toEqual(['Tallennettu']);
  });
});

describe('records written by other versions, or damaged', () => {
  it('counts the actors the trainee drew, without "me", also in a record that counted "me"', async () => {
    const { db, repository } = freshRepository();
    await putRaw(db, { doc: sampleMap(), actorCount: 3 });
    expect((await repository.list())[0]).toMatchObject({ actorCount: 2 });
  });

  it('refuses a record from a later format version with an error', async () => {
    const { db, repository } = freshRepository();
    await putRaw(db, { formatVersion: FORMAT_VERSION + 1, doc: sampleMap() });
    expect(await repository.load('raw')).toEqual({ ok: false, error: expect.objectContaining({ code: 'futureVersion' }) });
  });

  it('refuses a record with an unknown older format version with an error', async () => {
    const { db, repository } = freshRepository();
    await putRaw(db, { formatVersion: 0, doc: sampleMap() });
    expect(await repository.load('raw')).toEqual({ ok: false, error: expect.objectContaining({ code: 'badVersion', value: '0' }) });
  });

  it.each([
    ['a map without a title', () => ({ ...sampleMap(), title: undefined })],
    [
      'a relation to a missing actor',
      () => {
        const map = sampleMap();
        return { ...map, relations: [{ ...map.relations[0]!, target: 'nobody' }] };
      },
    ],
    ['no map at all', () => undefined],
    ['text instead of a map', () => 'garbage'],
  ])('returns an error, not a throw, for %s (also when stamped by this build)', async (_name, doc) => {
    for (const modelStamp of [undefined, MODEL_STAMP]) {
      const { db, repository } = freshRepository();
      await putRaw(db, { doc: doc() as unknown as MapDoc, ...(modelStamp ? { modelStamp } : {}) });
      const result = await repository.load('raw');
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('invalid');
      // The library still lists it (so the user can delete it) and other operations do not throw.
      expect((await repository.list()).map((m) => m.id)).toEqual(['raw']);
      expect(await repository.allMaps()).toEqual([]);
      expect(await repository.duplicate('raw', 'Kopio')).toBeUndefined();
      await repository.rename('raw', 'Uusi');
      expect(await repository.revisionOf('raw')).toBe(3);
    }
  });

  it('places actors that a stored record left without positions', async () => {
    const { db, repository } = freshRepository();
    const map = sampleMap();
    const unplaced = { ...map, actors: map.actors.map((a) => (a.type === 'self' ? a : { ...a, position: undefined, ring: undefined })) };
    await putRaw(db, { id: map.id, doc: unplaced });
    const loaded = await repository.load(map.id);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.revision).toBe(3);
    for (const actor of loaded.map.actors) expect(actor.position).toBeDefined();
  });
});

describe('records this build wrote take the cheap way in (trustedRecord.ts)', () => {
  it('stamps every write with this build’s model stamp', async () => {
    const { db, repository } = freshRepository();
    const [map] = await repository.add([sampleMap()]);
    expect((await db.maps.get(map!.id))?.modelStamp).toBe(MODEL_STAMP);
    await repository.save(edited(map!, 'Uusi'), 1);
    expect((await db.maps.get(map!.id))?.modelStamp).toBe(MODEL_STAMP);
  });

  // A rule only the full validator knows (a title over the limit) shows which way a record took.
  const overLong = () => ({ ...sampleMap(), title: 'x'.repeat(LIMITS.title + 1) });

  it('skips the full validation for a record with this build’s stamp', async () => {
    const { db, repository } = freshRepository();
    const doc = overLong();
    await putRaw(db, { id: doc.id, doc, modelStamp: MODEL_STAMP });
    expect(await repository.load(doc.id)).toEqual({ ok: true, map: doc, revision: 3 });
  });

  it.each([
    ['no stamp (an earlier version)', {}],
    ['another build’s stamp', { modelStamp: '0123456789abcdef' }],
    ['this stamp but another format version', { modelStamp: MODEL_STAMP, formatVersion: FORMAT_VERSION - 1 }],
  ])('fully validates a record with %s', async (_name, marks) => {
    const { db, repository } = freshRepository();
    const doc = overLong();
    await putRaw(db, { id: doc.id, doc, ...marks });
    const result = await repository.load(doc.id);
    expect(result.ok).toBe(false);
  });

  it('normalises an earlier version’s record on the full way in, and a save stamps it', async () => {
    const { db, repository } = freshRepository();
    const map = sampleMap();
    const untidy = { ...map, title: `  ${map.title}  ` };
    await putRaw(db, { id: map.id, doc: untidy });
    const loaded = await repository.load(map.id);
    expect(loaded).toEqual({ ok: true, map, revision: 3 });
    await repository.save(map, 3);
    expect(await db.maps.get(map.id)).toMatchObject({ modelStamp: MODEL_STAMP, revision: 4 });
    expect(await repository.load(map.id)).toEqual({ ok: true, map, revision: 4 });
  });
});

describe('opening the database', () => {
  it('opens it at the first read, not when the repository is made, and only once', async () => {
    const db = new MapDatabase(`test-repository-${++databases}`);
    open.push(db);
    let opens = 0;
    const repository = new MapRepository(async () => {
      opens++;
      return db;
    });
    expect(opens).toBe(0);
    await Promise.all([repository.list(), repository.list()]);
    await repository.add([sampleMap()]);
    expect(opens).toBe(1);
  });

  it('tries again at the next use when loading the database failed (offline, right after an update)', async () => {
    const db = new MapDatabase(`test-repository-${++databases}`);
    open.push(db);
    let attempts = 0;
    const repository = new MapRepository(async () => {
      if (++attempts === 1) throw new Error('Failed to fetch dynamically imported module');
      return db;
    });
    await expect(repository.list()).rejects.toThrow('Failed to fetch');
    expect(await repository.list()).toEqual([]);
    expect(attempts).toBe(2);
  });
});
