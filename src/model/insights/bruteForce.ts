/**
 * Test helper only: the figures the slow, obvious way, to check the real code
 * against. Betweenness by counting shortest paths between every pair (s, t):
 * v lies on σ_sv · σ_vt of them when d(s, v) + d(v, t) = d(s, t). Articulation
 * points by removing each actor and counting the parts that are left.
 */
export function bfs(adj: number[][], s: number, removed = -1): { dist: number[]; sigma: number[] } {
  const n = adj.length;
  const dist = new Array<number>(n).fill(-1);
  const sigma = new Array<number>(n).fill(0);
  dist[s] = 0;
  sigma[s] = 1;
  const queue = [s];
  for (let h = 0; h < queue.length; h++) {
    const v = queue[h]!;
    for (const w of adj[v]!) {
      if (w === removed) continue;
      if (dist[w] === -1) {
        dist[w] = dist[v]! + 1;
        queue.push(w);
      }
      if (dist[w] === dist[v]! + 1) sigma[w]! += sigma[v]!;
    }
  }
  return { dist, sigma };
}

export function bruteBetweenness(adj: number[][]): number[] {
  const n = adj.length;
  const all = adj.map((_, s) => bfs(adj, s));
  const result = new Array<number>(n).fill(0);
  for (let s = 0; s < n; s++) {
    for (let t = s + 1; t < n; t++) {
      const st = all[s]!;
      if (st.dist[t] === -1) continue;
      for (let v = 0; v < n; v++) {
        if (v === s || v === t) continue;
        const vt = all[v]!;
        if (st.dist[v] === -1 || st.dist[v]! + vt.dist[t]! !== st.dist[t]) continue;
        result[v]! += (st.sigma[v]! * vt.sigma[t]!) / st.sigma[t]!;
      }
    }
  }
  // networkx, normalised, undirected: unordered pairs / ((n−1)(n−2)/2).
  const scale = n > 2 ? 2 / ((n - 1) * (n - 2)) : 0;
  return result.map((x) => x * scale);
}

export function countParts(adj: number[][], removed = -1): number {
  const seen = new Set<number>(removed >= 0 ? [removed] : []);
  let parts = 0;
  for (let s = 0; s < adj.length; s++) {
    if (seen.has(s)) continue;
    parts++;
    const { dist } = bfs(adj, s, removed);
    dist.forEach((d, v) => {
      if (d >= 0) seen.add(v);
    });
  }
  return parts;
}

export function bruteArticulation(adj: number[][]): number[] {
  const before = countParts(adj);
  // Removing an isolated actor takes a part away; one that splits its part adds at least one.
  return adj.map((_, v) => v).filter((v) => countParts(adj, v) > before);
}

/** Adjacency lists of n nodes from undirected pairs, ignoring self-loops and repeats. */
export function adjacency(n: number, pairs: [number, number][]): number[][] {
  const sets = Array.from({ length: n }, () => new Set<number>());
  for (const [a, b] of pairs) {
    if (a === b) continue;
    sets[a]!.add(b);
    sets[b]!.add(a);
  }
  return sets.map((s) => [...s].sort((x, y) => x - y));
}
