/**
 * Between a saved view and the canvas: read the part of the map in sight (to
 * save it) and show a saved view (set its lens in the view store and glide to
 * its frame). Shared by the Views panel and the presentation's steps, so a view
 * looks the same whichever way it is shown.
 */
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback } from 'react';
import { deriveView, type Frame, lensOf, mapBounds, type SavedView, visiblePart } from '../../model';
import { useEditorStoreApi } from '../../store/EditorStoreContext';

/** Long enough for the room to follow where the map goes, short enough not to wait for it. */
export const GLIDE_MS = 600;
/** Room around what a frameless view shows (a share of the screen), clear of the presentation's title and steps. */
const FRAMELESS_PADDING = 0.12;

export function useViewGlide() {
  const store = useEditorStoreApi();
  const flow = useStoreApi();
  const { fitBounds } = useReactFlow();

  /** The rectangle of the map on screen, in map units (React Flow's viewport inverted). */
  const currentFrame = useCallback((): Frame | null => {
    const { width, height, transform } = flow.getState();
    const [x, y, zoom] = transform;
    if (!width || !height || !zoom) return null;
    return { x: -x / zoom, y: -y / zoom, width: width / zoom, height: height / zoom };
  }, [flow]);

  /** Set the view's lens (clearing what it does not set) and glide to its frame; a view without one glides to fit what it shows. */
  const showView = useCallback(
    (view: SavedView, options: { duration?: number } = {}) => {
      const state = store.getState();
      if (!state.map) return;
      const lens = lensOf(state.map, view);
      state.setFilters(lens.filters);
      state.setFocus(lens.focus);
      state.setEmphasis(lens.emphasis);
      state.setHideOthers(lens.hideOthers);
      state.setHighlight(null);
      const duration = options.duration ?? GLIDE_MS;
      if (view.frame) void fitBounds(view.frame, { padding: 0, duration });
      else {
        // A view saved elsewhere (or by hand) may have only a lens: show all of what it leaves, wherever it is.
        const shown = visiblePart(state.map, deriveView(state.map, lens));
        if (shown.actors.length > 0) void fitBounds(mapBounds(shown), { padding: FRAMELESS_PADDING, duration });
      }
    },
    [store, fitBounds],
  );

  return { currentFrame, showView };
}
