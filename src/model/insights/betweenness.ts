/**
 * Betweenness centrality of each actor, normalised as networkx's
 * `betweenness_centrality(G, normalized=True)` for undirected graphs: the share
 * of shortest paths between pairs of other actors that pass through the actor,
 * summed over pairs and divided by the number of pairs, (n − 1)(n − 2) / 2.
 */
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { type ActorGraph, toGraphology } from './actorGraph';
import { guardOverflow } from './guard';

/** Betweenness by actor id, in [0, 1]. */
export function betweenness(graph: ActorGraph): Record<string, number> {
  const result: Record<string, number> = {};
  // Without any pair nothing lies between (and graphology cannot size its stack for an empty graph).
  if (graph.edgeCount === 0) {
    for (const id of graph.ids) result[id] = 0;
    return result;
  }
  const g = toGraphology(graph);
  guardOverflow(g);
  // Unnormalised, so that the guard's dummy nodes do not enter the scale. A merged
  // relation's weight counts maps, not distance: every step counts as one.
  const raw = betweennessCentrality(g, { getEdgeWeight: null, normalized: false });
  const n = graph.ids.length;
  // graphology halves the ordered-pair sums for undirected graphs; networkx's normalised value is sum / ((n−1)(n−2)).
  const scale = n > 2 ? 2 / ((n - 1) * (n - 2)) : 0;
  for (const id of graph.ids) result[id] = (raw[id] ?? 0) * scale;
  return result;
}
