import { describe, expect, it } from 'vitest';
import { addActor, addRelation, createMap } from '../model';
import { renderMapSvg } from './mapSvg';
import { pathBox, piecesByTile, piecesIn, tileRects, tileSide, tileSvg } from './svgTiles';
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

  it('draws a dense picture in smaller tiles and a sparse one in bigger tiles, within bounds', () => {
    // A 1000-actor map at 2× (about 7000 pieces): tiles of about 760 px, as measured to stay under 200 ms.
    expect(tileSide(7000, 16000, 8400)).toBeGreaterThan(700);
    expect(tileSide(7000, 16000, 8400)).toBeLessThan(800);
    // A 200-actor map drawn big (about 1000 pieces on 12000 × 6000 px): fewer, bigger tiles, so fewer round trips.
    expect(tileSide(1000, 12380, 6010)).toBeGreaterThan(1400);
    expect(tileSide(50000, 16000, 8500)).toBeLessThan(450);
    expect(tileSide(10_000_000, 1000, 1000)).toBe(256);
    expect(tileSide(0, 1000, 1000)).toBe(1536);
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
