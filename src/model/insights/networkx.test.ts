/**
 * One cross-check against Python's networkx, the reference the conventions name
 * (docs/insights.md): betweenness_centrality(G, normalized=True) and
 * articulation_points on the same undirected graph. CI installs python3-networkx
 * (.ci/run).
 */
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { computeInsights } from './computeInsights';
import { pairsMap } from './testMaps';

const PYTHON = `
import json, sys
import networkx as nx
graphs = json.load(sys.stdin)
out = []
for g in graphs:
    G = nx.Graph()
    G.add_nodes_from(range(g["n"]))
    G.add_edges_from((a, b) for a, b in g["pairs"] if a != b)
    out.append({
        "betweenness": [nx.betweenness_centrality(G, normalized=True)[v] for v in range(g["n"])],
        "articulation": sorted(nx.articulation_points(G)),
    })
json.dump(out, sys.stdout)
`;

it('agrees with networkx on betweenness and articulation points of 60 random graphs (and the 256 case)', () => {
  const random = fc.sample(
    fc.integer({ min: 1, max: 25 }).chain((n) => fc.record({ n: fc.constant(n), pairs: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 60 }) })),
    { numRuns: 60, seed: 9 },
  );
  // 128 distinct pairs on 30 nodes: the size at which bare graphology goes wrong.
  const pairs128: [number, number][] = [];
  for (let a = 0; a < 30 && pairs128.length < 128; a++) for (let b = a + 1; b < 30 && pairs128.length < 128; b += 3) pairs128.push([a, b]);
  const graphs = [...random, { n: 30, pairs: pairs128 }];

  let stdout: string;
  try {
    stdout = execFileSync('python3', ['-c', PYTHON], { input: JSON.stringify(graphs), encoding: 'utf8' });
  } catch (error) {
    throw new Error(`python3 with networkx is needed for this test (Debian: apt-get install python3-networkx): ${error}`);
  }
  const expected = JSON.parse(stdout) as { betweenness: number[]; articulation: number[] }[];
  graphs.forEach(({ n, pairs }, g) => {
    const insights = computeInsights(pairsMap(n, pairs));
    expected[g]!.betweenness.forEach((value, v) => expect(insights.figures[String(v)]!.betweenness).toBeCloseTo(value, 10));
    expect(insights.articulationPoints).toEqual(expected[g]!.articulation.map(String));
  });
});
