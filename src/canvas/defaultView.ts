/**
 * The view a map opens with. A personal map is framed to its rings, but never
 * smaller than a readable zoom: below it names and labels are too small to read
 * (issue 8, defect 6), and letting the map pan is better than shrinking it.
 */
import { mapBounds, type Bounds, type MapDoc, type Position } from '../model';

/**
 * Lowest zoom of the opening view: node names are 15 px and relation labels
 * 13 px in map units, so at 0.85 they render at 12.75 px and 11.05 px
 * (the goals are 12 px and 11 px).
 */
export const READABLE_ZOOM = 0.85;
/** On touch screens the connection strip (48 map units high) must be ≥ 44 px: zoom 1 or more. */
export const TOUCH_READABLE_ZOOM = 1;
/** The opening view does not magnify a small map beyond this. */
const MAX_OPENING_ZOOM = 1.2;
/** Room around the framed map, as a share of the view. */
export const FIT_PADDING = 0.04;

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** The zoom at which `bounds` fills a view of `width` × `height` pixels, with padding. */
export function fitZoom(bounds: Bounds, width: number, height: number, padding = FIT_PADDING): number {
  const usable = 1 - 2 * padding;
  return Math.min((width * usable) / bounds.width, (height * usable) / bounds.height);
}

/** The opening viewport: the whole map when that is readable, else the readable zoom centred on "me" (or the map's middle). */
export function openingViewport(map: MapDoc, width: number, height: number, options: { touch: boolean; centre?: Position }): Viewport {
  const bounds = mapBounds(map);
  const floor = map.kind === 'personal' ? (options.touch ? TOUCH_READABLE_ZOOM : READABLE_ZOOM) : 0;
  const fitted = fitZoom(bounds, width, height);
  const zoom = Math.min(Math.max(fitted, floor), Math.max(MAX_OPENING_ZOOM, floor));
  const middle = zoom > fitted && options.centre ? options.centre : { x: bounds.x + bounds.width / 2, y: bounds.y + bounds.height / 2 };
  return { x: width / 2 - middle.x * zoom, y: height / 2 - middle.y * zoom, zoom };
}
