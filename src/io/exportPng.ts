/**
 * PNG export of the whole map (not just the visible part), following React
 * Flow's recipe: bounds of all nodes → a viewport that fits them → html-to-image
 * renders the viewport element at that transform. The title is drawn above the
 * map on a white background. Loaded only when the user exports.
 *
 * html-to-image is pinned to 1.11.11: 1.11.12 and 1.11.13 drop edges from the
 * image (xyflow/xyflow#5194); an end-to-end test checks arrows are in the PNG.
 */
import { getNodesBounds, getViewportForBounds, type Node, type Rect } from '@xyflow/react';
import { toCanvas } from 'html-to-image';

/** Chromium refuses canvases beyond 16,384 px a side or about 268 M pixels; stay under both. */
const MAX_SIDE = 16_000;
const MAX_PIXELS = 200_000_000;
/** Margin around the map, in map units. */
const MARGIN = 40;
const HEADER = 72;

export interface PngExportInput {
  viewportElement: HTMLElement;
  nodes: Node[];
  /** Extra areas that must be in the picture, e.g. the rings of a personal map. */
  extraBounds?: Rect[];
  title: string;
  subtitle?: string;
  scale: number;
}

export interface PngExportResult {
  blob: Blob;
  width: number;
  height: number;
  /** The scale actually used; lower than asked when the browser's canvas limit required it. */
  scale: number;
}

function union(a: Rect, b: Rect): Rect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

export function fitScale(width: number, height: number, wanted: number): number {
  return Math.min(wanted, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_PIXELS / (width * height)));
}

export async function renderMapPng(input: PngExportInput): Promise<PngExportResult> {
  const bounds = (input.extraBounds ?? []).reduce(union, getNodesBounds(input.nodes));
  const width = Math.ceil(bounds.width + 2 * MARGIN);
  const mapHeight = Math.ceil(bounds.height + 2 * MARGIN);
  const height = mapHeight + HEADER;
  const scale = fitScale(width, height, input.scale);
  const viewport = getViewportForBounds(bounds, width, mapHeight, 1, 1, 0);

  const mapCanvas = await toCanvas(input.viewportElement, {
    backgroundColor: '#ffffff',
    width,
    height: mapHeight,
    pixelRatio: scale,
    // Connection handles are for editing, not for the picture.
    filter: (node) => !(node instanceof Element && node.classList.contains('react-flow__handle')),
    style: { width: `${width}px`, height: `${mapHeight}px`, transform: `translate(${viewport.x}px, ${viewport.y}px) scale(${viewport.zoom})` },
  });

  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d context');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
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
  context.drawImage(mapCanvas, 0, Math.round(HEADER * scale), canvas.width, Math.round(mapHeight * scale));

  const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob failed'))), 'image/png'));
  return { blob, width: canvas.width, height: canvas.height, scale };
}
