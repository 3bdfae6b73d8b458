import { describe, expect, it } from 'vitest';
import { addActor, addRelation, createMap } from '../model';
import { renderMapSvg } from './mapSvg';
import { pathBox, pathReach, pieceReaches, piecesByTile, piecesIn, plannedTiles, type SvgPiece, tileCost, tileRects, tileSvg } from './svgTiles';
import { printTheme } from './theme';

function regional(count: number) {
  let map = createMap({ kind: 'regional', title: 'Alue <x>', author: 'Aino' });
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const added = addActor(map, { type: 'organisation', name: `Toimija ${i}`, position: { x: (i % 10) * 400, y: Math.floor(i / 10) * 300 } });
    map = added.map;
    ids.push(added.actor.id);
  }
  for (let i = 1; i < count; i++) map = addRelation(map, { source: ids[i - 1]!, target: ids[i]!, direction: i % 2 ? 'both' : 'forward' }).map;
  return map;
}

const picture = (map: ReturnType<typeof regional>) =>
  renderMapSvg({
    map,
    theme: printTheme,
    sizes: new Map(),
    labelLines: () => ['aihe'],
    ringNames: { 1: 'a', 2: 'b', 3: 'c' },
    areaNames: { everyday: 'Arki', education: 'Koul', employment: 'Työ' },
    title: map.title,
  });

