import { describe, expect, it } from 'vitest';
import type { MapSvg } from '../render/mapSvg';
import type { SvgPiece } from '../render/svgTiles';
import { type PictureReply, pictureCollector } from './pictureReply';

const piece = (i: number): SvgPiece => ({ svg: `<path id="p${i}"/>`, box: { minX: i, minY: 0, maxX: i + 1, maxY: 1 } });
const head = { svg: '', width: 10, height: 5 } as unknown as Omit<MapSvg, 'tiled'>;
const tiled = { width: 10, height: 5, rootAttributes: '', open: '<g>', pieces: [], close: '</g></svg>' };

function collect(replies: PictureReply[]) {
  const got: { picture?: MapSvg; error?: Error } = {};
  const handle = pictureCollector(
    (picture) => void (got.picture = picture),
    (error) => void (got.error = error),
  );
  for (const reply of replies) handle(reply);
  return got;
}

describe('pictureCollector', () => {
  it('puts the pieces of every message back together, in order, and resolves only after the last one', () => {
    const pieces = Array.from({ length: 5 }, (_, i) => piece(i));
    const first: PictureReply = { type: 'picture', picture: { ...head, tiled }, pieceMessages: 2 };
    expect(collect([first, { type: 'pieces', pieces: pieces.slice(0, 3) }]).picture).toBeUndefined();
    const got = collect([first, { type: 'pieces', pieces: pieces.slice(0, 3) }, { type: 'pieces', pieces: pieces.slice(3) }]);
    expect(got.picture?.tiled.pieces.map((p) => p.svg)).toEqual(pieces.map((p) => p.svg));
    expect(got.picture?.tiled.open).toBe('<g>');
  });

  it('resolves at once for an SVG-only picture, with empty tiles', () => {
    const got = collect([{ type: 'picture', picture: { ...head, svg: '<svg/>' }, pieceMessages: 0 }]);
    expect(got.picture?.svg).toBe('<svg/>');
    expect(got.picture?.tiled.pieces).toEqual([]);
  });

  it('rejects with the worker’s error', () => {
    expect(collect([{ type: 'error', message: 'boom' }]).error?.message).toBe('boom');
  });
});
