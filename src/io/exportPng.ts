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

/** Chromium refuses canvases beyond 16,384 px a side or about 268 M pixels; stay under both. */
const MAX_SIDE = 16_000;
const MAX_PIXELS = 200_000_000;
const HEADER = 72;
const MARGIN = 24;

export interface PngExportResult {
  blob: Blob;
  width: number;
  height: number;
  /** The scale actually used; lower than asked when the browser's canvas limit required it. */
  scale: number;
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

/** The whole map: rasterise the lean SVG at the wanted scale (less if the browser's limit requires). */
export async function wholeMapPng(picture: MapSvg, wantedScale: number): Promise<PngExportResult> {
  const scale = fitScale(picture.width, picture.height, wantedScale);
  const url = URL.createObjectURL(new Blob([picture.svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const { canvas, context } = newCanvas(Math.round(picture.width * scale), Math.round(picture.height * scale));
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return { blob: await canvasToPng(canvas), width: canvas.width, height: canvas.height, scale };
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The current view as on screen, with the title above it. */
export async function currentViewPng(input: { element: HTMLElement; title: string; subtitle?: string; scale: number }): Promise<PngExportResult> {
  const { width, height } = input.element.getBoundingClientRect();
  const scale = fitScale(width, height + HEADER, input.scale);
  const view = await toCanvas(input.element, {
    backgroundColor: '#ffffff',
    pixelRatio: scale,
    // Editing controls are not part of the picture.
    filter: (node) =>
      !(
        node instanceof Element &&
        (node.classList.contains('react-flow__handle') || node.classList.contains('react-flow__controls') || node.classList.contains('map-canvas__hint'))
      ),
  });
  const { canvas, context } = newCanvas(Math.round(width * scale), Math.round((height + HEADER) * scale));
  context.scale(scale, scale);
  context.fillStyle = '#1d2b36';
  context.font = '600 26px system-ui, "DejaVu Sans", sans-serif';
  context.fillText(input.title, MARGIN, 38, width - 2 * MARGIN);
  if (input.subtitle) {
    context.fillStyle = '#5a6b75';
    context.font = '15px system-ui, "DejaVu Sans", sans-serif';
    context.fillText(input.subtitle, MARGIN, 60, width - 2 * MARGIN);
  }
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.drawImage(view, 0, Math.round(HEADER * scale), canvas.width, Math.round(height * scale));
  return { blob: await canvasToPng(canvas), width: canvas.width, height: canvas.height, scale };
}
