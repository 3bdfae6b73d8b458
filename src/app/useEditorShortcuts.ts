import { useEffect } from 'react';
import { cycleDirection, selectedRelation } from '../store/actions';
import { cycleSelectedMark, selectedMarkTarget } from '../store/markActions';
import type { EditorStore } from '../store/editorStore';
import type { AddableType } from '../store/viewStore';
import { connectFrom } from '../canvas/connectFrom';
import { enterPresentation } from './present/presentation';

const ADD_KEYS: Record<string, AddableType> = { n: 'person', g: 'group', o: 'organisation' };

function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element && (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName));
}

/** Two steps out is as far as focus goes (model/view's depth). */
const MAX_FOCUS_DEPTH = 2;

/**
 * The lens keys: F focuses the one selected actor, + and - widen and narrow the focus (1 ↔ 2 steps), Escape
 * clears focus and search emphasis. Returns whether the key was one of them (and did something).
 */
function focusKey(store: EditorStore, key: string): boolean {
  const state = store.getState();
  const { focus, selection } = state;
  if ((key === 'f' || key === 'F') && selection.actors.length === 1 && selection.relations.length === 0 && state.editing === null) {
    state.setFocus({ actor: selection.actors[0]!, depth: focus && focus.actor === selection.actors[0] ? focus.depth : 1 });
    return true;
  }
  if ((key === '+' || key === '-') && focus) {
    const depth = Math.min(MAX_FOCUS_DEPTH, Math.max(1, focus.depth + (key === '+' ? 1 : -1)));
    if (depth !== focus.depth) state.setFocus({ ...focus, depth });
    return true;
  }
  if (key === 'Escape' && (focus || state.emphasis)) {
    state.setFocus(null);
    state.setEmphasis(null);
    return true;
  }
  return false;
}

/** The one selected actor (and nothing else), when no name is being edited. */
function selectedActor(store: EditorStore): string | undefined {
  const { selection, editing } = store.getState();
  return selection.actors.length === 1 && selection.relations.length === 0 && editing === null ? selection.actors[0] : undefined;
}

/**
 * Undo/redo everywhere except inside text fields (where the browser's own undo applies); N, G, O add actors;
 * D changes the direction of the one selected relation (→ ← ↔), announced and undoable; F, +, - and Escape: the focus;
 * M marks the selected actor or relation drop → renew → keep → none;
 * P starts presenting; C draws a relation from the selected actor (the inspector's list of other actors takes the
 * focus); F2 edits its name on the map.
 */
export function useEditorShortcuts(store: EditorStore, addActor: (type: AddableType) => void) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return;
      const key = event.key.toLowerCase();
      const mod = event.ctrlKey || event.metaKey;
      if (mod && key === 'z') {
        event.preventDefault();
        if (event.shiftKey) store.getState().redo();
        else store.getState().undo();
      } else if (mod && key === 'y') {
        event.preventDefault();
        store.getState().redo();
      } else if (!mod && !event.altKey && key === 'd' && selectedRelation(store)) {
        event.preventDefault();
        cycleDirection(store, selectedRelation(store)!);
      } else if (!mod && !event.altKey && key === 'm' && !store.getState().presenting && selectedMarkTarget(store)) {
        event.preventDefault();
        cycleSelectedMark(store);
      } else if (!mod && !event.altKey && key === 'c' && selectedActor(store)) {
        event.preventDefault();
        connectFrom(store, selectedActor(store)!);
      } else if (!mod && !event.altKey && event.key === 'F2' && selectedActor(store)) {
        event.preventDefault();
        store.getState().setEditing(selectedActor(store)!);
      } else if (!mod && !event.altKey && focusKey(store, event.key)) {
        event.preventDefault();
      } else if (!mod && !event.altKey && key === 'p' && store.getState().editing === null) {
        event.preventDefault();
        enterPresentation(store);
      } else if (!mod && !event.altKey && ADD_KEYS[key] && store.getState().editing === null) {
        // While a new actor's name field is still appearing, letters belong to the name, not to shortcuts.
        event.preventDefault();
        addActor(ADD_KEYS[key]);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store, addActor]);
}
