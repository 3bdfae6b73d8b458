/**
 * A big SVG picture cut into tiles, so that it can be rasterised a piece at a
 * time: one SVG document of a 16,000 × 8,000 px map takes seconds to parse and
 * paint in one go, which freezes the page. Each tile is a small SVG document with
 * the picture's header and legend and only the pieces of the map that reach into
 * it, viewed through that tile's window (viewBox), so the tiles put side by side
 * are the same pixels as the whole picture drawn at once.
 */

/** An axis-aligned box in picture units. */
export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** One drawn element (or group) of the map with the box it may paint into; null = everywhere (kept in every tile). */
export interface SvgPiece {
  svg: string;
  box: Box | null;
  /**
   * Where inside `box` it may paint, when that is much less than the box: a long straight relation's box spans
   * half the map, and kept by its box alone it was in four times as many tiles as it crosses (549 relations in
   * a dense tile of the 5000-actor map, 145 of them crossing it), which made each tile's document and drawing
   * that much bigger.
   */
  reach?: Reach;
}

/** Where a piece paints: within `pad` of the straight segments `lines` (x0, y0, x1, y1, … flat) or inside one of `boxes`. */
export interface Reach {
  lines: number[];
  boxes: Box[];
  pad: number;
}

/** A picture as the parts a tile is assembled from. `pieces` are in picture units (header offset included). */
export interface TiledSvg {
  width: number;
  height: number;
  /** The root `<svg …>` tag's attributes other than size and viewBox (font family). */
  rootAttributes: string;
  /** Everything between the root tag and the map's pieces (background, header, opening groups). */
  open: string;
  pieces: SvgPiece[];
  /** Everything after the pieces (closing groups, legend column, `</svg>`). */
  close: string;
}

