/** The figures against brute force (bruteForce.ts) on random graphs, self-loops and repeats included. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adjacency, bruteArticulation, bruteBetweenness, countParts } from './bruteForce';
import { computeInsights } from './computeInsights';
import { pairsMap } from './testMaps';

/** A graph of 0–14 actors with random pairs, including self-loops and the same pair twice. */
const graphs = fc.integer({ min: 0, max: 14 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    pairs:
      n === 0
        ? fc.constant([] as [number, number][])
        : fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })), { maxLength: 40 }),
  }),
);

describe('insights against brute force', () => {
  it('betweenness equals pair counting σ_st(v) = σ_sv · σ_vt', () => {
    fc.assert(
      fc.property(graphs, ({ n, pairs }) => {
        const insights = computeInsights(pairsMap(n, pairs));
        const expected = bruteBetweenness(adjacency(n, pairs));
        expected.forEach((value, i) => expect(insights.figures[String(i)]!.betweenness).toBeCloseTo(value, 10));
      }),
      { numRuns: 300 },
    );
  });

  it('articulation points are exactly the actors whose removal adds a separate part', () => {
    fc.assert(
      fc.property(graphs, ({ n, pairs }) => {
        const adj = adjacency(n, pairs);
        // An isolated actor's removal takes its part away: not a point of failure.
        const expected = bruteArticulation(adj).map(String);
        expect(computeInsights(pairsMap(n, pairs)).articulationPoints).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('parts and isolated actors cover every actor once, as many as brute force counts; degree and density agree', () => {
    fc.assert(
      fc.property(graphs, ({ n, pairs }) => {
        const adj = adjacency(n, pairs);
        const insights = computeInsights(pairsMap(n, pairs));
        expect(insights.parts.length + insights.isolated.length).toBe(countParts(adj));
        expect([...insights.parts.flat(), ...insights.isolated].sort()).toEqual(adj.map((_, i) => String(i)).sort());
        adj.forEach((list, i) => expect(insights.figures[String(i)]!.degree).toBe(list.length));
        const edges = adj.reduce((s, l) => s + l.length, 0) / 2;
        expect(insights.density).toBeCloseTo(n < 2 ? 0 : edges / ((n * (n - 1)) / 2), 12);
      }),
      { numRuns: 300 },
    );
  });

  it('communities split the connected actors, never cross a gap between parts, and do not depend on the run', () => {
    fc.assert(
      fc.property(graphs, ({ n, pairs }) => {
        const map = pairsMap(n, pairs);
        const insights = computeInsights(map);
        const partOf = new Map(insights.parts.flatMap((part, p) => part.map((id) => [id, p] as const)));
        for (const group of insights.communities) expect(new Set(group.map((id) => partOf.get(id))).size).toBe(1);
        expect(computeInsights(map).communities).toEqual(insights.communities);
      }),
      { numRuns: 150 },
    );
  });
});

it('a chain of 20 000 actors does not overflow the stack (articulation points are iterative)', () => {
  const n = 20_000;
  const pairs = Array.from({ length: n - 1 }, (_, i) => [i, i + 1] as [number, number]);
  // Only the structural part: betweenness on a long chain is slow and beside the point here.
  const adj = adjacency(n, pairs);
  return import('./articulation').then(({ articulationPoints }) => {
    expect(articulationPoints({ ids: adj.map((_, i) => String(i)), neighbours: adj, edgeCount: n - 1 })).toHaveLength(n - 2);
  });
});
