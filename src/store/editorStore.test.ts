import { describe, expect, it, vi } from 'vitest';
import { addActor, addRelation, createMap, moveActors, removeElements, updateMeta, type MapDoc, type Position } from '../model';
import { createEditorStore, selectCanRedo, selectCanUndo, type EditorStore } from './editorStore';
import { COALESCE_MS, HISTORY_LIMIT } from './history';

const START = Date.parse('2024-05-01T10:00:00.000Z');

/** A store with a clock the test moves by hand, and a personal map with "me" loaded. */
function setUp() {
  let time = START;
  const clock = {
    now: () => time,
    advance: (ms: number) => {
      time += ms;
    },
  };
  const store = createEditorStore(clock.now);
  const map = createMap({ kind: 'personal', title: 'Omat verkostosuhteeni', author: 'Aino', now: new Date(START - 60_000) });
  store.getState().load(map);
  return { store, clock, map, me: map.actors[0]! };
}

const current = (store: EditorStore) => store.getState().map!;
const names = (store: EditorStore) => current(store).actors.map((a) => a.name);
const title = (store: EditorStore) => current(store).title;
/** A map's content, without the timestamp that every edit refreshes. */
const content = ({ updatedAt: _ignored, ...rest }: MapDoc) => rest;

function addNamed(store: EditorStore, name: string, options?: { coalesce?: string }) {
  let id = '';
  store.getState().apply((m) => {
    const result = addActor(m, { type: 'person', name });
    id = result.actor.id;
    return result.map;
  }, options);
  return id;
}

const setTitle = (store: EditorStore, text: string, coalesce?: string) =>
  store.getState().apply((m) => updateMeta(m, { title: text }), coalesce ? { coalesce } : undefined);

describe('undo and redo', () => {
  it('steps back and forth through several edits', () => {
    const { store } = setUp();
    addNamed(store, 'Liisa');
    addNamed(store, 'Pekka');
    addNamed(store, 'Kela');
    expect(names(store)).toEqual(['Aino', 'Liisa', 'Pekka', 'Kela']);

    store.getState().undo();
    expect(names(store)).toEqual(['Aino', 'Liisa', 'Pekka']);
    store.getState().undo();
    store.getState().undo();
    expect(names(store)).toEqual(['Aino']);
    expect(selectCanUndo(store.getState())).toBe(false);
    expect(selectCanRedo(store.getState())).toBe(true);

    store.getState().redo();
    store.getState().redo();
    expect(names(store)).toEqual(['Aino', 'Liisa', 'Pekka']);
    store.getState().redo();
    expect(names(store)).toEqual(['Aino', 'Liisa', 'Pekka', 'Kela']);
    expect(selectCanRedo(store.getState())).toBe(false);
  });

  it('brings back exactly the earlier version (apart from the timestamp)', () => {
    const { store, map } = setUp();
    addNamed(store, 'Liisa');
    const afterOne = current(store);
    addNamed(store, 'Pekka');
    store.getState().undo();
    expect(content(current(store))).toEqual(content(afterOne));
    store.getState().undo();
    expect(content(current(store))).toEqual(content(map));
  });

  it('does nothing when there is nothing to undo or redo', () => {
    const { store } = setUp();
    const before = store.getState();
    store.getState().undo();
    store.getState().redo();
    expect(store.getState()).toBe(before);
  });

  it('does nothing without an open map', () => {
    const store = createEditorStore(() => START);
    const before = store.getState();
    store.getState().apply((m) => updateMeta(m, { title: 'x' }));
    store.getState().undo();
    store.getState().redo();
    expect(store.getState()).toBe(before);
    expect(store.getState().map).toBeNull();
  });

  it('forgets the redo steps when a new edit is made', () => {
    const { store } = setUp();
    addNamed(store, 'Liisa');
    addNamed(store, 'Pekka');
    store.getState().undo();
    expect(selectCanRedo(store.getState())).toBe(true);
    addNamed(store, 'Kela');
    expect(selectCanRedo(store.getState())).toBe(false);
    store.getState().redo();
    expect(names(store)).toEqual(['Aino', 'Liisa', 'Kela']);
    store.getState().undo();
    expect(names(store)).toEqual(['Aino', 'Liisa']);
  });
});