/** A tile in device pixels of the final image. */
export interface TileRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The box around the points of an SVG path with absolute commands only (M, L, C, Q, Z: the curves of the scene); null if it has none. */
export function pathBox(d: string): Box | null {
  const numbers = d.match(/-?\d*\.?\d+(?:e-?\d+)?/gi);
  if (!numbers || numbers.length < 2) return null;
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (let i = 0; i + 1 < numbers.length; i += 2) {
    const x = Number(numbers[i]);
    const y = Number(numbers[i + 1]);
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return { minX, minY, maxX, maxY };
}

/**
 * Where a path of absolute commands (M, L, C, Q, Z) paints, grown by `pad`: its straight segments as lines, each
 * curve as the box of its control points (a curve stays inside them); null for any other command (then only its box counts).
 */
export function pathReach(d: string, pad: number): Reach | null {
  const tokens = d.match(/[a-df-z]|-?\d*\.?\d+(?:e-?\d+)?/gi);
  if (!tokens) return null;
  const lines: number[] = [];
  const boxes: Box[] = [];
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let i = 0;
  const num = () => Number(tokens[i++]);
  while (i < tokens.length) {
    const command = tokens[i++]!;
    if (command === 'M') {
      x = startX = num();
      y = startY = num();
    } else if (command === 'L') {
      const nx = num();
      const ny = num();
      lines.push(x, y, nx, ny);
      x = nx;
      y = ny;
    } else if (command === 'C' || command === 'Q') {
      const xs = [x];
      const ys = [y];
      for (let k = command === 'C' ? 3 : 2; k > 0; k--) {
        xs.push(num());
        ys.push(num());
      }
      boxes.push(growBox({ minX: Math.min(...xs), minY: Math.min(...ys), maxX: Math.max(...xs), maxY: Math.max(...ys) }, pad));
      x = xs.at(-1)!;
      y = ys.at(-1)!;
    } else if (command === 'Z') {
      lines.push(x, y, startX, startY);
      x = startX;
      y = startY;
    } else return null;
    if (Number.isNaN(x) || Number.isNaN(y)) return null;
  }
  return { lines, boxes, pad };
}

/** Whether the segment (x0, y0)–(x1, y1) meets the box (Liang–Barsky clipping; touching counts). */
export function segmentMeetsBox(x0: number, y0: number, x1: number, y1: number, box: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = x1 - x0;
  const dy = y1 - y0;
  const sides: [number, number][] = [
    [-dx, x0 - box.minX],
    [dx, box.maxX - x0],
    [-dy, y0 - box.minY],
    [dy, box.maxY - y0],
  ];
  for (const [p, q] of sides) {
    if (p === 0) {
      if (q < 0) return false;
    } else if (p < 0) t0 = Math.max(t0, q / p);
    else t1 = Math.min(t1, q / p);
  }
  return t0 <= t1;
}

const meets = (a: Box, b: Box) => a.maxX >= b.minX && a.minX <= b.maxX && a.maxY >= b.minY && a.minY <= b.maxY;

/** Whether a piece may paint into a window of the picture (picture units); edges touching count. */
export function pieceReaches(piece: SvgPiece, window: Box): boolean {
  if (!piece.box) return true;
  if (!meets(piece.box, window)) return false;
  const reach = piece.reach;
  if (!reach) return true;
  if (reach.boxes.some((b) => meets(b, window))) return true;
  const grown = growBox(window, reach.pad);
  const l = reach.lines;
  for (let i = 0; i + 3 < l.length; i += 4) if (segmentMeetsBox(l[i]!, l[i + 1]!, l[i + 2]!, l[i + 3]!, grown)) return true;
  return false;
}

export function growBox(box: Box, by: number): Box {
  return { minX: box.minX - by, minY: box.minY - by, maxX: box.maxX + by, maxY: box.maxY + by };
}

export function unionBox(a: Box | null, b: Box | null): Box | null {
  if (!a) return b;
  if (!b) return a;
  return { minX: Math.min(a.minX, b.minX), minY: Math.min(a.minY, b.minY), maxX: Math.max(a.maxX, b.maxX), maxY: Math.max(a.maxY, b.maxY) };
}

/**
 * Cut a width × height image into tiles of at most `side` px a side, row by row.
 * Every pixel is in exactly one tile; tile edges are whole pixels, so neighbours meet without seams.
 */
export function tileRects(width: number, height: number, side: number): TileRect[] {
  const tiles: TileRect[] = [];
  for (let y = 0; y < height; y += side) {
    for (let x = 0; x < width; x += side) tiles.push({ x, y, width: Math.min(side, width - x), height: Math.min(side, height - y) });
  }
  return tiles;
}

/** The pieces that may paint into the tile (a tile of the image at `scale` device px per picture unit). */
export function piecesIn(picture: Pick<TiledSvg, 'pieces'>, tile: TileRect, scale: number): SvgPiece[] {
  const window = tileWindow(tile, scale);
  return picture.pieces.filter((p) => pieceReaches(p, window));
}

/** The part of the picture (picture units) a tile shows. */
export const tileWindow = (tile: TileRect, scale: number): Box => ({
  minX: tile.x / scale,
  minY: tile.y / scale,
  maxX: (tile.x + tile.width) / scale,
  maxY: (tile.y + tile.height) / scale,
});

/** The SVG document of one tile: tile.width × tile.height px showing that window of the picture at `scale`; `pieces` when already picked (piecesByTile). */
export function tileSvg(picture: TiledSvg, tile: TileRect, scale: number, pieces: readonly SvgPiece[] = piecesIn(picture, tile, scale)): string {
  const view = [tile.x / scale, tile.y / scale, tile.width / scale, tile.height / scale].join(' ');
  const body = pieces.map((p) => p.svg).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${tile.width}" height="${tile.height}" viewBox="${view}" preserveAspectRatio="none"${picture.rootAttributes}>${picture.open}${body}${picture.close}`;
}

/**
 * The pieces of every tile of `tileRects(width, height, side)`, in that order, each list in the picture's
 * order: every piece is put into the tiles its box reaches, once, instead of every tile testing every piece
 * (50,000 pieces × 800 tiles of a 5000-actor map).
 */
export function piecesByTile(picture: Pick<TiledSvg, 'pieces'>, width: number, height: number, side: number, scale: number): SvgPiece[][] {
  const columns = Math.ceil(width / side);
  const rows = Math.ceil(height / side);
  const lists: SvgPiece[][] = Array.from({ length: columns * rows }, () => []);
  const clamp = (v: number, max: number) => Math.min(max, Math.max(0, v));
  for (const piece of picture.pieces) {
    if (!piece.box) {
      for (const list of lists) list.push(piece);
      continue;
    }
    // The same test as piecesIn (edges touching count), in tile indices.
    const c0 = clamp(Math.ceil((piece.box.minX * scale) / side) - 1, columns - 1);
    const c1 = clamp(Math.floor((piece.box.maxX * scale) / side), columns - 1);
    const r0 = clamp(Math.ceil((piece.box.minY * scale) / side) - 1, rows - 1);
    const r1 = clamp(Math.floor((piece.box.maxY * scale) / side), rows - 1);
    for (let r = r0; r <= r1; r++)
      for (let c = c0; c <= c1; c++) {
        const tile = { x: c * side, y: r * side, width: Math.min(side, width - c * side), height: Math.min(side, height - r * side) };
        if (pieceReaches(piece, tileWindow(tile, scale))) lists[r * columns + c]!.push(piece);
      }
  }
  return lists;
}

/**
 * What a tile costs to draw, in bytes of its SVG document plus a share for its pixels: the page parses and lays
 * out the document (text above all) in one task, then paints it. On the 5000-actor map the tiles' tasks grew with
 * their text (a 150 kB tile took 0.2–0.5 s), while a 1536 px tile of a sparse map paints in well under 60 ms.
 */
export function tileCost(picture: Pick<TiledSvg, 'open' | 'close'>, pieces: readonly SvgPiece[], tile: TileRect): number {
  let bytes = picture.open.length + picture.close.length;
  for (const piece of pieces) bytes += piece.svg.length;
  return bytes + tile.width * tile.height * PIXEL_COST;
}

/** Bytes of SVG a pixel is worth: a 1536 px square of almost nothing costs as much as 28 kB of pieces. */
const PIXEL_COST = 0.012;

export interface TilePlan {
  /** Side of the first, coarse tiles (device px); the biggest a tile gets. */
  max: number;
  /** A tile is not cut below this side. */
  min: number;
  /** Most a tile may cost (tileCost) before it is cut in two. */
  budget: number;
}

/** Tiles of at most 1536 px (each tile is a round trip, so a sparse map goes in few), cut down to about 48 kB (SVG plus pixels) each. */
export const TILE_PLAN: TilePlan = { max: 1536, min: 96, budget: 48_000 };

/** A tile with the pieces that reach into it, in the picture's order. */
export interface PlannedTile {
  tile: TileRect;
  pieces: SvgPiece[];
}

/**
 * The tiles of a width × height image at `scale`, each with its pieces: a grid of `plan.max` px tiles, each cut
 * in halves (across its longer side, again and again) while it costs more than `plan.budget`, so that a dense
 * part of the map is drawn in small tiles and a sparse part in big ones, and no tile's task runs long. Every pixel
 * is in exactly one tile. Lazy: a coarse tile is cut only when its turn comes, so the work is spread over the
 * export's tasks rather than done up front.
 */
export function* plannedTiles(picture: TiledSvg, width: number, height: number, scale: number, plan: TilePlan = TILE_PLAN): Generator<PlannedTile> {
  const coarse = tileRects(width, height, plan.max);
  const lists = piecesByTile(picture, width, height, plan.max, scale);
  for (const [i, tile] of coarse.entries()) {
    const pieces = lists[i]!;
    lists[i] = [];
    yield* cut(picture, { tile, pieces }, scale, plan);
  }
}

function* cut(picture: TiledSvg, planned: PlannedTile, scale: number, plan: TilePlan): Generator<PlannedTile> {
  const { tile, pieces } = planned;
  const long = Math.max(tile.width, tile.height);
  if (long <= plan.min || tileCost(picture, pieces, tile) <= plan.budget) {
    yield planned;
    return;
  }
  const across = tile.width >= tile.height;
  const first = Math.floor(long / 2);
  const halves: TileRect[] = across
    ? [
        { x: tile.x, y: tile.y, width: first, height: tile.height },
        { x: tile.x + first, y: tile.y, width: tile.width - first, height: tile.height },
      ]
    : [
        { x: tile.x, y: tile.y, width: tile.width, height: first },
        { x: tile.x, y: tile.y + first, width: tile.width, height: tile.height - first },
      ];
  for (const half of halves) {
    const window = tileWindow(half, scale);
    yield* cut(picture, { tile: half, pieces: pieces.filter((p) => pieceReaches(p, window)) }, scale, plan);
  }
}
