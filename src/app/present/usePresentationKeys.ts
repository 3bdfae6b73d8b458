import { useEffect } from 'react';
import type { EditorStore } from '../../store/editorStore';

/** Keys a clicker, a keyboard or a presenter remote sends for "next" and "previous". */
const NEXT = new Set(['PageDown', 'ArrowRight', 'ArrowDown']);
const PREVIOUS = new Set(['PageUp', 'ArrowLeft', 'ArrowUp']);

export interface PresentationKeyActions {
  step: (delta: -1 | 1) => void;
  first: () => void;
  last: () => void;
  leave: () => void;
}

function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element && (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName));
}

/**
 * The keys of presentation mode (the editor's shortcuts are not mounted then):
 * PageDown/PageUp, arrows and Space/Shift+Space step through the saved views,
 * Home/End go to the first/last; Escape first clears a focus or emphasis and
 * then leaves; Enter on an actor focuses it; + and − widen and narrow the focus.
 */
export function usePresentationKeys(store: EditorStore, actions: PresentationKeyActions) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // An open dialog (the shortcuts list) has the keys: its Escape closes it, not the presentation.
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target) || document.querySelector('dialog[open]')) return;
      const target = event.target as HTMLElement | null;
      // Space and Enter on a button press that button, not a step as well.
      const onButton = target?.tagName === 'BUTTON';
      const state = store.getState();
      const { key } = event;
      let handled = true;
      if (key === 'Escape') {
        if (state.focus || state.emphasis) {
          state.setFocus(null);
          state.setEmphasis(null);
        } else actions.leave();
      } else if (NEXT.has(key) || (key === ' ' && !event.shiftKey && !onButton)) actions.step(1);
      else if (PREVIOUS.has(key) || (key === ' ' && event.shiftKey && !onButton)) actions.step(-1);
      else if (key === 'Home') actions.first();
      else if (key === 'End') actions.last();
      else if (key === 'Enter' && target?.classList.contains('react-flow__node')) {
        const id = target.getAttribute('data-id');
        if (id) state.setFocus({ actor: id, depth: 1 });
      } else if ((key === '+' || key === '-') && state.focus) state.setFocus({ ...state.focus, depth: key === '+' ? 2 : 1 });
      else handled = false;
      if (handled) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store, actions]);
}
