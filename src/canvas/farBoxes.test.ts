import { describe, expect, it } from 'vitest';
import type { Actor } from '../model';
import { estimateNodeSize, screenTheme } from '../render';
import { farBoxAt, farBoxesOf, farBoxIndex, farPaths } from './farBoxes';

const actor = (id: string, type: Actor['type'], x: number, y: number, name = `Toimija ${id}`) =>
  ({ id, type, name, position: { x, y }, services: [], areas: [] }) as unknown as Actor;

describe('far-out boxes', () => {
  const a = actor('a', 'person', 100, 50);
  const b = actor('b', 'organisation', 400, 50, 'Kansaneläkelaitoksen palveluneuvonta');

  it('are centred on the actor, measured where known, else the render estimate, grown by the size scale', () => {
    const [boxA, boxB] = farBoxesOf([a, b], new Map([['a', { width: 120, height: 44 }]]), screenTheme, { a: 2, b: 1.5 });
    expect(boxA).toEqual({ id: 'a', type: 'person', cx: 100, cy: 50, hw: 120, hh: 44 });
    const estimate = estimateNodeSize(b, screenTheme);
    expect(boxB).toMatchObject({ cx: 400, cy: 50, hw: (estimate.width * 1.5) / 2, hh: (estimate.height * 1.5) / 2 });
  });

  it('a size measured at a scale grows by the scale chosen since, not by the whole scale again', () => {
    const [box] = farBoxesOf([a], new Map([['a', { width: 200, height: 80 }]]), screenTheme, { a: 3 }, new Map([['a', 2]]));
    expect(box).toMatchObject({ hw: 150, hh: 60 });
  });

  it('are one path per type, dimmed ones first, each rectangle inset by half the stroke', () => {
    const boxes = farBoxesOf([a, b, actor('c', 'person', 0, 0)], new Map([['a', { width: 120, height: 44 }]]), screenTheme);
    const paths = farPaths(boxes, new Set(['c']), 2);
    expect(paths.map((p) => [p.type, p.dimmed, p.count])).toEqual([
      ['person', true, 1],
      ['person', false, 1],
      ['organisation', false, 1],
    ]);
    expect(paths[1]!.d).toBe('M41 29h118v42h-118z');
  });

  it('a point hits the box it is in, or the nearest within the slack, else none', () => {
    const index = farBoxIndex(farBoxesOf([a, b], new Map([['a', { width: 120, height: 44 }]]), screenTheme));
    expect(farBoxAt(index, 100, 50, 10)?.id).toBe('a');
    expect(farBoxAt(index, 165, 50, 10)?.id).toBe('a');
    expect(farBoxAt(index, 175, 50, 10)).toBeUndefined();
    expect(farBoxAt(index, 400, 60, 0)?.id).toBe('b');
  });
});
