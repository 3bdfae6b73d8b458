/**
 * Editor actions, in one place: the canvas, the toolbar, the inspector and the
 * keyboard shortcuts all call these, so "add an actor" or "draw a relation"
 * means the same thing (what is selected, what gets focus, what is announced)
 * wherever the user does it.
 */
import {
  addActor,
  addRelation,
  canRemove,
  cycleDirection as cycleDirectionOf,
  removeElements,
  updateActor,
  updateRelation,
  type Direction,
  type Position,
  type Ring,
} from '../model';
import type { EditorStore } from './editorStore';
import type { AddableType } from './viewStore';

/** Add an actor, select it and open its name for typing. Returns its id. */
export function addAndEdit(store: EditorStore, input: { type: AddableType; name: string; position?: Position; ring?: Ring }): string | undefined {
  const result = store.getState().apply((m) => addActor(m, input));
  if (!result) return undefined;
  const { select, setEditing, setLastAddedType } = store.getState();
  select({ actors: [result.actor.id], relations: [] });
  setEditing(result.actor.id);
  setLastAddedType(input.type);
  return result.actor.id;
}

/**
 * Draw a relation and select it (an existing relation of the pair is selected
 * instead of a duplicate). Returns its id, or undefined when nothing was made.
 */
export function connectAndSelect(store: EditorStore, source: string, target: string): string | undefined {
  const before = store.getState().map;
  const result = store.getState().apply((m) => addRelation(m, { source, target }));
  const relation = result?.relation;
  if (!relation) return undefined;
  // A new relation is described next: its topic field takes the cursor.
  if (result.map !== before) store.getState().setDescribing(relation.id);
  store.getState().select({ actors: [], relations: [relation.id] });
  return relation.id;
}

/** Rename an actor; a blank name is no name and changes nothing. */
export function rename(store: EditorStore, actorId: string, name: string, options?: { coalesce?: string }) {
  const trimmed = name.trim();
  if (!trimmed) return;
  const actor = store.getState().map?.actors.find((a) => a.id === actorId);
  if (!actor || actor.name === trimmed) return;
  store.getState().apply((m) => updateActor(m, actorId, { name: trimmed }), options);
}

/** Remove actors (those that may be removed) and relations, as one undo step. */
export function remove(store: EditorStore, ids: { actors?: readonly string[]; relations?: readonly string[] }) {
  const map = store.getState().map;
  if (!map) return;
  const actors = (ids.actors ?? []).filter((id) => {
    const actor = map.actors.find((a) => a.id === id);
    return actor !== undefined && canRemove(actor);
  });
  store.getState().apply((m) => removeElements(m, { actors, relations: ids.relations ?? [] }));
}

/** Set a relation's direction (inspector radios); one undo step, announced. */
export function setDirection(store: EditorStore, relationId: string, direction: Direction) {
  const before = store.getState().map?.relations.find((r) => r.id === relationId);
  if (!before || before.direction === direction) return;
  store.getState().apply((m) => updateRelation(m, relationId, { direction }));
  store.getState().announce('directionChanged', { direction, relationId });
}

/** → then ← then ↔: the keyboard's deliberate way to change the selected relation's direction. */
export function cycleDirection(store: EditorStore, relationId: string) {
  const result = store.getState().apply((m) => cycleDirectionOf(m, relationId));
  const direction = result?.relations.find((r) => r.id === relationId)?.direction;
  if (direction) store.getState().announce('directionChanged', { direction, relationId });
}

/** The one relation selected alone, if any (what direction shortcuts act on). */
export function selectedRelation(store: EditorStore): string | undefined {
  const { selection } = store.getState();
  return selection.actors.length === 0 && selection.relations.length === 1 ? selection.relations[0] : undefined;
}
