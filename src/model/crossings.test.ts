import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countCrossings, untangle } from './crossings';

const at = (points: Record<string, [number, number]>) => new Map(Object.entries(points).map(([id, [x, y]]) => [id, { x, y }]));

describe('countCrossings', () => {
  it('counts two diagonals of a square as one crossing, and lines sharing an actor as none', () => {
    const square = at({ a: [0, 0], b: [100, 0], c: [100, 100], d: [0, 100] });
    expect(
      countCrossings(square, [
        { source: 'a', target: 'c' },
        { source: 'b', target: 'd' },
      ]),
    ).toBe(1);
    expect(
      countCrossings(square, [
        { source: 'a', target: 'b' },
        { source: 'a', target: 'c' },
      ]),
    ).toBe(0);
  });
});

describe('untangle', () => {
  it('never adds crossings and only exchanges positions', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 900 }), fc.integer({ min: 0, max: 900 })), { minLength: 3, maxLength: 14 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 2, maxLength: 20 }),
        (points, pairs) => {
          const positions = new Map(points.map(([x, y], i) => [`n${i}`, { x, y }]));
          const edges = pairs.map(([s, t]) => ({ source: `n${s % points.length}`, target: `n${t % points.length}` }));
          const out = untangle(positions, edges);
          expect(countCrossings(out, edges)).toBeLessThanOrEqual(countCrossings(positions, edges));
          const key = (m: Map<string, { x: number; y: number }>) => [...m.values()].map((p) => `${p.x},${p.y}`).sort();
          expect(key(out)).toEqual(key(positions));
        },
      ),
      { numRuns: 100 },
    );
  });
});