describe('coalescing edits of one field', () => {
  it('makes typing into one field within the window one undo step', () => {
    const { store, clock } = setUp();
    setTitle(store, 'O', 'title');
    clock.advance(300);
    setTitle(store, 'Oh', 'title');
    clock.advance(COALESCE_MS - 1);
    setTitle(store, 'Ohjaamo', 'title');
    expect(store.getState().history.past).toHaveLength(1);
    store.getState().undo();
    expect(title(store)).toBe('Omat verkostosuhteeni');
    expect(selectCanUndo(store.getState())).toBe(false);
    store.getState().redo();
    expect(title(store)).toBe('Ohjaamo');
  });

  it('keeps merging while typing goes on, each pause shorter than the window', () => {
    const { store, clock } = setUp();
    for (const text of ['N', 'Nu', 'Nuo', 'Nuor', 'Nuori']) {
      setTitle(store, text, 'title');
      clock.advance(COALESCE_MS - 100);
    }
    expect(store.getState().history.past).toHaveLength(1);
  });

  it('starts a new step after a pause as long as the window', () => {
    const { store, clock } = setUp();
    setTitle(store, 'Oh', 'title');
    clock.advance(COALESCE_MS);
    setTitle(store, 'Ohjaamo', 'title');
    expect(store.getState().history.past).toHaveLength(2);
    store.getState().undo();
    expect(title(store)).toBe('Oh');
  });

  it('does not merge edits of different fields', () => {
    const { store, clock } = setUp();
    setTitle(store, 'Oh', 'title');
    clock.advance(10);
    store.getState().apply((m) => updateMeta(m, { region: 'Pirkanmaa' }), { coalesce: 'region' });
    clock.advance(10);
    setTitle(store, 'Ohjaamo', 'title');
    expect(store.getState().history.past).toHaveLength(3);
    store.getState().undo();
    expect(title(store)).toBe('Oh');
    expect(current(store).region).toBe('Pirkanmaa');
  });

  it('never merges edits without a key, and an edit without a key ends a run of typing', () => {
    const { store, clock } = setUp();
    addNamed(store, 'Liisa');
    clock.advance(1);
    addNamed(store, 'Pekka');
    expect(store.getState().history.past).toHaveLength(2);
    setTitle(store, 'A', 'title');
    clock.advance(1);
    addNamed(store, 'Kela');
    clock.advance(1);
    setTitle(store, 'AB', 'title');
    expect(store.getState().history.past).toHaveLength(5);
  });

  it('does not merge a new edit into a step that was undone', () => {
    const { store, clock } = setUp();
    setTitle(store, 'A', 'title');
    store.getState().undo();
    clock.advance(10);
    setTitle(store, 'B', 'title');
    expect(store.getState().history.past).toHaveLength(1);
    store.getState().undo();
    expect(title(store)).toBe('Omat verkostosuhteeni');
  });
});

describe('dragging', () => {
  it('commits a drag of several actors as exactly one undo step', () => {
    const { store, me } = setUp();
    const liisa = addNamed(store, 'Liisa');
    const pekka = addNamed(store, 'Pekka');
    const before = current(store);
    const moves = new Map<string, Position>([
      [liisa, { x: 30, y: 40 }],
      [pekka, { x: 500, y: 0 }],
      [me.id, { x: 10, y: 0 }],
    ]);
    store.getState().apply((m) => moveActors(m, moves));
    expect(store.getState().history.past).toHaveLength(3);
    const moved = current(store);
    expect(moved.actors.find((a) => a.id === liisa)).toMatchObject({ position: { x: 30, y: 40 }, ring: 1 });
    expect(moved.actors.find((a) => a.id === pekka)).toMatchObject({ position: { x: 500, y: 0 }, ring: 3 });

    store.getState().undo();
    expect(content(current(store))).toEqual(content(before));
    store.getState().redo();
    expect(content(current(store))).toEqual(content(moved));
  });
});

describe('history limit', () => {
  it(`keeps the last ${HISTORY_LIMIT} steps`, () => {
    const { store } = setUp();
    const extra = 5;
    for (let i = 1; i <= HISTORY_LIMIT + extra; i++) setTitle(store, `Versio ${i}`);
    expect(store.getState().history.past).toHaveLength(HISTORY_LIMIT);
    for (let i = 0; i < HISTORY_LIMIT + extra; i++) store.getState().undo();
    // The oldest steps were dropped: undo stops at the oldest one kept.
    expect(title(store)).toBe(`Versio ${extra}`);
    expect(selectCanUndo(store.getState())).toBe(false);
    expect(store.getState().history.future).toHaveLength(HISTORY_LIMIT);
  });
});

