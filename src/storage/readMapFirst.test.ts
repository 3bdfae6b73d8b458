import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { addActor, createMap } from '../model';
import { DATABASE_NAME } from './database';
import { libraryWith, upgradeSchema } from './fixtures';
import { EARLY_READ_GLOBAL, MAP_RECORDS, rawRecordRead } from './rawRecordRead';
import { readMapFirst } from './readMapFirst';

// readMapFirst reads the app's own database (by its name), as on the page.
afterEach(async () => {
  await Dexie.delete(DATABASE_NAME);
});

const sampleMap = () => addActor(createMap({ kind: 'personal', title: 'Oma kartta', author: 'Aino' }), { type: 'person', name: 'Liisa', ring: 1 }).map;

const library = () => libraryWith(sampleMap());

describe('readMapFirst (the read opening a map waits for, without Dexie)', () => {
  it('reads a stored map exactly as the repository does', async () => {
    const { db, repository, id } = await library();
    const first = await readMapFirst(id);
    expect(first).toEqual(await repository.load(id));
    expect(first?.ok).toBe(true);
    db.close();
  });

  it('says "not found" for an unknown id and for a map in the trash', async () => {
    const { db, repository, id } = await library();
    expect(await readMapFirst('no-such-map')).toEqual({ ok: false, error: { code: 'notFound' } });
    await repository.trash(id);
    expect(await readMapFirst(id)).toEqual({ ok: false, error: { code: 'notFound' } });
    db.close();
  });

  it('leaves a missing database uncreated (null: read through Dexie), and Dexie then creates and uses it as ever', async () => {
    expect(await readMapFirst('any')).toBeNull();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(DATABASE_NAME);
    const { db, repository, id } = await library();
    expect((await repository.load(id)).ok).toBe(true);
    db.close();
  });

  it('holds no connection open: Dexie can open the database right after, and upgrade it', async () => {
    const { db, id } = await library();
    db.close();
    await readMapFirst(id);
    // A later schema version opens (an upgrade needs every other connection closed).
    expect(await upgradeSchema()).toBe(2);
  });

  it("takes the read index.html's early script started for the same id, once", async () => {
    const { db, repository, id } = await library();
    // The early script carries the function as source text: it must run with no outside names.
    const copied = new Function(`return (${rawRecordRead.toString()})`)() as typeof rawRecordRead;
    const holder = globalThis as unknown as Record<string, unknown>;
    let reads = 0;
    holder[EARLY_READ_GLOBAL] = {
      id,
      record: copied(MAP_RECORDS.database, MAP_RECORDS.version, MAP_RECORDS.store, id).then((record) => {
        reads++;
        return record;
      }),
    };
    expect(await readMapFirst(id)).toEqual(await repository.load(id));
    expect(reads).toBe(1);
    expect(holder[EARLY_READ_GLOBAL]).toBeUndefined();
    // Another id is read afresh, not from the early read.
    holder[EARLY_READ_GLOBAL] = { id: 'other', record: Promise.resolve(undefined) };
    expect((await readMapFirst(id))?.ok).toBe(true);
    delete holder[EARLY_READ_GLOBAL];
    db.close();
  });
});
