/**
 * PNG pictures of a map, loaded only when the user exports.
 *
 * The whole map, or the part of it on screen (the current view, a frame of the same picture):
 * the lean SVG of `render/mapSvg.ts`, rasterised tile by tile. Fast at any size, and independent
 * of what the editor currently has in the DOM. Copying the live canvas instead (React Flow's
 * recipe, html-to-image) copies every computed style on the main thread: the current view of a
 * 1000-actor map froze the page for 24 s, and even 50 actors for over a second.
 */
import type { MapSvg } from '../render/mapSvg';
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
