/**
 * Guard for a graphology defect (graphology-indices 0.17 with mnemonist's
 * pointer arrays): the neighbourhood index stores offsets in the smallest typed
 * array that holds `size - 1`, but writes `size` as the end of the last node's
 * neighbourhood. When size (directed edges + 2 × undirected edges) is exactly
 * 2^8 or 2^16, that end wraps to 0 and the last node seems to have no
 * neighbours, which silently corrupts betweenness and communities for every
 * node. 128 mutual relations on a regional map is enough.
 *
 * The guard adds two dummy nodes joined by one edge, a separate part that lies on
 * no path between actors, so the size moves off the bad value; callers drop
 * the dummies from the results and normalise by the number of real actors.
 */
import type { UndirectedGraph } from 'graphology';

/** Neighbourhood sizes at which the offset array overflows. */
const OVERFLOWING_SIZES = new Set([2 ** 8, 2 ** 16, 2 ** 32]);

/** Keys of the dummy nodes; NUL cannot start an actor id written by this app, and collisions are checked. */
export const DUMMY_NODES = ['\u0000guard-a', '\u0000guard-b'] as const;

export function neighbourhoodSize(graph: UndirectedGraph): number {
  return graph.directedSize + 2 * graph.undirectedSize;
}

/** Whether graphology's indexed algorithms would mis-read this graph. */
export function overflows(graph: UndirectedGraph): boolean {
  return OVERFLOWING_SIZES.has(neighbourhoodSize(graph));
}

/** Adds the dummy pair when needed (in place); returns whether it did. */
export function guardOverflow(graph: UndirectedGraph): boolean {
  if (!overflows(graph)) return false;
  for (const key of DUMMY_NODES) if (graph.hasNode(key)) throw new Error('guard node collides with an actor id');
  graph.addNode(DUMMY_NODES[0]);
  graph.addNode(DUMMY_NODES[1]);
  graph.addEdge(DUMMY_NODES[0], DUMMY_NODES[1]);
  return true;
}
