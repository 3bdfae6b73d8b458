/**
 * Edge crossings of a drawn graph, and a cheap way to reduce them: swapping
 * the places of two nearby actors when that removes crossings. Used by the
 * layout of regional maps, where crossings are what makes a map hard to read.
 */
import type { Position } from './schema';

type Edge = { source: string; target: string };

function crosses(a: Position, b: Position, c: Position, d: Position): boolean {
  const orient = (p: Position, q: Position, r: Position) => Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));
  // Proper crossings only: lines sharing an end point do not cross.
  return orient(a, b, c) * orient(a, b, d) < 0 && orient(c, d, a) * orient(c, d, b) < 0;
}

function sharesEnd(e: Edge, f: Edge): boolean {
  return e.source === f.source || e.source === f.target || e.target === f.source || e.target === f.target;
}

/** How many pairs of relations cross, drawn as straight lines between actors' positions. */
export function countCrossings(positions: ReadonlyMap<string, Position>, edges: readonly Edge[]): number {
  const drawn = edges.filter((e) => e.source !== e.target && positions.has(e.source) && positions.has(e.target));
  let count = 0;
  for (let i = 0; i < drawn.length; i++)
    for (let j = i + 1; j < drawn.length; j++) {
      const e = drawn[i]!;
      const f = drawn[j]!;
      if (!sharesEnd(e, f) && crosses(positions.get(e.source)!, positions.get(e.target)!, positions.get(f.source)!, positions.get(f.target)!)) count++;
    }
  return count;
}

/** Above this many actors × relations swapping costs more than it is worth (120 × 300: about half a second in a worker). */
const MAX_WORK = 40_000;
const NEIGHBOURS = 8;
const PASSES = 3;

/**
 * Swap the places of nearby actors while that lowers the number of crossings.
 * Positions are only exchanged, never invented, so spacing between boxes is kept.
 * Never increases the number of crossings.
 */
export function untangle(positions: ReadonlyMap<string, Position>, edges: readonly Edge[]): Map<string, Position> {
  const ids = [...positions.keys()];
  const index = new Map(ids.map((id, i) => [id, i]));
  const drawn = edges.filter((e) => e.source !== e.target && index.has(e.source) && index.has(e.target));
  if (ids.length * drawn.length > MAX_WORK || drawn.length < 2) return new Map(positions);
  // Plain arrays: this loop runs millions of times on a mid-sized map.
  const xs = Float64Array.from(ids, (id) => positions.get(id)!.x);
  const ys = Float64Array.from(ids, (id) => positions.get(id)!.y);
  const src = Int32Array.from(drawn, (e) => index.get(e.source)!);
  const dst = Int32Array.from(drawn, (e) => index.get(e.target)!);
  const incident: number[][] = ids.map(() => []);
  drawn.forEach((_, k) => {
    incident[src[k]!]!.push(k);
    incident[dst[k]!]!.push(k);
  });
  const orient = (p: number, q: number, r: number) => Math.sign((xs[q]! - xs[p]!) * (ys[r]! - ys[p]!) - (ys[q]! - ys[p]!) * (xs[r]! - xs[p]!));
  const cross = (e: number, f: number) => {
    const a = src[e]!;
    const b = dst[e]!;
    const c = src[f]!;
    const d = dst[f]!;
    if (a === c || a === d || b === c || b === d) return false;
    if (Math.max(xs[a]!, xs[b]!) < Math.min(xs[c]!, xs[d]!) || Math.max(xs[c]!, xs[d]!) < Math.min(xs[a]!, xs[b]!)) return false;
    if (Math.max(ys[a]!, ys[b]!) < Math.min(ys[c]!, ys[d]!) || Math.max(ys[c]!, ys[d]!) < Math.min(ys[a]!, ys[b]!)) return false;
    return orient(a, b, c) * orient(a, b, d) < 0 && orient(c, d, a) * orient(c, d, b) < 0;
  };
  const mark = new Int32Array(drawn.length).fill(-1);
  let stamp = 0;
  // Crossings that involve an edge of u or v (each pair once).
  const local = (u: number, v: number) => {
    stamp++;
    const mine = [...incident[u]!, ...incident[v]!];
    for (const e of mine) mark[e] = stamp;
    let count = 0;
    for (const e of mine)
      for (let f = 0; f < drawn.length; f++) {
        if (f === e || (mark[f] === stamp && f < e)) continue;
        if (cross(e, f)) count++;
      }
    return count;
  };
  const swap = (u: number, v: number) => {
    const x = xs[u]!;
    const y = ys[u]!;
    xs[u] = xs[v]!;
    ys[u] = ys[v]!;
    xs[v] = x;
    ys[v] = y;
  };
  for (let pass = 0; pass < PASSES; pass++) {
    let improved = false;
    for (let u = 0; u < ids.length; u++) {
      if (incident[u]!.length === 0) continue;
      const near = ids
        .map((_, v) => v)
        .filter((v) => v !== u)
        .sort((a, b) => Math.hypot(xs[a]! - xs[u]!, ys[a]! - ys[u]!) - Math.hypot(xs[b]! - xs[u]!, ys[b]! - ys[u]!))
        .slice(0, NEIGHBOURS);
      for (const v of near) {
        const before = local(u, v);
        if (before === 0) break;
        swap(u, v);
        if (local(u, v) < before) improved = true;
        else swap(u, v);
      }
    }
    if (!improved) break;
  }
  return new Map(ids.map((id, i) => [id, { x: xs[i]!, y: ys[i]! }]));
}
