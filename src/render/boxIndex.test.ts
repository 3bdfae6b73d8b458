import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BoxIndex } from './boxIndex';

const box = fc.record({
  cx: fc.integer({ min: -50_000, max: 50_000 }),
  cy: fc.integer({ min: -50_000, max: 50_000 }),
  hw: fc.integer({ min: 1, max: 800 }),
  hh: fc.integer({ min: 1, max: 800 }),
});

describe('BoxIndex', () => {
  it('finds every box that comes within the margin of a query box, on either side of the origin', () => {
    fc.assert(
      fc.property(fc.array(box, { maxLength: 60 }), box, fc.integer({ min: 0, max: 300 }), (boxes, query, margin) => {
        const index = new BoxIndex(boxes);
        const found = index.near(query, margin);
        for (const b of boxes) {
          const overlaps = Math.abs(b.cx - query.cx) <= b.hw + query.hw + margin && Math.abs(b.cy - query.cy) <= b.hh + query.hh + margin;
          if (overlaps) expect(found.has(b)).toBe(true);
        }
      }),
      { seed: 11, numRuns: 200 },
    );
  });
});
