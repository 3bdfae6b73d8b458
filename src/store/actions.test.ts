import { describe, expect, it } from 'vitest';
import { createMap } from '../model';
import { addAndEdit, connectAndSelect, cycleDirection, remove, rename, selectedRelation, setDirection } from './actions';
import { createEditorStore } from './editorStore';

function setUp() {
  let time = 1_000;
  const store = createEditorStore(() => time++);
  const map = createMap({ kind: 'personal', title: 'T', author: 'Aino' });
  store.getState().load(map);
  return { store, me: map.actors[0]!.id };
}

describe('editor actions', () => {
  it('addAndEdit adds, selects, opens the name and remembers the type', () => {
    const { store } = setUp();
    const id = addAndEdit(store, { type: 'group', name: 'Ryhmä', ring: 3 })!;
    const state = store.getState();
    expect(state.map!.actors.find((a) => a.id === id)).toMatchObject({ type: 'group', ring: 3 });
    expect(state.selection).toEqual({ actors: [id], relations: [] });
    expect(state.editing).toBe(id);
    expect(state.lastAddedType).toBe('group');
  });
  it('connectAndSelect draws and selects the relation; the same pair again selects the existing one; nothing to self', () => {
    const { store, me } = setUp();
    const liisa = addAndEdit(store, { type: 'person', name: 'Liisa' })!;
    const r = connectAndSelect(store, me, liisa)!;
    expect(store.getState().selection).toEqual({ actors: [], relations: [r] });
    expect(connectAndSelect(store, liisa, me)).toBe(r);
    expect(store.getState().map!.relations).toHaveLength(1);
    expect(connectAndSelect(store, me, me)).toBeUndefined();
  });
  it('rename trims and ignores blank or unchanged names (no empty undo steps)', () => {
    const { store } = setUp();
    const id = addAndEdit(store, { type: 'person', name: 'Liisa' })!;
    const steps = store.getState().history.past.length;
    rename(store, id, '   ');
    rename(store, id, 'Liisa ');
    expect(store.getState().history.past).toHaveLength(steps);
    rename(store, id, ' Kuraattori Liisa ');
    expect(store.getState().map!.actors.find((a) => a.id === id)!.name).toBe('Kuraattori Liisa');
  });
  it('remove never removes "me" and drops removed things from the selection', () => {
    const { store, me } = setUp();
    const id = addAndEdit(store, { type: 'person', name: 'Liisa' })!;
    remove(store, { actors: [me, id] });
    expect(store.getState().map!.actors.map((a) => a.id)).toEqual([me]);
    expect(store.getState().selection.actors).toEqual([]);
    expect(store.getState().editing).toBeNull();
  });
  it('setDirection and cycleDirection change only the given relation, announce it, and undo in one step each', () => {
    const { store, me } = setUp();
    const liisa = addAndEdit(store, { type: 'person', name: 'Liisa' })!;
    const r = connectAndSelect(store, me, liisa)!;
    expect(selectedRelation(store)).toBe(r);
    cycleDirection(store, r);
    expect(store.getState().map!.relations[0]!.direction).toBe('backward');
    expect(store.getState().status).toMatchObject({ key: 'directionChanged', values: { direction: 'backward' } });
    setDirection(store, r, 'both');
    expect(store.getState().map!.relations[0]!.direction).toBe('both');
    store.getState().undo();
    expect(store.getState().map!.relations[0]!.direction).toBe('backward');
    store.getState().undo();
    expect(store.getState().map!.relations[0]!.direction).toBe('forward');
  });
  it('selectedRelation is nothing when an actor or several things are selected', () => {
    const { store, me } = setUp();
    store.getState().select({ actors: [me], relations: [] });
    expect(selectedRelation(store)).toBeUndefined();
  });
});

describe('view state is never undone', () => {
  it('undo restores the map only; the selection stays, pruned to what exists', () => {
    const { store } = setUp();
    const a = addAndEdit(store, { type: 'person', name: 'A' })!;
    const b = addAndEdit(store, { type: 'person', name: 'B' })!;
    store.getState().select({ actors: [a, b], relations: [] });
    store.getState().undo();
    expect(store.getState().selection).toEqual({ actors: [a], relations: [] });
    store.getState().redo();
    expect(store.getState().selection).toEqual({ actors: [a], relations: [] });
    expect(store.getState().history.past.every((m) => !('selection' in m))).toBe(true);
  });
  it('apply returns the command result', () => {
    const { store } = setUp();
    const result = store.getState().apply((m) => ({ map: { ...m, title: 'Uusi' }, extra: 42 }));
    expect(result?.extra).toBe(42);
    expect(store.getState().map!.title).toBe('Uusi');
  });
});
