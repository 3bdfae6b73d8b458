import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addActor, createMap, updateMeta, type MapDoc } from '../model';
import { createEditorStore, type EditorStore } from '../store/editorStore';
import { SAVE_DEBOUNCE_MS, startAutosave, type Autosave, type SaveStatus } from './autosave';
import { MapDatabase } from './database';
import { MapRepository } from './mapRepository';

let databases = 0;
const cleanUps: (() => Promise<void>)[] = [];

// Only the debounce timer is faked: fake-indexeddb schedules its work with setImmediate.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});

afterEach(async () => {
  for (const cleanUp of cleanUps.splice(0).reverse()) await cleanUp();
  vi.useRealTimers();
});

/** A map in a fresh library, opened in an editor store, with autosave running. */
async function openMap() {
  const name = `test-autosave-${++databases}`;
  const db = new MapDatabase(name);
  const repository = new MapRepository(() => db);
  const [map] = await repository.add([createMap({ kind: 'personal', title: 'Omat verkostosuhteeni', author: 'Aino' })]);
  const loaded = await repository.load(map!.id);
  if (!loaded.ok) throw new Error('could not load the new map');
  const store = createEditorStore();
  store.getState().load(loaded.map);
  const statuses: SaveStatus[] = [];
  const onSaved = vi.fn();
  const save = vi.spyOn(repository, 'save');
  const autosave = startAutosave({ store, repository, revision: loaded.revision, onStatus: (s) => statuses.push(s), onSaved });
  cleanUps.push(async () => {
    autosave.stop();
    await autosave.flush();
    db.close();
    await Dexie.delete(name);
  });
  /** Another tab with the same library open. */
  const otherTab = () => {
    const otherDb = new MapDatabase(name);
    cleanUps.push(async () => otherDb.close());
    return new MapRepository(() => otherDb);
  };
  return { db, repository, store, autosave, statuses, onSaved, save, mapId: map!.id, otherTab };
}

const last = <T>(list: readonly T[]) => list[list.length - 1];

function rename(store: EditorStore, title: string): MapDoc {
  store.getState().apply((m) => updateMeta(m, { title }), { coalesce: 'title' });
  return store.getState().map!;
}

async function stored(repository: MapRepository, id: string) {
  const result = await repository.load(id);
  if (!result.ok) throw new Error(`expected a stored map, got ${JSON.stringify(result.error)}`);
  return result;
}

/** Let the debounce run out and wait until the write it starts has reported how it went. */
async function afterDebounce(statuses: readonly SaveStatus[]) {
  const reported = statuses.length;
  vi.advanceTimersByTime(SAVE_DEBOUNCE_MS);
  await vi.waitFor(() => expect(statuses.length).toBeGreaterThan(reported), { interval: 2, timeout: 2000 });
}

/** Let the debounce run out where no write should report anything, and wait for any write. */
async function quietDebounce(autosave: Autosave) {
  vi.advanceTimersByTime(SAVE_DEBOUNCE_MS);
  await autosave.flush();
}

