/**
 * Where the view goes when an actor is focused: the least movement that shows
 * its neighbourhood. The room keeps its orientation: no rotation, no zooming
 * in (a focus never magnifies what the facilitator chose to see), no move at
 * all when the neighbourhood is already on screen, and never zoomed out below
 * a readable size (a neighbourhood too large then keeps the focused actor in
 * view and lets the rest run off the edges).
 */
import type { Bounds } from '../model';
import { fitZoom, READABLE_ZOOM, type Viewport } from './defaultView';

/** Room around the neighbourhood, as a share of the view: arrows and labels stick out of the boxes. */
export const FOCUS_PADDING = 0.08;

export function unionBounds(boxes: readonly Bounds[]): Bounds | null {
  if (boxes.length === 0) return null;
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x, y, width: right - x, height: bottom - y };
}

function inside(b: Bounds, view: Viewport, width: number, height: number, margin: number): boolean {
  const left = b.x * view.zoom + view.x;
  const top = b.y * view.zoom + view.y;
  return left >= margin && top >= margin && left + b.width * view.zoom <= width - margin && top + b.height * view.zoom <= height - margin;
}

/**
 * The viewport that shows `boxes` (the focused neighbourhood; `focused` is the
 * focused actor's box), or null when the current one already does.
 */
export function focusViewport(
  boxes: readonly Bounds[],
  focused: Bounds,
  current: Viewport,
  width: number,
  height: number,
  floor = READABLE_ZOOM,
): Viewport | null {
  const bounds = unionBounds(boxes);
  if (!bounds || width <= 0 || height <= 0) return null;
  const margin = Math.min(width, height) * FOCUS_PADDING * 0.5;
  if (inside(bounds, current, width, height, margin)) return null;
  const fitted = fitZoom(bounds, width, height, FOCUS_PADDING);
  // Zoom out only as far as needed, and not below the floor (or the current zoom, if that is already lower).
  const zoom = fitted >= current.zoom ? current.zoom : Math.max(fitted, Math.min(floor, current.zoom));
  let cx = bounds.x + bounds.width / 2;
  let cy = bounds.y + bounds.height / 2;
  const candidate = { x: width / 2 - cx * zoom, y: height / 2 - cy * zoom, zoom };
  if (!inside(focused, candidate, width, height, margin)) {
    // Too large to show whole at a readable size: the focused actor is the centre.
    cx = focused.x + focused.width / 2;
    cy = focused.y + focused.height / 2;
  }
  return { x: width / 2 - cx * zoom, y: height / 2 - cy * zoom, zoom };
}