describe('load', () => {
  it('clears history, selection and name editing', () => {
    const { store } = setUp();
    const liisa = addNamed(store, 'Liisa');
    addNamed(store, 'Pekka');
    store.getState().undo();
    store.getState().select({ actors: [liisa], relations: [] });
    store.getState().setEditing(liisa);

    const other = createMap({ kind: 'regional', title: 'Pirkanmaa' });
    store.getState().load(other);
    const state = store.getState();
    expect(state.map).toBe(other);
    expect(state.history).toEqual({ past: [], future: [] });
    expect(state.selection).toEqual({ actors: [], relations: [] });
    expect(state.editing).toBeNull();
    expect(selectCanUndo(state) || selectCanRedo(state)).toBe(false);
  });

  it('keeps the loaded map as it is (no new timestamp)', () => {
    const { store, map } = setUp();
    expect(current(store)).toBe(map);
  });

  it('does not let typing before a load merge with typing after it', () => {
    const { store, clock, map } = setUp();
    setTitle(store, 'A', 'title');
    store.getState().load(map);
    clock.advance(10);
    setTitle(store, 'B', 'title');
    expect(store.getState().history.past).toEqual([map]);
  });
});

describe('apply', () => {
  it('does nothing when the edit returns the same map', () => {
    const { store } = setUp();
    const listener = vi.fn();
    store.subscribe(listener);
    const before = store.getState();
    store.getState().apply((m) => m);
    store.getState().apply((m) => removeElements(m, {}));
    expect(store.getState()).toBe(before);
    expect(listener).not.toHaveBeenCalled();
  });

  it('refreshes updatedAt from the clock on every edit', () => {
    const { store, clock, map } = setUp();
    addNamed(store, 'Liisa');
    expect(current(store).updatedAt).toBe(new Date(START).toISOString());
    clock.advance(5_000);
    setTitle(store, 'Uusi', 'title');
    expect(current(store).updatedAt).toBe(new Date(START + 5_000).toISOString());
    clock.advance(100);
    setTitle(store, 'Uusi nimi', 'title');
    expect(current(store).updatedAt).toBe(new Date(START + 5_100).toISOString());
    expect(map.updatedAt).toBe(new Date(START - 60_000).toISOString());
  });

  it('gives the map restored by undo a new identity, so autosave writes it', () => {
    const { store } = setUp();
    addNamed(store, 'Liisa');
    const edited = current(store);
    addNamed(store, 'Pekka');
    store.getState().undo();
    expect(current(store)).not.toBe(edited);
    expect(Number.isNaN(Date.parse(current(store).updatedAt))).toBe(false);
  });

  it('keeps history entries by reference: the map before each edit', () => {
    const { store, map } = setUp();
    addNamed(store, 'Liisa');
    const first = current(store);
    addNamed(store, 'Pekka');
    expect(store.getState().history.past).toEqual([map, first]);
    expect(store.getState().history.past[0]).toBe(map);
    expect(store.getState().history.past[1]).toBe(first);
  });
});

describe('selection', () => {
  function withRelation() {
    const setup = setUp();
    const liisa = addNamed(setup.store, 'Liisa');
    const pekka = addNamed(setup.store, 'Pekka');
    let relationId = '';
    setup.store.getState().apply((m) => {
      const result = addRelation(m, { source: setup.me.id, target: liisa });
      relationId = result.relation!.id;
      return result.map;
    });
    return { ...setup, liisa, pekka, relationId };
  }

  it('drops removed actors and their relations from the selection', () => {
    const { store, liisa, pekka, relationId } = withRelation();
    store.getState().select({ actors: [liisa, pekka], relations: [relationId] });
    store.getState().apply((m) => removeElements(m, { actors: [liisa] }));
    expect(store.getState().selection).toEqual({ actors: [pekka], relations: [] });
  });

  it('keeps the same selection object when nothing selected was removed', () => {
    const { store, pekka, relationId } = withRelation();
    const selection = { actors: [pekka], relations: [relationId] };
    store.getState().select(selection);
    setTitle(store, 'Uusi');
    expect(store.getState().selection).toBe(selection);
  });

  it('drops actors that undo takes away, and does not bring back a selection on redo', () => {
    const { store, pekka } = withRelation();
    store.getState().undo();
    store.getState().undo();
    expect(names(store)).toEqual(['Aino', 'Liisa']);
    store.getState().select({ actors: [], relations: [] });
    store.getState().redo();
    store.getState().select({ actors: [pekka], relations: [] });
    store.getState().undo();
    expect(store.getState().selection).toEqual({ actors: [], relations: [] });
    store.getState().redo();
    expect(store.getState().selection).toEqual({ actors: [], relations: [] });
  });
});