describe('autosave', () => {
  it('writes nothing before the first edit', async () => {
    const { repository, autosave, statuses, save, mapId } = await openMap();
    vi.advanceTimersByTime(SAVE_DEBOUNCE_MS * 10);
    await autosave.flush();
    expect(save).not.toHaveBeenCalled();
    expect(statuses).toEqual([]);
    expect(autosave.hasUnsaved()).toBe(false);
    expect(await repository.revisionOf(mapId)).toBe(1);
  });

  it('saves an edit once the debounce has run out', async () => {
    const { repository, store, autosave, statuses, save, onSaved, mapId } = await openMap();
    const edited = rename(store, 'Kevään kartta');
    expect(statuses).toEqual([{ state: 'pending' }]);
    expect(autosave.hasUnsaved()).toBe(true);

    vi.advanceTimersByTime(SAVE_DEBOUNCE_MS - 1);
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    await Promise.resolve();
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith(edited, 1);
    await autosave.flush();

    expect(await stored(repository, mapId)).toEqual({ ok: true, map: edited, revision: 2 });
    expect(last(statuses)).toEqual({ state: 'saved' });
    expect(onSaved).toHaveBeenCalledWith(edited, 2);
    expect(autosave.hasUnsaved()).toBe(false);
  });

  it('writes a burst of edits once, with the latest version', async () => {
    const { repository, store, statuses, save, mapId } = await openMap();
    rename(store, 'K');
    vi.advanceTimersByTime(SAVE_DEBOUNCE_MS - 50);
    rename(store, 'Ke');
    vi.advanceTimersByTime(SAVE_DEBOUNCE_MS - 50);
    const latest = rename(store, 'Kevät');
    vi.advanceTimersByTime(SAVE_DEBOUNCE_MS - 50);
    expect(save).not.toHaveBeenCalled();
    await afterDebounce(statuses);
    expect(save).toHaveBeenCalledTimes(1);
    expect((await stored(repository, mapId)).map).toEqual(latest);
  });

  it('continues from the revision it wrote last', async () => {
    const { repository, store, statuses, mapId } = await openMap();
    rename(store, 'Ensimmäinen');
    await afterDebounce(statuses);
    const second = rename(store, 'Toinen');
    await afterDebounce(statuses);
    expect(await stored(repository, mapId)).toEqual({ ok: true, map: second, revision: 3 });
    expect(statuses.filter((s) => s.state === 'failed')).toEqual([]);
  });

  it('writes at once on flush (as when the page is hidden)', async () => {
    const { repository, store, autosave, mapId } = await openMap();
    const edited = rename(store, 'Heti talteen');
    await autosave.flush();
    expect((await stored(repository, mapId)).map).toEqual(edited);
  });

  it('never overlaps writes, and saves an edit made while a write is under way', async () => {
    const { repository, store, autosave, statuses, save, mapId } = await openMap();
    // `repository.save` is the spy itself by now: call the real method.
    const original = MapRepository.prototype.save.bind(repository);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const firstStarted = new Promise<void>((resolve) => (started = resolve));
    let active = 0;
    let most = 0;
    save.mockImplementation(async (map, revision) => {
      active++;
      most = Math.max(most, active);
      started();
      await gate;
      try {
        return await original(map, revision);
      } finally {
        active--;
      }
    });

    rename(store, 'Ensimmäinen');
    const first = autosave.flush();
    await firstStarted;
    const second = rename(store, 'Toinen');
    const both = autosave.flush();
    release();
    await Promise.all([first, both]);

    expect(most).toBe(1);
    expect(save).toHaveBeenCalledTimes(2);
    expect(await stored(repository, mapId)).toEqual({ ok: true, map: second, revision: 3 });
    // The first write finished while a newer edit waited: still pending, then saved.
    expect(statuses.slice(-2)).toEqual([{ state: 'pending' }, { state: 'saved' }]);
  });

  it('writes nothing when the map is closed', async () => {
    const { store, autosave, save } = await openMap();
    store.getState().load(null);
    await quietDebounce(autosave);
    expect(save).not.toHaveBeenCalled();
  });

  it('writes what is pending when stopped, and nothing after', async () => {
    const { repository, store, autosave, save, mapId } = await openMap();
    const edited = rename(store, 'Viimeinen muutos');
    autosave.stop();
    await autosave.flush();
    expect(await stored(repository, mapId)).toEqual({ ok: true, map: edited, revision: 2 });
    rename(store, 'Sulkemisen jälkeen');
    vi.advanceTimersByTime(SAVE_DEBOUNCE_MS * 4);
    expect(save).toHaveBeenCalledTimes(1);
  });
});

