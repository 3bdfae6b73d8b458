import { describe, expect, it } from 'vitest';
import type { MapSvg } from '../render/mapSvg';
import type { SvgPiece } from '../render/svgTiles';
import type { MapSvgJob } from '../render/mapSvgJob';
import { type JobPart, jobCollector, jobParts, PIECES_PER_MESSAGE, type PictureReply, pictureCollector } from './pictureReply';

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

describe('jobParts and jobCollector', () => {
  it('send a big job a few thousand items a message and put it together whole, in order, on the other side', () => {
    const actors = Array.from({ length: 5000 }, (_, i) => ({ id: `a${i}`, name: `A ${i}`, type: 'person' }));
    const relations = Array.from({ length: 15000 }, (_, i) => ({ id: `r${i}`, source: 'a0', target: `a${i % 5000}` }));
    const labelLines = Object.fromEntries(relations.map((r) => [r.id, [`topic ${r.id}`, 'email']]));
    const job = {
      map: { id: 'm', title: 'Big', actors, relations },
      sizes: new Map([['a0', { width: 1, height: 2 }]]),
      labelLines,
      title: 'Big',
    } as unknown as MapSvgJob;
    const parts = [...jobParts(job, 'tiles')];
    // No message carries more than PIECES_PER_MESSAGE items.
    const sizes = parts.map((p: JobPart) => (p.type === 'actors' || p.type === 'relations' ? p.items.length : p.type === 'lines' ? p.entries.length : 0));
    expect(Math.max(...sizes)).toBe(PIECES_PER_MESSAGE);
    expect(parts.filter((p) => p.type !== 'job' && p.type !== 'go')).toHaveLength(3 + 8 + 8);
    // Structured clone, as postMessage does.
    const collect = jobCollector();
    const results = parts.map((p) => collect(structuredClone(p)));
    expect(results.slice(0, -1).every((r) => r === null)).toBe(true);
    const whole = results.at(-1)!;
    expect(whole.want).toBe('tiles');
    expect(whole.job).toEqual(job);
    // The job given was not emptied on the way.
    expect(job.map.actors).toHaveLength(5000);
  });
});
