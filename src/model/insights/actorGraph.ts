/**
 * The undirected graph of actors that every structural figure is computed on
 * (docs/insights.md): two actors are adjacent when at least one relation joins
 * them, in any direction; several relations count once; a relation from an actor
 * to itself is left out (graphology's betweenness counts self-loops, networkx's
 * does not).
 */
import { UndirectedGraph } from 'graphology';
import type { MapDoc } from '../schema';

export interface ActorGraph {
  /** Actor ids in map order; index i of `neighbours` is `ids[i]`. */
  ids: string[];
  /** Neighbour indices of each actor, ascending, without repeats or itself. */
  neighbours: number[][];
  /** Number of adjacent pairs (edges of the undirected graph). */
  edgeCount: number;
}

/** Adjacency lists of the actor graph, the plain form the hand-written figures walk. */
export function actorGraph(map: Pick<MapDoc, 'actors' | 'relations'>): ActorGraph {
  const ids = map.actors.map((a) => a.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const sets = ids.map(() => new Set<number>());
  for (const r of map.relations) {
    const s = index.get(r.source);
    const t = index.get(r.target);
    if (s === undefined || t === undefined || s === t) continue;
    sets[s]!.add(t);
    sets[t]!.add(s);
  }
  const neighbours = sets.map((set) => [...set].sort((a, b) => a - b));
  const edgeCount = neighbours.reduce((sum, list) => sum + list.length, 0) / 2;
  return { ids, neighbours, edgeCount };
}

/** The same graph as a graphology instance (nodes keyed by actor id, in map order), for the library's algorithms. */
export function toGraphology(graph: ActorGraph): UndirectedGraph {
  const g = new UndirectedGraph({ multi: false, allowSelfLoops: false });
  for (const id of graph.ids) g.addNode(id);
  graph.neighbours.forEach((list, i) => {
    for (const j of list) if (j > i) g.addEdge(graph.ids[i]!, graph.ids[j]!);
  });
  return g;
}