describe('autosave and another tab', () => {
  it('reports a conflict when another tab saved first, and stops writing', async () => {
    const { repository, store, autosave, statuses, save, mapId, otherTab } = await openMap();
    const other = otherTab();
    const theirs = { ...(await stored(other, mapId)).map, title: 'Toisen välilehden versio' };
    expect(await other.save(theirs, 1)).toEqual({ ok: true, revision: 2 });

    rename(store, 'Tämän välilehden versio');
    await afterDebounce(statuses);
    expect(last(statuses)).toEqual({ state: 'failed', failure: 'conflict' });
    expect(await stored(repository, mapId)).toEqual({ ok: true, map: theirs, revision: 2 });

    // Further edits are kept on screen but not written, and the failure stays reported.
    const shown = statuses.length;
    const mine = rename(store, 'Tämän välilehden versio 2');
    await quietDebounce(autosave);
    expect(save).toHaveBeenCalledTimes(1);
    expect(statuses.length).toBe(shown);
    expect(store.getState().map).toBe(mine);
    expect(autosave.hasUnsaved()).toBe(true);
    expect((await stored(repository, mapId)).map.title).toBe('Toisen välilehden versio');
  });

  it("writes again after taking the other tab's version (rebase)", async () => {
    const { repository, store, autosave, statuses, mapId, otherTab } = await openMap();
    const other = otherTab();
    await other.save({ ...(await stored(other, mapId)).map, title: 'Heidän' }, 1);
    rename(store, 'Minun');
    await afterDebounce(statuses);
    expect(last(statuses)).toEqual({ state: 'failed', failure: 'conflict' });

    const latest = await stored(repository, mapId);
    store.getState().load(latest.map);
    autosave.rebase(latest.revision);
    expect(last(statuses)).toEqual({ state: 'saved' });
    expect(autosave.hasUnsaved()).toBe(false);

    const edited = rename(store, 'Heidän, täydennetty');
    await afterDebounce(statuses);
    expect(last(statuses)).toEqual({ state: 'saved' });
    expect(await stored(repository, mapId)).toEqual({ ok: true, map: edited, revision: 3 });
  });

  it('following another tab\'s save ends as "saved", not "pending"', async () => {
    const { repository, store, autosave, statuses, save, mapId, otherTab } = await openMap();
    const other = otherTab();
    await other.save({ ...(await stored(other, mapId)).map, title: 'Heidän' }, 1);
    const latest = await stored(repository, mapId);
    store.getState().load(latest.map);
    autosave.rebase(latest.revision);
    await quietDebounce(autosave);
    expect(save).not.toHaveBeenCalled();
    expect(last(statuses)).toEqual({ state: 'saved' });
  });

  it('reports a map deleted elsewhere as missing', async () => {
    const { repository, store, statuses, mapId } = await openMap();
    await repository.trash(mapId);
    rename(store, 'Poistetun kartan muutos');
    await afterDebounce(statuses);
    expect(last(statuses)).toEqual({ state: 'failed', failure: 'missing' });
  });
});

describe('autosave when storage fails', () => {
  const quotaError = () => Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });

  it.each([
    ['a QuotaExceededError', quotaError],
    ["Dexie's AbortError around a QuotaExceededError", () => new Dexie.AbortError('Transaction aborted', quotaError())],
    ['an error whose inner error is a QuotaExceededError', () => Object.assign(new Error('aborted'), { name: 'AbortError', inner: quotaError() })],
  ])('reports %s as a full storage and keeps the map on screen', async (_name, error) => {
    const { repository, store, autosave, statuses, save, mapId } = await openMap();
    save.mockRejectedValueOnce(error());
    const edited = rename(store, 'Ei mahdu');
    await afterDebounce(statuses);
    expect(last(statuses)).toEqual({ state: 'failed', failure: 'quota' });
    expect(store.getState().map).toBe(edited);
    expect(autosave.hasUnsaved()).toBe(true);
    expect(await repository.revisionOf(mapId)).toBe(1);
  });

  it('tries again with the next edit after a full storage', async () => {
    const { repository, store, statuses, save, mapId } = await openMap();
    save.mockRejectedValueOnce(quotaError());
    rename(store, 'Ei mahdu');
    await afterDebounce(statuses);
    expect(last(statuses)).toEqual({ state: 'failed', failure: 'quota' });

    const edited = rename(store, 'Tilaa vapautettu');
    expect(last(statuses)).toEqual({ state: 'pending' });
    await afterDebounce(statuses);
    expect(last(statuses)).toEqual({ state: 'saved' });
    expect(await stored(repository, mapId)).toEqual({ ok: true, map: edited, revision: 2 });
  });

  it('reports any other error as "other"', async () => {
    const { store, statuses, save } = await openMap();
    save.mockRejectedValueOnce(new Dexie.AbortError('Transaction aborted'));
    store.getState().apply((m) => addActor(m, { type: 'person', name: 'Liisa' }).map);
    await afterDebounce(statuses);
    expect(last(statuses)).toEqual({ state: 'failed', failure: 'other' });
  });
});
