/**
 * PNG pictures of a map, loaded only when the user exports.
 *
 * - The whole map: the lean SVG of `render/mapSvg.ts` drawn onto a canvas. Fast at any
 *   size, and independent of what the editor currently has in the DOM.
 * - The current view, exactly as on screen (for a picture of the part a
 *   facilitator zoomed into): React Flow's recipe with html-to-image, pinned to
 *   1.11.11 because 1.11.12 and 1.11.13 drop edges (xyflow/xyflow#5194). The
 *   view holds only what is visible, so copying its DOM stays quick.
 */
import { toCanvas } from 'html-to-image';
import type { MapSvg } from '../render/mapSvg';
import type { ComposedPicture } from '../render/picture';
import { tileSvg } from '../render/svgTiles';
import { canTile, type TiledOptions, tiledPng } from './tiledPng';

export { ExportCancelled } from './tiledPng';

/** Chromium refuses canvases beyond 16,384 px a side or about 268 M pixels; stay under both. */
const MAX_SIDE = 16_000;
const MAX_PIXELS = 200_000_000;

export interface PngExportResult {
  blob: Blob;
  width: number;
  height: number;
  /** The scale actually used; lower than asked when the browser's canvas limit required it. */
  scale: number;
  /** Whether the PNG already carries the map asked for by `embed` (put in by the worker that drew it). */
  embedded?: boolean;
}

export function fitScale(width: number, height: number, wanted: number): number {
  return Math.min(wanted, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_PIXELS / (width * height)));
}

function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob failed'))), 'image/png'));
}

function newCanvas(width: number, height: number): { canvas: HTMLCanvasElement; context: CanvasRenderingContext2D } {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d context');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  return { canvas, context };
}

/**
 * The whole map: rasterise the lean SVG at the wanted scale (less if the browser's limit requires),
 * tile by tile with the encoding in a worker where the browser can (io/tiledPng), so the page never freezes.
 */
export async function wholeMapPng(
  /** Without `tiled` (a picture made elsewhere, e.g. a comparison of rounds) it is drawn in one go. */
  picture: Pick<MapSvg, 'svg' | 'width' | 'height'> & Partial<Pick<MapSvg, 'tiled'>>,
  wantedScale: number,
  options: TiledOptions = {},
): Promise<PngExportResult> {
  const scale = fitScale(picture.width, picture.height, wantedScale);
  const width = Math.round(picture.width * scale);
  const height = Math.round(picture.height * scale);
  if (picture.tiled && canTile())
    return { blob: await tiledPng(picture.tiled, width, height, scale, options), width, height, scale, embedded: Boolean(options.embed) };
  const { canvas, context } = newCanvas(width, height);
  // A picture drawn in the worker for tiles has no SVG text of its own: one tile of the whole picture is that text.
  const svg = picture.svg || tileSvg(picture.tiled!, { x: 0, y: 0, width: picture.width, height: picture.height }, 1);
  await drawSvg(context, svg, canvas.width, canvas.height);
  return { blob: await canvasToPng(canvas), width: canvas.width, height: canvas.height, scale };
}

const EXCLUDED = ['react-flow__handle', 'react-flow__controls', 'react-flow__minimap', 'map-canvas__hint', 'map-legend-panel'];

/** Draw an SVG picture onto a 2D context at a scale. */
async function drawSvg(context: CanvasRenderingContext2D, svg: string, width: number, height: number): Promise<void> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    context.drawImage(image, 0, 0, width, height);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * The current view as on screen, framed like the whole-map picture: `frame` is
 * the header and legend composed around a slot of the element's size
 * (render/picture `composePicture` without content); the captured canvas fills the slot.
 */
export async function currentViewPng(input: { element: HTMLElement; frame: ComposedPicture; scale: number }): Promise<PngExportResult> {
  const { frame } = input;
  const scale = fitScale(frame.width, frame.height, input.scale);
  const view = await toCanvas(input.element, {
    backgroundColor: '#ffffff',
    pixelRatio: scale,
    // Editing controls are not part of the picture, nor the canvas's own area key: the frame has the full legend.
    filter: (node) => !(node instanceof Element && EXCLUDED.some((name) => node.classList.contains(name))),
  });
  const { canvas, context } = newCanvas(Math.round(frame.width * scale), Math.round(frame.height * scale));
  await drawSvg(context, frame.svg, canvas.width, canvas.height);
  const slot = frame.content;
  context.drawImage(view, Math.round(slot.x * scale), Math.round(slot.y * scale), Math.round(slot.width * scale), Math.round(slot.height * scale));
  return { blob: await canvasToPng(canvas), width: canvas.width, height: canvas.height, scale };
}
