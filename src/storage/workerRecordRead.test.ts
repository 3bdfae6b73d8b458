import 'fake-indexeddb/auto';
import { resolveObjectURL } from 'node:buffer';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addActor, addRelation, createMap, type MapDoc } from '../model';
import { DATABASE_NAME } from './database';
import { libraryWith, upgradeSchema } from './fixtures';
import { EARLY_READ_GLOBAL, MAP_RECORDS, rawRecordRead, workerRecordRead } from './rawRecordRead';
import { readListedMap, readMapFirst } from './readMapFirst';
import { WORKER_READ_FROM } from './sizeHint';

/**
 * A stand-in for the browser's Worker (Node has none for a Blob address): it runs the very source text the
 * page would give the worker, from its Blob address, with the same (fake) IndexedDB, and passes messages
 * through structuredClone as postMessage does. It notes what it was given and what it sent.
 */
class SourceWorker {
  static started: SourceWorker[] = [];
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { preventDefault(): void }) => void) | null = null;
  terminated = false;
  sent: unknown[] = [];
  constructor(readonly address: string) {
    SourceWorker.started.push(this);
    const blob = resolveObjectURL(address);
    if (!blob) throw new Error('no such Blob address');
    void blob.text().then((source) => {
      const postMessage = (data: unknown) => {
        this.sent.push(data);
        setTimeout(() => {
          if (!this.terminated) this.onmessage?.({ data: structuredClone(data) });
        });
      };
      // No outside names but postMessage (and the platform's): the source must stand alone.
      new Function('postMessage', source)(postMessage);
    });
  }
  terminate() {
    this.terminated = true;
  }
}

afterEach(async () => {
  vi.unstubAllGlobals();
  SourceWorker.started = [];
  await Dexie.delete(DATABASE_NAME);
});

const sampleMap = () => {
  const map = createMap({ kind: 'personal', title: 'Oma kartta – äö "lainaus"', author: 'Aino' });
  const first = addActor(map, { type: 'person', name: 'Liisa 🙂\nrivi', ring: 1 });
  const second = addActor(first.map, { type: 'organisation', name: 'Kela', ring: 2 });
  return addRelation(second.map, { source: first.actor.id, target: second.actor.id, direction: 'both' }).map;
};

const library = () => libraryWith(sampleMap());

/** A map of `count` actors and three times as many relations: copies of one actor and one relation the model made. */
function largeMap(count: number): MapDoc {
  const base = sampleMap();
  const [, actor] = base.actors;
  const [relation] = base.relations;
  const actors = Array.from({ length: count }, (_, i) => ({ ...actor!, id: `a${i}`, name: `Palvelu ${i}`, position: { x: i * 10, y: 0 } }));
  const relations = Array.from({ length: count * 3 }, (_, i) => ({
    ...relation!,
    id: `r${i}`,
    source: `a${i % count}`,
    target: `a${(i + 1 + Math.floor(i / count)) % count}`,
  }));
  return { ...base, id: 'large', actors: [...base.actors.filter((a) => a.type === 'self'), ...actors], relations };
}

const read = (id: string) => workerRecordRead(rawRecordRead, MAP_RECORDS.database, MAP_RECORDS.version, MAP_RECORDS.store, id);

