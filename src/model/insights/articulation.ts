/**
 * Articulation points ("single points of failure"): actors whose removal leaves
 * more separate parts than before. Tarjan's low-link method, written with an
 * explicit stack so that a long chain of actors cannot overflow the call stack.
 */
import type { ActorGraph } from './actorGraph';

/** Indices of the articulation points, ascending. */
export function articulationPoints(graph: ActorGraph): number[] {
  const n = graph.ids.length;
  const order = new Int32Array(n).fill(-1); // discovery time, -1 = unvisited
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const nextEdge = new Int32Array(n); // position in the neighbour list the walk continues from
  const isCut = new Uint8Array(n);
  let time = 0;
  const stack: number[] = [];

  for (let root = 0; root < n; root++) {
    if (order[root] !== -1) continue;
    let rootChildren = 0;
    order[root] = low[root] = time++;
    stack.push(root);
    while (stack.length > 0) {
      const v = stack[stack.length - 1]!;
      const list = graph.neighbours[v]!;
      if (nextEdge[v]! < list.length) {
        const w = list[nextEdge[v]!++]!;
        if (order[w] === -1) {
          parent[w] = v;
          order[w] = low[w] = time++;
          if (v === root) rootChildren++;
          stack.push(w);
        } else if (w !== parent[v]) {
          low[v] = Math.min(low[v]!, order[w]!);
        }
        continue;
      }
      // v is finished: report to its parent.
      stack.pop();
      const p = parent[v]!;
      if (p === -1) continue;
      low[p] = Math.min(low[p]!, low[v]!);
      if (p !== root && low[v]! >= order[p]!) isCut[p] = 1;
    }
    if (rootChildren >= 2) isCut[root] = 1;
  }
  const result: number[] = [];
  for (let i = 0; i < n; i++) if (isCut[i]) result.push(i);
  return result;
}
