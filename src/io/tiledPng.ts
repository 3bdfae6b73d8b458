/**
 * The whole-map PNG without freezing the page: the picture's SVG is rasterised
 * one tile at a time on the main thread (the browser draws SVG only there), each
 * tile a short task, and a worker (pngAssembler.worker) puts the tiles together
 * and encodes the PNG. Drawing the whole SVG at once took one 2.3 s task at
 * 1000 actors. Reports progress and stops when cancelled.
 */
import { plannedTiles, type SvgPiece, type TiledSvg, type TileRect, tileSvg } from '../render/svgTiles';
import type { AssemblerMessage, AssemblerReply } from './pngAssembler.worker';

/** Share of the progress bar for drawing the tiles; the rest is the encoding (no progress of its own). */
const DRAW_SHARE = 0.85;

/** Progress of an export: the share done (0–1) and whether the tiles are being drawn or the PNG encoded. */
export type ExportProgressListener = (done: number, phase: 'drawing' | 'encoding') => void;

export class ExportCancelled extends Error {
  constructor() {
    super('export cancelled');
    this.name = 'ExportCancelled';
  }
}

/** Whether this browser can draw in tiles and encode in a worker. */
export const canTile = () => typeof Worker !== 'undefined' && typeof OffscreenCanvas !== 'undefined' && typeof createImageBitmap !== 'undefined';

/** Rasterise one tile: its SVG through an image onto a tile-sized canvas, as a transferable bitmap. */
async function drawTile(picture: TiledSvg, tile: TileRect, scale: number, pieces: SvgPiece[]): Promise<ImageBitmap> {
  const url = URL.createObjectURL(new Blob([tileSvg(picture, tile, scale, pieces)], { type: 'image/svg+xml' }));
  try {
    const image = new Image(tile.width, tile.height);
    image.src = url;
    await image.decode();
    const canvas = new OffscreenCanvas(tile.width, tile.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0, tile.width, tile.height);
    return canvas.transferToImageBitmap();
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Most time between breaks for the page (input, paint) while tiles are drawn. */
const BREATHE_MS = 30;

/** Let the page handle input and paint between tiles. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function tiledPng(
  picture: TiledSvg,
  width: number,
  height: number,
  scale: number,
  options: { onProgress?: ExportProgressListener; signal?: AbortSignal } = {},
): Promise<Blob> {
  const { onProgress, signal } = options;
  const worker = new Worker(new URL('./pngAssembler.worker.ts', import.meta.url), { type: 'module' });
  const send = (message: AssemblerMessage, transfer: Transferable[] = []) => worker.postMessage(message, transfer);
  let reject: (error: Error) => void = () => {};
  const failed = new Promise<never>((_, no) => {
    reject = no;
  });
  // Nothing may be waiting on it when it fails (between tiles): the races below see it all the same.
  failed.catch(() => {});
  const cancel = () => reject(new ExportCancelled());
  signal?.addEventListener('abort', cancel);
  worker.onerror = (event) => reject(new Error(event.message));
  try {
    if (signal?.aborted) throw new ExportCancelled();
    const done = new Promise<Blob>((resolve) => {
      worker.onmessage = (event: MessageEvent<AssemblerReply>) => {
        if (event.data.type === 'done') resolve(event.data.blob);
        else reject(new Error(event.data.message));
      };
    });
    send({ type: 'start', width, height });
    // Sized by what each tile costs to draw (render/svgTiles plannedTiles): dense parts in small tiles, sparse in big ones.
    // Progress goes by the pixels drawn: how many tiles there will be is known only at the end.
    let drawn = 0;
    let breathed = performance.now();
    for (const { tile, pieces } of plannedTiles(picture, width, height, scale)) {
      // A break for the page at least every BREATHE_MS (a small tile's round trip is a few ms: a break after each
      // one made a 200-actor map's export wait more than it drew).
      if (performance.now() - breathed > BREATHE_MS) {
        await Promise.race([breathe(), failed]);
        breathed = performance.now();
      }
      const bitmap = await Promise.race([drawTile(picture, tile, scale, pieces), failed]);
      send({ type: 'tile', x: tile.x, y: tile.y, bitmap }, [bitmap]);
      drawn += tile.width * tile.height;
      onProgress?.((drawn / (width * height)) * DRAW_SHARE, drawn < width * height ? 'drawing' : 'encoding');
    }
    send({ type: 'finish' });
    const blob = await Promise.race([done, failed]);
    onProgress?.(1, 'encoding');
    return blob;
  } finally {
    signal?.removeEventListener('abort', cancel);
    worker.terminate();
  }
}
