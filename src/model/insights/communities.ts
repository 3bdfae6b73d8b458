/**
 * Groups that work closely together: Louvain communities (modularity), run with
 * a seeded random number generator so that the same map always gives the same
 * groups, numbered largest first.
 */
import louvain from 'graphology-communities-louvain';
import { type ActorGraph, toGraphology } from './actorGraph';
import { guardOverflow } from './guard';

/** Any fixed seed: only its fixedness matters. */
const SEED = 0x9e3779b9;

/** mulberry32: a tiny, well-mixed 32-bit PRNG; enough for the order Louvain visits nodes in. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Communities of two or more actors, each a list of indices in map order; the
 * list is ordered largest first, ties by the first actor's place in the map.
 * Actors without relations belong to no community.
 */
export function communities(graph: ActorGraph): number[][] {
  if (graph.edgeCount === 0) return [];
  const g = toGraphology(graph);
  guardOverflow(g);
  // Every relation counts as one (a merged weight counts maps, not closeness). A getter
  // rather than `null`: with `null` Louvain keeps weight sums in an 8-bit array when the
  // graph has at most 128 edges, and a community's total degree can reach 256.
  const labels = louvain(g, { getEdgeWeight: () => 1, rng: seededRandom(SEED) });
  // The guard's dummy nodes are not among graph.ids, so they fall out here.
  const byLabel = new Map<number, number[]>();
  graph.ids.forEach((id, i) => {
    if (graph.neighbours[i]!.length === 0) return;
    const label = labels[id]!;
    const members = byLabel.get(label);
    if (members) members.push(i);
    else byLabel.set(label, [i]);
  });
  return [...byLabel.values()].filter((m) => m.length >= 2).sort((a, b) => b.length - a.length || a[0]! - b[0]!);
}
