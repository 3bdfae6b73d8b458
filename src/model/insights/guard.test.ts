/**
 * graphology's neighbourhood index overflows at 256 and 65536 entries (see
 * guard.ts). These tests show the defect is still there in the installed
 * version (so the guard is still needed) and that the figures are right anyway.
 */
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { describe, expect, it } from 'vitest';
import { actorGraph, toGraphology } from './actorGraph';
import { adjacency, bruteBetweenness } from './bruteForce';
import { computeInsights } from './computeInsights';
import { neighbourhoodSize, overflows } from './guard';
import { pairsMap } from './testMaps';

/** The first `count` pairs of a fixed order over n nodes: a ring first (so every node has a neighbour), then chords. */
function pairsOf(n: number, count: number): [number, number][] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < n && pairs.length < count; i++) pairs.push([i, (i + 1) % n]);
  for (let step = 2; step <= n / 2 && pairs.length < count; step++) {
    for (let i = 0; i < n && pairs.length < count; i++) {
      const j = (i + step) % n;
      if (step * 2 === n && j < i) continue; // the diameter pairs appear once
      pairs.push([i, j]);
    }
  }
  if (pairs.length !== count) throw new Error('not enough pairs');
  return pairs;
}

describe('the 256 / 65536 neighbourhood guard', () => {
  const n = 40;
  const pairs = pairsOf(n, 128);
  const map = pairsMap(n, pairs);

  it('128 mutual relations make the bad size, and bare graphology gets betweenness wrong', () => {
    const g = toGraphology(actorGraph(map));
    expect(neighbourhoodSize(g)).toBe(256);
    expect(overflows(g)).toBe(true);
    const bare = betweennessCentrality(g, { getEdgeWeight: null });
    const expected = bruteBetweenness(adjacency(n, pairs));
    const worst = Math.max(...expected.map((x, i) => Math.abs(x - bare[String(i)]!)));
    expect(worst).toBeGreaterThan(1e-3);
  });

  it('with the guard, 128 undirected edges give the brute-force betweenness and the usual groups', () => {
    const insights = computeInsights(map);
    const expected = bruteBetweenness(adjacency(n, pairs));
    expected.forEach((value, i) => expect(insights.figures[String(i)]!.betweenness).toBeCloseTo(value, 10));
    expect(insights.figures['39']!.degree).toBeGreaterThan(0);
    // Every actor is in a group, and the dummy nodes of the guard are in none.
    expect(insights.communities.flat().sort()).toEqual(map.actors.map((a) => a.id).sort());
  });

  it('with the guard, 32768 edges (65536 entries) also give the brute-force betweenness', () => {
    const big = 260;
    const bigPairs = pairsOf(big, 32768);
    const bigMap = pairsMap(big, bigPairs);
    expect(neighbourhoodSize(toGraphology(actorGraph(bigMap)))).toBe(65536);
    const insights = computeInsights(bigMap);
    const expected = bruteBetweenness(adjacency(big, bigPairs));
    expected.forEach((value, i) => expect(insights.figures[String(i)]!.betweenness).toBeCloseTo(value, 10));
  }, 30_000);
});

describe('self-loops', () => {
  it('change bare graphology betweenness, so the actor graph never has them', () => {
    const map = pairsMap(3, [
      [0, 1],
      [1, 2],
    ]);
    const g = toGraphology(actorGraph(map));
    const plain = betweennessCentrality(g, { getEdgeWeight: null });
    const looped = g.copy({ allowSelfLoops: true });
    looped.addEdge('1', '1');
    expect(betweennessCentrality(looped, { getEdgeWeight: null })).not.toEqual(plain);
    const withLoop = pairsMap(3, [
      [0, 1],
      [1, 2],
      [1, 1],
    ]);
    expect(toGraphology(actorGraph(withLoop)).selfLoopCount).toBe(0);
    expect(computeInsights(withLoop).figures['1']!.betweenness).toBe(1);
  });
});
