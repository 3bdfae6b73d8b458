/** The keyboard's way to mark (M): the one selected actor or relation cycles none → drop → renew → keep → none. */
import { cycleMark, markTargetName, ownMark, type MarkTarget } from '../model';
import type { EditorStore } from './editorStore';

/** What M marks: the one selected actor or relation (nothing while a name is being edited). */
export function selectedMarkTarget(store: EditorStore): MarkTarget | undefined {
  const { selection, editing } = store.getState();
  if (editing !== null) return undefined;
  if (selection.actors.length === 1 && selection.relations.length === 0) return { kind: 'actor', id: selection.actors[0]! };
  if (selection.relations.length === 1 && selection.actors.length === 0) return { kind: 'relation', id: selection.relations[0]! };
  return undefined;
}

/** Cycle the mark of the selection, as one undo step, and say what it is now. Returns whether anything was marked. */
export function cycleSelectedMark(store: EditorStore): boolean {
  const target = selectedMarkTarget(store);
  if (!target) return false;
  const result = store.getState().apply((m) => cycleMark(m, target));
  if (!result) return false;
  const verdict = ownMark(result, target)?.verdict ?? '';
  store.getState().announce('markChanged', { name: markTargetName(result, target), verdict });
  return true;
}