describe('tiles of a picture', () => {
  it('cover every pixel exactly once, with whole-pixel edges', () => {
    const tiles = tileRects(2500, 1100, 1024);
    expect(tiles).toHaveLength(6);
    const area = tiles.reduce((sum, t) => sum + t.width * t.height, 0);
    expect(area).toBe(2500 * 1100);
    expect(tiles.at(-1)).toEqual({ x: 2048, y: 1024, width: 452, height: 76 });
    expect(tiles.every((t) => Number.isInteger(t.x) && Number.isInteger(t.width))).toBe(true);
  });

  it('one tile of the whole picture at scale 1 is the picture itself (same pieces, same order)', () => {
    const p = picture(regional(30));
    const whole = tileSvg(p.tiled, { x: 0, y: 0, width: p.tiled.width, height: p.tiled.height }, 1);
    const body = (svg: string) => svg.slice(svg.indexOf('>') + 1);
    expect(body(whole)).toBe(body(p.svg));
    expect(whole).toContain(`viewBox="0 0 ${p.width} ${p.height}"`);
    expect(whole).toContain('font-family=');
  });

  it('a tile holds the pieces that reach into it and leaves out those far away', () => {
    const p = picture(regional(60));
    const scale = 2;
    const tiles = tileRects(Math.round(p.width * scale), Math.round(p.height * scale), 512);
    const relations = p.svg.match(/data-relation=/g)!.length;
    // Every relation is drawn in at least one tile, and no tile has them all (the map spans many tiles).
    const seen = new Set<string>();
    for (const tile of tiles) for (const piece of piecesIn(p.tiled, tile, scale)) seen.add(piece.svg);
    expect([...seen].filter((s) => s.includes('data-relation=')).length).toBe(relations);
    expect(Math.max(...tiles.map((t) => piecesIn(p.tiled, t, scale).filter((x) => x.svg.includes('data-relation')).length))).toBeLessThan(relations);
    // The header and legend are in every tile's document.
    for (const tile of tiles.slice(0, 3)) expect(tileSvg(p.tiled, tile, scale)).toContain('data-header="true"');
  });

  it('boxes absolute paths by their points', () => {
    expect(pathBox('M10 20L-5 7.5C1 2 3 4 100 -3Z')).toEqual({ minX: -5, minY: -3, maxX: 100, maxY: 20 });
    expect(pathBox('Z')).toBeNull();
  });

  it("reads where a path paints: straight segments as lines, curves as their control points' box", () => {
    expect(pathReach('M0 0L10 0L10 10Z', 2)).toEqual({ lines: [0, 0, 10, 0, 10, 0, 10, 10, 10, 10, 0, 0], boxes: [], pad: 2 });
    expect(pathReach('M0 0C5 -5 10 5 20 0', 1)?.boxes).toEqual([{ minX: -1, minY: -6, maxX: 21, maxY: 6 }]);
    expect(pathReach('M0 0Q5 8 10 0', 0)?.boxes).toEqual([{ minX: 0, minY: 0, maxX: 10, maxY: 8 }]);
    // Anything else (relative or arc commands) is left to the piece's box.
    expect(pathReach('M0 0l10 10', 1)).toBeNull();
    expect(pathReach('M0 0A5 5 0 0 1 10 10', 1)).toBeNull();
  });

  it('keeps a long diagonal relation out of the windows its box spans but its line does not cross', () => {
    const d = 'M0 0L1000 1000';
    const piece: SvgPiece = { svg: '<path/>', box: { minX: -6, minY: -6, maxX: 1006, maxY: 1006 }, reach: pathReach(d, 6)! };
    expect(pieceReaches(piece, { minX: 800, minY: 0, maxX: 1000, maxY: 200 })).toBe(false);
    expect(pieceReaches(piece, { minX: 400, minY: 400, maxX: 600, maxY: 600 })).toBe(true);
    // Within the pad of the line counts (its stroke), just beyond does not.
    expect(pieceReaches(piece, { minX: 505, minY: 0, maxX: 600, maxY: 500 })).toBe(true);
    expect(pieceReaches(piece, { minX: 520, minY: 0, maxX: 600, maxY: 500 })).toBe(false);
    // A head's box reaches on its own, even where the line does not.
    const headed: SvgPiece = { ...piece, reach: { ...piece.reach!, boxes: [{ minX: 990, minY: 900, maxX: 1010, maxY: 920 }] } };
    expect(pieceReaches(headed, { minX: 995, minY: 850, maxX: 1000, maxY: 905 })).toBe(true);
  });

  it('plans tiles that cover every pixel exactly once, each within the cost budget, with the pieces that reach it', () => {
    const p = picture(regional(120));
    const plan = { max: 1536, min: 64, budget: 6000 };
    for (const scale of [0.5, 1, 2]) {
      const width = Math.round(p.width * scale);
      const height = Math.round(p.height * scale);
      const planned = [...plannedTiles(p.tiled, width, height, scale, plan)];
      const covered = new Uint8Array(width * height);
      for (const { tile, pieces } of planned) {
        for (let y = tile.y; y < tile.y + tile.height; y++) for (let x = tile.x; x < tile.x + tile.width; x++) covered[y * width + x]!++;
        expect(Number.isInteger(tile.x) && Number.isInteger(tile.y) && Number.isInteger(tile.width) && Number.isInteger(tile.height)).toBe(true);
        expect(pieces).toEqual(piecesIn(p.tiled, tile, scale));
        expect(Math.max(tile.width, tile.height) <= plan.min || tileCost(p.tiled, pieces, tile) <= plan.budget).toBe(true);
      }
      expect(covered.every((c) => c === 1)).toBe(true);
      // Dense enough to be cut below the coarse grid.
      expect(planned.length).toBeGreaterThan(tileRects(width, height, plan.max).length);
    }
  });

  it('keeps a sparse picture in the big coarse tiles (each tile is a round trip)', () => {
    const p = picture(regional(12));
    const planned = [...plannedTiles(p.tiled, Math.round(p.width * 2), Math.round(p.height * 2), 2)];
    expect(planned.map((t) => t.tile)).toEqual(tileRects(Math.round(p.width * 2), Math.round(p.height * 2), 1536));
  });

  it('bucketing pieces by tile gives each tile the same pieces, in the same order, as testing every piece', () => {
    const p = picture(regional(60));
    for (const scale of [0.5, 1, 2]) {
      const width = Math.round(p.width * scale);
      const height = Math.round(p.height * scale);
      const tiles = tileRects(width, height, 300);
      const buckets = piecesByTile(p.tiled, width, height, 300, scale);
      expect(buckets).toHaveLength(tiles.length);
      tiles.forEach((tile, i) => expect(buckets[i]).toEqual(piecesIn(p.tiled, tile, scale)));
    }
  });
});
