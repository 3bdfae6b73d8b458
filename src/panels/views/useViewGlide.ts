/**
 * Between a saved view and the canvas: read the part of the map in sight (to
 * save it) and show a saved view (set its lens in the view store and glide to
 * its frame). Shared by the Views panel and the presentation's steps, so a view
 * looks the same whichever way it is shown.
 */
import { getViewportForBounds, type Rect, useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback } from 'react';
import { deriveView, type Frame, lensOf, mapBounds, type SavedView, visiblePart } from '../../model';
import { useEditorStoreApi } from '../../store/EditorStoreContext';

/** Long enough for the room to follow where the map goes, short enough not to wait for it. */
export const GLIDE_MS = 600;
/** Room around what a frameless view shows, in the editor. */
const FRAMELESS_PADDING = 0.08;
/** Room between what a view shows and the presentation's title and steps. */
const INSET_GAP = 8;

/**
 * In presentation the title sits over the top of the map and the steps over the bottom: what a view shows goes
 * between. The overlay marks its boxes with `data-present-inset="top|bottom"`; their size depends on the screen
 * and the language, so they are measured, not assumed.
 */
function presentingPadding(canvas: Element | null) {
  const area = canvas?.getBoundingClientRect();
  let top = 0;
  let bottom = 0;
  if (area) {
    for (const box of document.querySelectorAll('[data-present-inset]')) {
      const r = box.getBoundingClientRect();
      if (box.getAttribute('data-present-inset') === 'top') top = Math.max(top, r.bottom - area.top);
      else bottom = Math.max(bottom, area.bottom - r.top);
    }
  }
  return { top: `${Math.round(top + INSET_GAP)}px`, bottom: `${Math.round(bottom + INSET_GAP)}px`, x: '2%' } as const;
}

export function useViewGlide() {
  const store = useEditorStoreApi();
  const flow = useStoreApi();
  const { fitBounds, setViewport } = useReactFlow();

  /** The rectangle of the map on screen, in map units (React Flow's viewport inverted). */
  const currentFrame = useCallback((): Frame | null => {
    const { width, height, transform } = flow.getState();
    const [x, y, zoom] = transform;
    if (!width || !height || !zoom) return null;
    return { x: -x / zoom, y: -y / zoom, width: width / zoom, height: height / zoom };
  }, [flow]);

  /** Glide to show `bounds` whole: in the editor with `padding` (a share), in presentation between its title and steps. */
  const glideTo = useCallback(
    (bounds: Rect, options: { padding?: number; duration?: number } = {}) => {
      const duration = options.duration ?? GLIDE_MS;
      if (!store.getState().presenting) return void fitBounds(bounds, { padding: options.padding ?? 0, duration });
      // fitBounds takes one padding for all sides; the system helper takes the overlay's insets.
      const { width, height, minZoom, maxZoom, domNode } = flow.getState();
      void setViewport(getViewportForBounds(bounds, width, height, minZoom, maxZoom, presentingPadding(domNode)), { duration });
    },
    [store, flow, fitBounds, setViewport],
  );

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
      const duration = options.duration ?? GLIDE_MS;
      const glide = (bounds: Rect, editorPadding: number) => glideTo(bounds, { padding: editorPadding, duration });
      if (view.frame) glide(view.frame, 0);
      else {
        // A view saved elsewhere (or by hand) may have only a lens: show all of what it leaves, wherever it is.
        const shown = visiblePart(state.map, deriveView(state.map, lens));
        if (shown.actors.length > 0) glide(mapBounds(shown), FRAMELESS_PADDING);
      }
    },
    [store, glideTo],
  );

  return { currentFrame, glideTo, showView };
}
