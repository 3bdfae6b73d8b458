/**
 * Between a saved view and the canvas: read the part of the map in sight (to
 * save it) and show a saved view (set its lens in the view store and glide to
 * its frame). Shared by the Views panel and the presentation's steps, so a view
 * looks the same whichever way it is shown.
 */
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback } from 'react';
import { type Frame, lensOf, type SavedView } from '../../model';
import { useEditorStoreApi } from '../../store/EditorStoreContext';

/** Long enough for the room to follow where the map goes, short enough not to wait for it. */
export const GLIDE_MS = 600;

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

  /** Set the view's lens (clearing what it does not set) and glide to its frame; a view without a frame keeps the viewport. */
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
      if (view.frame) void fitBounds(view.frame, { padding: 0, duration: options.duration ?? GLIDE_MS });
    },
    [store, fitBounds],
  );

  return { currentFrame, showView };
}
