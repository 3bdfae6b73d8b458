/**
 * The whole-map PNG without freezing the page: a worker (pngAssembler.worker)
 * paints the picture's SVG parts with Canvas 2D (io/svgPaint) and encodes the
 * PNG; the page only hands it the parts, a few thousand at a time. Should the
 * picture hold markup the painter does not know, the page rasterises the SVG
 * itself, one tile at a time (the browser draws SVG images only there), each
 * tile a short task, and the worker puts the tiles together. That way made an
 * SVG document per tile (1,650 for a 5000-actor map) that died in garbage
 * collections of 0.3–2 s; drawing the whole SVG at once took one 2.3 s task at
 * 1000 actors. Reports progress and stops when cancelled.
 */
import type { MapDoc } from '../model';
import { plannedTiles, type SvgPiece, type TiledSvg, type TileRect, tileSvg } from '../render/svgTiles';
import type { AssemblerMessage, AssemblerReply } from './pngAssembler.worker';
import { PIECES_PER_MESSAGE } from './pictureReply';

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

export interface TiledOptions {
  onProgress?: ExportProgressListener;
  signal?: AbortSignal;
  /** The map whose JSON the PNG is to carry (io/formats/png embedMapInPng), put in by the worker. */
  embed?: MapDoc;
}

export async function tiledPng(picture: TiledSvg, width: number, height: number, scale: number, options: TiledOptions = {}): Promise<Blob> {
  const { onProgress, signal, embed } = options;
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
    // What the worker says about painting: done (the PNG) or that the page must rasterise the tiles itself.
    let painted: (outcome: Blob | 'unsupported') => void = () => {};
    let done: (blob: Blob) => void = () => {};
    const paintOutcome = new Promise<Blob | 'unsupported'>((resolve) => {
      painted = resolve;
    });
    const encoded = new Promise<Blob>((resolve) => {
      done = resolve;
    });
    worker.onmessage = (event: MessageEvent<AssemblerReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') onProgress?.(reply.done * DRAW_SHARE, reply.done < 1 ? 'drawing' : 'encoding');
      else if (reply.type === 'unsupported') painted('unsupported');
      else if (reply.type === 'done') {
        painted(reply.blob);
        done(reply.blob);
      } else reject(new Error(reply.message));
    };
    send({ type: 'start', width, height });
    // Everything in messages of a few thousand items, with breaks for the page: copying a 5000-actor map (46 ms)
    // or its 35,000 pieces at once would each be a long task here.
    let breathed = performance.now();
    for (const message of paintMessages(picture, scale, embed)) {
      if (performance.now() - breathed > BREATHE_MS) {
        await Promise.race([breathe(), failed]);
        breathed = performance.now();
      }
      send(message);
    }
    send({ type: 'paint' });
    const outcome = await Promise.race([paintOutcome, failed]);
    if (outcome !== 'unsupported') {
      onProgress?.(1, 'encoding');
      return outcome;
    }
    await drawTilesHere(picture, width, height, scale, { send, failed, onProgress });
    send({ type: 'finish' });
    const blob = await Promise.race([encoded, failed]);
    onProgress?.(1, 'encoding');
    return blob;
  } finally {
    signal?.removeEventListener('abort', cancel);
    worker.terminate();
  }
}

/** What the worker needs to paint the picture (and to put the map in), a few thousand items a message. */
export function* paintMessages(picture: TiledSvg, scale: number, embed: MapDoc | undefined): Generator<AssemblerMessage> {
  if (embed) {
    yield { type: 'embed', map: { ...embed, actors: [], relations: [] } };
    for (let i = 0; i < embed.actors.length; i += PIECES_PER_MESSAGE)
      yield { type: 'embedItems', list: 'actors', items: embed.actors.slice(i, i + PIECES_PER_MESSAGE) };
    for (let i = 0; i < embed.relations.length; i += PIECES_PER_MESSAGE)
      yield { type: 'embedItems', list: 'relations', items: embed.relations.slice(i, i + PIECES_PER_MESSAGE) };
  }
  const { pieces, ...parts } = picture;
  yield { type: 'picture', picture: parts, scale };
  for (let i = 0; i < pieces.length; i += PIECES_PER_MESSAGE) yield { type: 'pieces', pieces: pieces.slice(i, i + PIECES_PER_MESSAGE) };
}

/** The SVG way: each tile rasterised here as an SVG image and sent to the worker to be pasted. */
async function drawTilesHere(
  picture: TiledSvg,
  width: number,
  height: number,
  scale: number,
  {
    send,
    failed,
    onProgress,
  }: { send: (message: AssemblerMessage, transfer?: Transferable[]) => void; failed: Promise<never>; onProgress?: ExportProgressListener },
) {
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
}
