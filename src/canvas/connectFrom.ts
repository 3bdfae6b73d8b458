import type { EditorStore } from '../store/editorStore';

/** Frames to wait for the inspector to show the selected actor (the side panel may first unfold on a phone). */
const MAX_FRAMES = 30;

/**
 * "Add a relation" without a pointer gesture (C key, the actor's actions menu): the actor is selected and the
 * inspector's list of other actors takes the focus, so the user chooses the other end by arrows and Enter or the
 * system's picker. The relation itself is drawn by that list (panels/AddRelationSelect), one undo step.
 */
export function connectFrom(store: EditorStore, actorId: string) {
  store.getState().select({ actors: [actorId], relations: [] });
  let frames = 0;
  const tryFocus = () => {
    const list = document.getElementById('add-relation');
    if (list) {
      list.focus();
      list.scrollIntoView({ block: 'nearest' });
    } else if (frames++ < MAX_FRAMES) requestAnimationFrame(tryFocus);
  };
  requestAnimationFrame(tryFocus);
}
