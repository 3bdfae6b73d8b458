import { describe, expect, it } from 'vitest';
import { addActor, addPhase, createMap, linkWorkToolItem, setWorkToolNote, setWorkToolStatus } from '../model';
import { remove } from './actions';
import { createEditorStore } from './editorStore';

/** A regional map with two actors, a phase for a part of it and a work tool item linked to one actor. */
function setUp() {
  let time = Date.parse('2025-03-03T10:00:00.000Z');
  const store = createEditorStore(() => (time += 100));
  const a = addActor(createMap({ kind: 'regional', title: 'Kainuu' }), { type: 'organisation', name: 'Ohjaamo', position: { x: 0, y: 0 } });
  const b = addActor(a.map, { type: 'organisation', name: 'Kela', position: { x: 300, y: 0 } });
  store.getState().load(b.map);
  return { store, ohjaamo: a.actor.id, kela: b.actor.id };
}

describe('the assessments in the undo history', () => {
  it('each command is one undo step', () => {
    const { store, ohjaamo } = setUp();
    const { apply, undo } = store.getState();
    apply((m) => addPhase(m, { phase: 3, actors: [ohjaamo] }));
    apply((m) => setWorkToolStatus(m, 'commitmentTrust', 'inProgress'));
    apply((m) => linkWorkToolItem(m, 'commitmentTrust', { actors: [ohjaamo], relations: [] }));
    expect(store.getState().history.past).toHaveLength(3);
    undo();
    expect(store.getState().map!.workTool!.items[0]).toEqual({ item: 'commitmentTrust', status: 'inProgress' });
    undo();
    expect(store.getState().map!.workTool).toBeUndefined();
    undo();
    expect(store.getState().map!.phases).toBeUndefined();
  });

  it('typing a note is one step, not one per letter', () => {
    const { store } = setUp();
    const { apply } = store.getState();
    apply((m) => setWorkToolStatus(m, 'networkBuilding', 'inPlace'));
    for (const note of ['S', 'So', 'Sop']) apply((m) => setWorkToolNote(m, 'networkBuilding', note), { coalesce: 'worktool:networkBuilding' });
    expect(store.getState().history.past).toHaveLength(2);
  });

  it('removing an actor drops it from the part and the links, and one undo brings all of it back', () => {
    const { store, ohjaamo, kela } = setUp();
    const { apply } = store.getState();
    apply((m) => addPhase(m, { phase: 3, actors: [ohjaamo, kela] }));
    apply((m) => linkWorkToolItem(setWorkToolStatus(m, 'commitmentTrust', 'missing'), 'commitmentTrust', { actors: [ohjaamo], relations: [] }));
    const before = store.getState().map!;
    remove(store, { actors: [ohjaamo] });
    expect(store.getState().map!.phases![0]!.actors).toEqual([kela]);
    expect(store.getState().map!.workTool!.items[0]!.actors).toBeUndefined();
    store.getState().undo();
    expect(store.getState().map!.phases).toEqual(before.phases);
    expect(store.getState().map!.workTool).toEqual(before.workTool);
  });
});
