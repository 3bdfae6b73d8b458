import { useEffect } from 'react';
import { cycleDirection, selectedRelation } from '../store/actions';
import type { EditorStore } from '../store/editorStore';
import type { AddableType } from '../store/viewStore';
import { enterPresentation } from './present/presentation';

const ADD_KEYS: Record<string, AddableType> = { n: 'person', g: 'group', o: 'organisation' };

function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element && (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName));
}

/**
 * Undo/redo everywhere except inside text fields (where the browser's own undo applies); N, G, O add actors;
 * D changes the direction of the one selected relation (→ ← ↔), announced and undoable; P starts presenting.
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
