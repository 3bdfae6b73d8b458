/** Connected components: the separate parts of the network, found by a breadth-first walk. */
import type { ActorGraph } from './actorGraph';

/** Components as lists of indices (ascending), largest first, ties in map order of their first actor. */
export function components(graph: ActorGraph): number[][] {
  const n = graph.ids.length;
  const seen = new Uint8Array(n);
  const result: number[][] = [];
  for (let start = 0; start < n; start++) {
    if (seen[start]) continue;
    seen[start] = 1;
    const part = [start];
    for (let head = 0; head < part.length; head++) {
      for (const w of graph.neighbours[part[head]!]!) {
        if (seen[w]) continue;
        seen[w] = 1;
        part.push(w);
      }
    }
    result.push(part.sort((a, b) => a - b));
  }
  // Stable sort keeps map order among parts of the same size.
  return result.sort((a, b) => b.length - a.length);
}
