/**
 * A database written by version 1 of the app keeps opening in every later
 * version. The fixture is built with the raw IndexedDB API, exactly as version 1
 * laid it out (Dexie's version 1 is IndexedDB version 10), so a change to the
 * Dexie schema or the record shape that would strand users' maps fails here.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MapDatabase } from './database';
import { MapRepository } from './mapRepository';

const v1File = JSON.parse(readFileSync(new URL('../../tests/fixtures/v1-personal.json', import.meta.url), 'utf8'));

function writeVersion1Database(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name, 10);
    open.onupgradeneeded = () => {
      const store = open.result.createObjectStore('maps', { keyPath: 'id' });
      store.createIndex('updatedAt', 'updatedAt');
      store.createIndex('deletedAt', 'deletedAt');
      const map = v1File.map;
      store.put({
        id: map.id,
        title: map.title,
        kind: map.kind,
        updatedAt: map.updatedAt,
        revision: 3,
        formatVersion: 1,
        doc: map,
        actorCount: map.actors.length,
        relationCount: map.relations.length,
      });
    };
    open.onsuccess = () => {
      open.result.close();
      resolve();
    };
    open.onerror = () => reject(open.error);
  });
}

describe('a version-1 database', () => {
  it('opens, lists and loads its maps, and accepts the next save', async () => {
    await writeVersion1Database('v1-db');
    const repository = new MapRepository(() => new MapDatabase('v1-db'));
    const list = await repository.list();
    expect(list.map((m) => m.title)).toEqual([v1File.map.title]);
    const loaded = await repository.load(v1File.map.id);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.revision).toBe(3);
    expect(loaded.map.actors.map((a) => a.name)).toEqual(v1File.map.actors.map((a: { name: string }) => a.name));
    expect(await repository.save({ ...loaded.map, title: 'Uusi nimi' }, 3)).toEqual({ ok: true, revision: 4 });
  });
});