describe('workerRecordRead (the first read in a worker, handed over as JSON text)', () => {
  it('gives the record the plain read gives, from a worker that sent it as one string, then is ended', async () => {
    vi.stubGlobal('Worker', SourceWorker);
    const { db, id } = await library();
    const record = await read(id);
    expect(record).toEqual(await rawRecordRead(MAP_RECORDS.database, MAP_RECORDS.version, MAP_RECORDS.store, id));
    expect((record as { doc: { title: string } }).doc.title).toBe('Oma kartta – äö "lainaus"');
    const [worker] = SourceWorker.started;
    expect(SourceWorker.started).toHaveLength(1);
    expect(worker!.sent).toEqual([{ text: expect.any(String) }]);
    expect(worker!.terminated).toBe(true);
    // The Blob address is given back once the worker has answered.
    expect(resolveObjectURL(worker!.address)).toBeUndefined();
    db.close();
  });

  it('hands a long list over in parts, each parsed on its own, and gives back the same record, in order', async () => {
    vi.stubGlobal('Worker', SourceWorker);
    const { db, repository } = await library();
    // 2501 actors (with "me") and 7500 relations: parts of 2000 items, 2 of actors and 4 of relations.
    const [stored] = await repository.add([largeMap(2500)]);
    const parse = vi.spyOn(JSON, 'parse');
    const record = await read(stored!.id);
    expect(record).toEqual(await rawRecordRead(MAP_RECORDS.database, MAP_RECORDS.version, MAP_RECORDS.store, stored!.id));
    const [worker] = SourceWorker.started;
    const [sent] = worker!.sent as { text: string; actors: string[]; relations: string[] }[];
    expect(sent!.actors).toHaveLength(2);
    expect(sent!.relations).toHaveLength(4);
    // The page parsed the text, then each part on its own: no parse of the whole record's text.
    expect(parse.mock.calls.map(([text]) => text)).toEqual([sent!.text, ...sent!.actors, ...sent!.relations]);
    parse.mockRestore();
    // The text carries the rest of the record, its lists empty.
    expect(JSON.parse(sent!.text)).toMatchObject({ doc: { actors: [], relations: [] }, actorCount: 2500, relationCount: 7500 });
    // Through readMapFirst too: the same map as the repository's.
    expect(await readMapFirst(stored!.id)).toEqual(await repository.load(stored!.id));
    db.close();
  });

  it('through readMapFirst, the map and revision equal the repository’s; an unknown id and a trashed map are "not found"', async () => {
    vi.stubGlobal('Worker', SourceWorker);
    const { db, repository, id } = await library();
    expect(await readMapFirst(id)).toEqual(await repository.load(id));
    expect(await readMapFirst('no-such-map')).toEqual({ ok: false, error: { code: 'notFound' } });
    await repository.trash(id);
    expect(await readMapFirst(id)).toEqual({ ok: false, error: { code: 'notFound' } });
    expect(SourceWorker.started.length).toBe(3);
    db.close();
  });

  it('leaves a missing database uncreated (null: read through Dexie), without a second read on the page', async () => {
    vi.stubGlobal('Worker', SourceWorker);
    const opens = vi.spyOn(indexedDB, 'open');
    expect(await read('any')).toBeNull();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(DATABASE_NAME);
    // The worker's open only (the stand-in shares the page's indexedDB).
    expect(opens).toHaveBeenCalledTimes(1);
    expect(SourceWorker.started[0]!.sent).toEqual([{ none: true }]);
    opens.mockRestore();
  });

  it('answers null for a database of another version, which Dexie then upgrades: no connection is left open', async () => {
    vi.stubGlobal('Worker', SourceWorker);
    const { db, id } = await library();
    db.close();
    expect(await read(id)).not.toBeNull();
    expect(await upgradeSchema()).toBe(2);
    // Now at IndexedDB version 20, not the 10 this build reads: the worker does not answer, nor changes it.
    expect(await read(id)).toBeNull();
    const again = new Dexie(DATABASE_NAME);
    again.version(2).stores({ maps: 'id, updatedAt, deletedAt, title' });
    await again.open();
    expect(again.verno).toBe(2);
    again.close();
  });

  it('reads on the page when there is no Worker, when it cannot start (a policy forbids it) or when it fails', async () => {
    const { db, repository, id } = await library();
    const expected = await repository.load(id);
    vi.stubGlobal('Worker', undefined);
    expect(await readMapFirst(id)).toEqual(expected);
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new DOMException('refused by the Content-Security-Policy', 'SecurityError');
        }
      },
    );
    expect(await readMapFirst(id)).toEqual(expected);
    let prevented = false;
    const failing = class {
      onerror: ((event: { preventDefault(): void }) => void) | null = null;
      onmessage = null;
      terminated = false;
      constructor() {
        setTimeout(() => this.onerror?.({ preventDefault: () => void (prevented = true) }));
      }
      terminate() {
        this.terminated = true;
      }
    };
    vi.stubGlobal('Worker', failing);
    expect(await readMapFirst(id)).toEqual(expected);
    expect(prevented).toBe(true);
    db.close();
  });

  it('runs from its source text as the early script carries it, and readMapFirst takes that read once', async () => {
    vi.stubGlobal('Worker', SourceWorker);
    const { db, repository, id } = await library();
    // As vite.config.ts writes it into the early script: both functions as source text, no outside names.
    const early = new Function('id', `return (${workerRecordRead.toString()})(${rawRecordRead.toString()},"verkostokartta",10,"maps",id)`) as (
      id: string,
    ) => Promise<unknown>;
    const holder = globalThis as unknown as Record<string, unknown>;
    holder[EARLY_READ_GLOBAL] = { id, record: early(id) };
    expect(await readMapFirst(id)).toEqual(await repository.load(id));
    expect(SourceWorker.started).toHaveLength(1);
    expect(holder[EARLY_READ_GLOBAL]).toBeUndefined();
    delete holder[EARLY_READ_GLOBAL];
    db.close();
  });

  it('a map opened from the library is read in a worker only when the library listed it as large', async () => {
    vi.stubGlobal('Worker', SourceWorker);
    const { db, repository, id } = await library();
    // Not listed yet, then listed as small: no worker (the caller reads through the repository).
    expect(await readListedMap(id)).toBeNull();
    await repository.list();
    expect(await readListedMap(id)).toBeNull();
    expect(SourceWorker.started).toHaveLength(0);
    // A map of WORKER_READ_FROM actors and relations.
    const count = WORKER_READ_FROM / 4;
    const [stored] = await repository.add([largeMap(count)]);
    const summaries = await repository.list();
    expect(summaries.find((s) => s.id === stored!.id)).toMatchObject({ actorCount: count, relationCount: count * 3 });
    const opened = await readListedMap(stored!.id);
    expect(opened).toEqual(await repository.load(stored!.id));
    expect(opened?.ok && opened.map.relations.length).toBe(count * 3);
    expect(SourceWorker.started).toHaveLength(1);
    expect(await readListedMap(id)).toBeNull();
    db.close();
  });
});
