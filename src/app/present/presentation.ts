/**
 * Entering and leaving presentation mode: the view store's `presenting` flag,
 * and fullscreen around it. Fullscreen is a wish, not a condition: a browser may
 * refuse it (no user gesture, an iframe, a policy, a phone without the API), and
 * the presentation then runs in the window.
 */
import { noSelection } from '../../store/viewStore';
import type { EditorStore } from '../../store/editorStore';

/** The Keyboard Lock API (Chromium): lets Escape reach the page in fullscreen, so its first press can clear a focus. */
type KeyboardLock = { lock?: (keys: string[]) => Promise<void>; unlock?: () => void };
const keyboardLock = () => (navigator as Navigator & { keyboard?: KeyboardLock }).keyboard;

export function enterPresentation(store: EditorStore) {
  const state = store.getState();
  if (state.presenting) return;
  // Nothing stays selected or in editing: the projected map shows no editing marks.
  state.select(noSelection);
  state.setEditing(null);
  state.setPresenting(true);
  const root = document.documentElement;
  if (document.fullscreenElement || typeof root.requestFullscreen !== 'function') return;
  root
    .requestFullscreen({ navigationUI: 'hide' })
    .then(() => keyboardLock()?.lock?.(['Escape']))
    .catch(() => {
      // Refused or not offered: present in the window.
    });
}

export function leavePresentation(store: EditorStore) {
  store.getState().setPresenting(false);
  keyboardLock()?.unlock?.();
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
}
