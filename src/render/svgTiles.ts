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
  const minX = tile.x / scale;
  const minY = tile.y / scale;
  const maxX = (tile.x + tile.width) / scale;
  const maxY = (tile.y + tile.height) / scale;
  return picture.pieces.filter((p) => !p.box || (p.box.maxX >= minX && p.box.minX <= maxX && p.box.maxY >= minY && p.box.minY <= maxY));
}

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
        if (
          piece.box.maxX >= tile.x / scale &&
          piece.box.minX <= (tile.x + tile.width) / scale &&
          piece.box.maxY >= tile.y / scale &&
          piece.box.minY <= (tile.y + tile.height) / scale
        )
          lists[r * columns + c]!.push(piece);
      }
  }
  return lists;
}

/**
 * The tile side (device px) for a picture: tiles of a dense picture drawn small (a big map exported at a
 * lowered scale packs many actors into each tile), so that each tile draws in a short task; a sparse picture
 * in big tiles, because each tile costs a round trip (SVG text, decode, transfer to the encoder): 768 px tiles
 * made the 200-actor PNG take 3.3 s, 1500 px tiles 1.6 s with no task over 60 ms. About `perTile` pieces per
 * tile, between `min` and `max` px a side.
 */
export function tileSide(pieceCount: number, width: number, height: number, perTile = 30, min = 256, max = 1536): number {
  if (pieceCount === 0) return max;
  const side = Math.sqrt((perTile * width * height) / pieceCount);
  return Math.round(Math.min(max, Math.max(min, side)));
}
