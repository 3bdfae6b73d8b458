import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CentredBox, curvePoint, relationBends, relationShape } from './geometry';
import { LABEL_GAP, layoutLabel, placeLabels } from './labels';
import { textWidth } from './text';
import { screenTheme } from './theme';

const theme = screenTheme;

function overlaps(a: CentredBox, b: CentredBox): boolean {
  return Math.abs(a.cx - b.cx) < a.hw + b.hw && Math.abs(a.cy - b.cy) < a.hh + b.hh;
}

/** Distance from a point to a curve's drawn part, by sampling. */
function distanceToCurve(p: { x: number; y: number }, shape: ReturnType<typeof relationShape>): number {
  let best = Infinity;
  for (let i = 0; i <= 400; i++) {
    const q = curvePoint(shape.curve, shape.t0 + ((shape.t1 - shape.t0) * i) / 400);
    best = Math.min(best, Math.hypot(q.x - p.x, q.y - p.y));
  }
  return best;
}

describe('layoutLabel', () => {
  it('wraps topics and methods at word boundaries and sizes the box to hold the widest row', () => {
    const layout = layoutLabel(['Oppisopimustoimisto, Työllisyyspalvelut', 'tapaaminen · sähköposti · puhelin'], 3, theme);
    expect(layout.rows.map((r) => r.text)).toEqual(['Oppisopimustoimisto,', 'Työllisyyspalvelut', 'tapaaminen · sähköposti ·', 'puhelin']);
    expect(layout.rows.map((r) => r.italic)).toEqual([false, false, true, true]);
    for (const row of layout.rows) expect(textWidth(row.text, theme.label.fontSize)).toBeLessThanOrEqual(layout.textWidth);
    expect(layout.weightText).toBe('×3');
    expect(layout.height).toBeGreaterThanOrEqual(4 * theme.label.lineHeight);
  });
});

describe('placeLabels', () => {
  it('puts a lone label in the middle of its line', () => {
    const shape = relationShape({ cx: 0, cy: 0, hw: 50, hh: 20 }, { cx: 400, cy: 0, hw: 50, hh: 20 }, 0, 'forward', theme.edge);
    const spot = placeLabels([{ id: 'a', curve: shape.curve, t0: shape.t0, t1: shape.t1, width: 60, height: 20 }], [])!.get('a')!;
    expect(spot.leader).toBe(false);
    expect(spot.x).toBeCloseTo(200, 0);
    expect(spot.y).toBeCloseTo(0, 5);
  });

  it('on any map, every label sits on its own line (or beside it with a leader to it) and overlaps no node and no other label', () => {
    const map = fc.record({
      // Nodes on a coarse grid, so they never overlap one another.
      cells: fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 })), {
        minLength: 2,
        maxLength: 14,
        selector: ([x, y]) => `${x},${y}`,
      }),
      pairs: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 3 }), fc.boolean()), { minLength: 1, maxLength: 30 }),
    });
    fc.assert(
      fc.property(map, ({ cells, pairs }) => {
        const boxes = new Map(cells.map(([x, y], i) => [`n${i}`, { cx: x * 260, cy: y * 160, hw: 75, hh: 24 }]));
        const relations = pairs
          .map(([s, t, words, reverse], i) => ({ id: `r${i}`, source: `n${s % cells.length}`, target: `n${t % cells.length}`, words, reverse }))
          .filter((r) => r.source !== r.target);
        const bends = relationBends(relations, boxes);
        const shapes = new Map(relations.map((r) => [r.id, relationShape(boxes.get(r.source)!, boxes.get(r.target)!, bends.get(r.id)!, 'both', theme.edge)]));
        const layouts = new Map(relations.map((r) => [r.id, layoutLabel(['Oppisopimustoimisto asumisneuvonta'.slice(0, 8 * r.words), 'puhelin'], 1, theme)]));
        const spots = placeLabels(
          relations.map((r) => ({ id: r.id, curve: shapes.get(r.id)!.curve, t0: shapes.get(r.id)!.t0, t1: shapes.get(r.id)!.t1, ...layouts.get(r.id)! })),
          [...boxes.values()],
        );
        const placed = relations.map((r) => {
          const s = spots.get(r.id)!;
          return { id: r.id, s, box: { cx: s.x, cy: s.y, hw: s.width / 2, hh: s.height / 2 } };
        });
        for (const { id, s, box } of placed) {
          const shape = shapes.get(id)!;
          // Its anchor is on its own drawn curve; without a leader, the anchor is its centre.
          expect(distanceToCurve(s.anchor, shape)).toBeLessThan(1);
          if (!s.leader) expect(Math.hypot(s.anchor.x - s.x, s.anchor.y - s.y)).toBeLessThan(1e-6);
          for (const node of boxes.values()) expect(overlaps(box, node)).toBe(false);
        }
        for (let i = 0; i < placed.length; i++)
          for (let j = i + 1; j < placed.length; j++) {
            const a = placed[i]!.box;
            const b = placed[j]!.box;
            expect(overlaps({ ...a, hw: a.hw + LABEL_GAP / 2, hh: a.hh + LABEL_GAP / 2 }, b)).toBe(false);
          }
      }),
      { numRuns: 150 },
    );
  });

  it('places 3000 labels on a 1000-actor map', () => {
    const boxes = new Map(Array.from({ length: 1000 }, (_, i) => [`n${i}`, { cx: (i % 40) * 300, cy: Math.floor(i / 40) * 200, hw: 80, hh: 25 }]));
    const relations = Array.from({ length: 3000 }, (_, i) => ({ id: `r${i}`, source: `n${i % 1000}`, target: `n${(i * 7 + 1) % 1000}` }));
    const bends = relationBends(relations, boxes);
    const spots = placeLabels(
      relations
        .filter((r) => r.source !== r.target)
        .map((r) => {
          const shape = relationShape(boxes.get(r.source)!, boxes.get(r.target)!, bends.get(r.id)!, 'forward', theme.edge);
          return { id: r.id, curve: shape.curve, t0: shape.t0, t1: shape.t1, width: 120, height: 34 };
        }),
      [...boxes.values()],
    );
    expect(spots.size).toBeGreaterThan(2900);
  });
});
