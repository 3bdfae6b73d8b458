/**
 * Draws a big picture and encodes the PNG off the main thread. Two ways in:
 * - `paint`: the picture's SVG parts (`picture`, then its `pieces` a few thousand a message) are painted here
 *   with Canvas 2D (io/svgPaint), tile by tile, so the page does no drawing at all. Replies `progress` per
 *   tile, then `done`; `unsupported` if the picture has markup the painter does not know, or painting fails
 *   (then the page rasterises the SVG itself and sends `tile`s).
 * - `tile`: an ImageBitmap rasterised by the page (io/tiledPng's SVG way), pasted where it goes.
 * `embed`: the map to carry in the PNG. `finish` → the PNG Blob back. Encoding 100 M pixels takes seconds, and
 * writing a 5000-actor map's JSON and putting it into the PNG took 50 + 70 ms on the page; here it freezes nothing.
 */
import { type MapDoc, toMapJson } from '../model';
import type { SvgPiece, TiledSvg } from '../render/svgTiles';
import { embedMapInPng } from './formats/png';
import { piecesByTile, tileRects } from '../render/svgTiles';
import { SvgPainter } from './svgPaint';

export type AssemblerMessage =
  | { type: 'start'; width: number; height: number }
  | { type: 'picture'; picture: Omit<TiledSvg, 'pieces'>; scale: number }
  | { type: 'pieces'; pieces: SvgPiece[] }
  | { type: 'paint' }
  /** The map whose interchange JSON the PNG carries (io/formats/png): written and put in here, not on the page. */
  | { type: 'embed'; map: MapDoc }
  /** The embedded map's actors or relations, a few thousand a message (copying all at once was a long task on the page). */
  | { type: 'embedItems'; list: 'actors'; items: MapDoc['actors'] }
  | { type: 'embedItems'; list: 'relations'; items: MapDoc['relations'] }
  | { type: 'tile'; x: number; y: number; bitmap: ImageBitmap }
  | { type: 'finish' };

export type AssemblerReply =
  | { type: 'progress'; done: number }
  | { type: 'unsupported'; message: string }
  | { type: 'done'; blob: Blob }
  | { type: 'error'; message: string };

/** Side of the tiles painted here: the layers of dimmed groups are this big; a tile's pieces are picked by their boxes. */
export const PAINT_TILE = 2048;

let canvas: OffscreenCanvas | null = null;
let context: OffscreenCanvasRenderingContext2D | null = null;
let embed: MapDoc | null = null;
let picture: { parts: Omit<TiledSvg, 'pieces'>; pieces: SvgPiece[]; scale: number } | null = null;

const post = (reply: AssemblerReply) => (self as unknown as Worker).postMessage(reply);

function clear() {
  context!.setTransform(1, 0, 0, 1, 0, 0);
  context!.fillStyle = '#ffffff';
  context!.fillRect(0, 0, canvas!.width, canvas!.height);
}

const context2d = (width: number, height: number) => {
  const made = new OffscreenCanvas(width, height).getContext('2d');
  if (!made) throw new Error('no 2d context');
  return made;
};

/** Paint the picture onto the canvas, a PAINT_TILE square at a time, as the SVG would be drawn at `scale`. */
function paint() {
  const { parts, pieces, scale } = picture!;
  const family =
    parts.rootAttributes
      .match(/font-family="([^"]*)"/)?.[1]
      ?.replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&') ?? 'sans-serif';
  const { width, height } = canvas!;
  const tiles = tileRects(width, height, PAINT_TILE);
  const lists = piecesByTile({ pieces }, width, height, PAINT_TILE, scale);
  const tile = context2d(Math.min(PAINT_TILE, width), Math.min(PAINT_TILE, height));
  const layers: OffscreenCanvasRenderingContext2D[] = [];
  const layer = (depth: number) => (layers[depth] ??= context2d(tile.canvas.width, tile.canvas.height));
  let drawn = 0;
  for (const [i, rect] of tiles.entries()) {
    tile.setTransform(1, 0, 0, 1, 0, 0);
    tile.clearRect(0, 0, tile.canvas.width, tile.canvas.height);
    // SVG's default miter limit (the canvas's is 10).
    tile.miterLimit = 4;
    tile.setTransform(scale, 0, 0, scale, -rect.x, -rect.y);
    const painter = new SvgPainter(tile, family, layer);
    painter.paint(parts.open);
    for (const piece of lists[i]!) painter.paint(piece.svg);
    lists[i] = [];
    painter.paint(parts.close);
    context!.drawImage(tile.canvas, 0, 0, rect.width, rect.height, rect.x, rect.y, rect.width, rect.height);
    drawn += rect.width * rect.height;
    post({ type: 'progress', done: drawn / (width * height) });
  }
}

self.onmessage = async (event: MessageEvent<AssemblerMessage>) => {
  const message = event.data;
  try {
    if (message.type === 'start') {
      canvas = new OffscreenCanvas(message.width, message.height);
      context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d context');
      clear();
    } else if (message.type === 'embed') embed = message.map;
    else if (message.type === 'embedItems') for (const item of message.items) (embed![message.list] as unknown[]).push(item);
    else if (message.type === 'picture') picture = { parts: message.picture, pieces: [], scale: message.scale };
    else if (message.type === 'pieces') for (const piece of message.pieces) picture!.pieces.push(piece);
    else if (message.type === 'paint') {
      try {
        paint();
      } catch (error) {
        // Markup the painter does not know, or a browser whose worker canvas lacks something it uses (roundRect,
        // text): the page draws the picture the SVG way instead.
        clear();
        post({ type: 'unsupported', message: error instanceof Error ? error.message : String(error) });
        return;
      } finally {
        picture = null;
      }
      await finish();
    } else if (message.type === 'tile') {
      context!.drawImage(message.bitmap, message.x, message.y);
      message.bitmap.close();
    } else await finish();
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};

async function finish() {
  let blob = await canvas!.convertToBlob({ type: 'image/png' });
  canvas = null;
  context = null;
  if (embed) blob = await embedMapInPng(blob, toMapJson(embed));
  embed = null;
  post({ type: 'done', blob });
}
