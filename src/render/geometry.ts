/**
 * Geometry of relations: where an arrow starts and ends (outside the node box
 * and a gap, so no node, outline or connection handle covers a head), the
 * arrow heads, and how relations that would coincide are told apart: two
 * relations between the same pair (A→B twice, or A→B and B→A) bend to either
 * side, and a relation whose straight line would run through another actor
 * (A–B–C in a row: A–C) bends around it, in an S when actors stand on both
 * sides. Every relation is a cubic curve from centre to centre (straight when
 * its bend and skew are 0); labels sit on that curve.
 */
export type Point = { x: number; y: number };
/** A node's box as centre and half sizes. */
export type CentredBox = { cx: number; cy: number; hw: number; hh: number };

/**
 * A relation's curve from the source's centre (`p0`) to the target's (`p3`): a
 * cubic Bézier, so a line can swing around actors on either side of it (an S)
 * as well as bow to one side.
 */
export interface Curve {
  p0: Point;
  c1: Point;
  c2: Point;
  p3: Point;
}

export function curvePoint(k: Curve, t: number): Point {
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return { x: a * k.p0.x + b * k.c1.x + c * k.c2.x + d * k.p3.x, y: a * k.p0.y + b * k.c1.y + c * k.c2.y + d * k.p3.y };
}

export function curveTangent(k: Curve, t: number): Point {
  const u = 1 - t;
  let x = 3 * u * u * (k.c1.x - k.p0.x) + 6 * u * t * (k.c2.x - k.c1.x) + 3 * t * t * (k.p3.x - k.c2.x);
  let y = 3 * u * u * (k.c1.y - k.p0.y) + 6 * u * t * (k.c2.y - k.c1.y) + 3 * t * t * (k.p3.y - k.c2.y);
  // A control point on an end (never made by curveBetween, but cheap to survive): fall back to the chord.
  if (Math.hypot(x, y) < 1e-9) {
    x = k.p3.x - k.p0.x;
    y = k.p3.y - k.p0.y;
  }
  const length = Math.hypot(x, y) || 1;
  return { x: x / length, y: y / length };
}

const lerp = (a: Point, b: Point, t: number): Point => ({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t });

/** The curve from 0 to t (de Casteljau). */
function headPart(k: Curve, t: number): Curve {
  const a = lerp(k.p0, k.c1, t);
  const b = lerp(k.c1, k.c2, t);
  const c = lerp(k.c2, k.p3, t);
  const ab = lerp(a, b, t);
  const bc = lerp(b, c, t);
  return { p0: k.p0, c1: a, c2: ab, p3: lerp(ab, bc, t) };
}

/** The part of a curve between t0 and t1, itself a cubic curve. */
export function subCurve(k: Curve, t0: number, t1: number): Curve {
  const upTo = headPart(k, t1);
  if (t1 <= 0) return { p0: upTo.p3, c1: upTo.p3, c2: upTo.p3, p3: upTo.p3 };
  // The tail of [0, t1] from t0 / t1 on: reverse, take the head, reverse back.
  const reversed = { p0: upTo.p3, c1: upTo.c2, c2: upTo.c1, p3: upTo.p0 };
  const part = headPart(reversed, 1 - t0 / t1);
  return { p0: part.p3, c1: part.c2, c2: part.c1, p3: part.p0 };
}

/**
 * The curve between two centres whose middle lies `bend` map units to the left
 * of the straight line (seen from `from` to `to`); negative bends go right.
 * `skew` pushes the first third further left and the last third further right
 * by as much (an S when it outweighs the bend), for lines that must pass
 * actors on both sides.
 */
export function curveBetween(from: Point, to: Point, bend: number, skew = 0): Curve {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  const nx = dy / length;
  const ny = -dx / length;
  // A cubic's middle is 3/4 of its control points' mean offset: 4/3 puts the middle `bend` units out.
  const o1 = (4 / 3) * (bend + skew);
  const o2 = (4 / 3) * (bend - skew);
  return {
    p0: from,
    c1: { x: from.x + dx / 3 + nx * o1, y: from.y + dy / 3 + ny * o1 },
    c2: { x: from.x + (2 * dx) / 3 + nx * o2, y: from.y + (2 * dy) / 3 + ny * o2 },
    p3: to,
  };
}

export function insideBox(p: Point, box: CentredBox, grow = 0): boolean {
  return Math.abs(p.x - box.cx) <= box.hw + grow && Math.abs(p.y - box.cy) <= box.hh + grow;
}

/** The first t (searching from `start` towards `end`) at which the curve is outside the grown box. */
function exitT(k: Curve, box: CentredBox, grow: number, start: number, end: number): number {
  // March to the first outside sample, then bisect.
  const steps = 16;
  let inside = start;
  let outside = end;
  for (let i = 1; i <= steps; i++) {
    const t = start + ((end - start) * i) / steps;
    if (!insideBox(curvePoint(k, t), box, grow)) {
      outside = t;
      break;
    }
    inside = t;
  }
  // 16 steps of 1/16: well under a tenth of a unit on any line a screen shows.
  for (let i = 0; i < 16; i++) {
    const mid = (inside + outside) / 2;
    if (insideBox(curvePoint(k, mid), box, grow)) inside = mid;
    else outside = mid;
  }
  return outside;
}

export interface ArrowHead {
  tip: Point;
  /** The closed triangle as an SVG path. */
  d: string;
}

export interface RelationShape {
  curve: Curve;
  /** Where the visible line starts and ends on the curve (outside both boxes and the gap). */
  t0: number;
  t1: number;
  /** Where the stroke itself starts and ends (t0 and t1 less the heads): labels and leader dots go between these. */
  s0: number;
  s1: number;
  /** The drawn line as SVG path data, shortened under the heads so a thick line never pokes through a tip. */
  d: string;
  heads: ArrowHead[];
}

const r = (v: number) => Math.round(v * 10) / 10;

function headAt(k: Curve, t: number, inward: 1 | -1, length: number, width: number): ArrowHead {
  const tip = curvePoint(k, t);
  const tan = curveTangent(k, t);
  // The head points along the curve, away from the line: forward at the target, backward at the source.
  const dx = tan.x * inward;
  const dy = tan.y * inward;
  const bx = tip.x - dx * length;
  const by = tip.y - dy * length;
  const wx = -dy * (width / 2);
  const wy = dx * (width / 2);
  return { tip, d: `M${r(tip.x)} ${r(tip.y)}L${r(bx + wx)} ${r(by + wy)}L${r(bx - wx)} ${r(by - wy)}Z` };
}

/** The t at which the curve is `distance` units (along the chord) from the point at `t`, towards `towards`. */
function tAtDistance(k: Curve, t: number, towards: number, distance: number): number {
  const p = curvePoint(k, t);
  let lo = t;
  let hi = towards;
  if (Math.hypot(curvePoint(k, hi).x - p.x, curvePoint(k, hi).y - p.y) < distance) return (t + towards) / 2;
  for (let i = 0; i < 24; i++) {
    const mid = (lo + hi) / 2;
    const q = curvePoint(k, mid);
    if (Math.hypot(q.x - p.x, q.y - p.y) < distance) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** The curve between two boxes' centres and the part of it outside both boxes and the gap. */
function visibleSpan(a: CentredBox, b: CentredBox, bend: number, gap: number, skew = 0): { curve: Curve; t0: number; t1: number } {
  const curve = curveBetween({ x: a.cx, y: a.cy }, { x: b.cx, y: b.cy }, bend, skew);
  const t0 = exitT(curve, a, gap, 0, 1);
  const t1 = exitT(curve, b, gap, 1, 0);
  // Overlapping boxes: draw the bit between the centres' midpoint rather than nothing.
  return t1 <= t0 ? { curve, t0: 0.45, t1: 0.55 } : { curve, t0, t1 };
}

/**
 * Everything drawn for one relation: the visible part of its curve, and heads
 * at the ends its direction names ('forward': at the target; 'backward': at the
 * source; 'both': at each). `bend` and `skew` as relationRoutes gives them.
 */
export function relationShape(
  a: CentredBox,
  b: CentredBox,
  bend: number,
  direction: 'forward' | 'backward' | 'both',
  style: { gap: number; arrowLength: number; arrowWidth: number },
  skew = 0,
): RelationShape {
  const { curve, t0, t1 } = visibleSpan(a, b, bend, style.gap, skew);
  const heads: ArrowHead[] = [];
  let lineStart = t0;
  let lineEnd = t1;
  const inset = style.arrowLength * 0.7;
  if (direction !== 'backward') {
    heads.push(headAt(curve, t1, 1, style.arrowLength, style.arrowWidth));
    lineEnd = tAtDistance(curve, t1, t0, inset);
  }
  if (direction !== 'forward') {
    heads.push(headAt(curve, t0, -1, style.arrowLength, style.arrowWidth));
    lineStart = tAtDistance(curve, t0, t1, inset);
  }
  return { curve, t0, t1, s0: lineStart, s1: lineEnd, d: curvePath(subCurve(curve, lineStart, lineEnd)), heads };
}

/** A closeness tie ("in my network"): the visible part of its curve, no heads (a ring has no direction). */
export interface TieShape {
  curve: Curve;
  t0: number;
  t1: number;
  d: string;
}

/**
 * The line of a closeness tie between two boxes: like a relation's (from border
 * to border, outside the gap, bent the same way around actors in its way) but
 * without heads, so it never reads as an arrow.
 */
export function tieShape(a: CentredBox, b: CentredBox, bend: number, gap: number): TieShape {
  const { curve, t0, t1 } = visibleSpan(a, b, bend, gap);
  return { curve, t0, t1, d: curvePath(subCurve(curve, t0, t1)) };
}

export function curvePath(k: Curve): string {
  const off = (c: Point) => Math.abs((c.x - k.p0.x) * (k.p3.y - k.p0.y) - (c.y - k.p0.y) * (k.p3.x - k.p0.x));
  const straight = off(k.c1) < 1e-6 && off(k.c2) < 1e-6;
  return straight
    ? `M${r(k.p0.x)} ${r(k.p0.y)}L${r(k.p3.x)} ${r(k.p3.y)}`
    : `M${r(k.p0.x)} ${r(k.p0.y)}C${r(k.c1.x)} ${r(k.c1.y)} ${r(k.c2.x)} ${r(k.c2.y)} ${r(k.p3.x)} ${r(k.p3.y)}`;
}

/** Distance between two parallel relations of one pair, at their middles. */
export const PARALLEL_SPACING = 34;
/** How close a line should pass another actor's box: far enough that it is not read as touching it. */
const CLEARANCE = 10;
/** Where no detour keeps CLEARANCE, a line may pass this close, but never through a box. */
const GRAZE = 4;
/** Steps (map units) of the fine search for a way between actors standing close together, when no tried detour passes. */
const REFINE_STEPS = [17, 8, 4, 2];
/** Samples along a line when looking for actors in its way: at least this many, and one every SAMPLE_STEP units. */
const MIN_SAMPLES = 24;
const SAMPLE_STEP = 5;
/** Bend and skew sizes tried (multiples of PARALLEL_SPACING): up to about 200 units, past which a line reads as a loop. */
const SIZES = [0, 0.5, 1, 1.6, 2.4, 3.4, 4.5, 6];
/** The control points' largest offset from the chord, for finding the actors a detour might meet. */
const MAX_SWING = (4 / 3) * 12 * PARALLEL_SPACING;

/** A relation's route: the bend of its middle and the skew of its thirds (see curveBetween). */
export interface Route {
  bend: number;
  skew: number;
}

/**
 * The detours tried, cheapest first: bends to one side (a bow), then S-shapes.
 * Sorted by how far the line strays, so the first one that clears is the gentlest.
 */
const DETOURS: Route[] = SIZES.flatMap((b) =>
  SIZES.flatMap((k) => [b, -b].flatMap((bend, i) => (i === 1 && b === 0 ? [] : [k, -k].flatMap((skew, j) => (j === 1 && k === 0 ? [] : [{ bend, skew }]))))),
)
  .filter((d) => d.bend !== 0 || d.skew !== 0)
  .map((d) => ({ bend: d.bend * PARALLEL_SPACING, skew: d.skew * PARALLEL_SPACING }))
  // The line's largest swing is about max(|bend|, |bend| + |skew| × 0.77); skews also cost a little for their shape.
  .sort((a, b) => stray(a) - stray(b) || b.bend - a.bend || b.skew - a.skew);

function stray(d: Route): number {
  return Math.max(Math.abs(d.bend), Math.abs(d.bend) * 0.5 + Math.abs(d.skew) * 0.77) + Math.abs(d.skew) * 0.25;
}
/** Boxes by grid cells, so asking "which boxes are near this point" reads a few cells, not every node. */
export class BoxIndex<T extends { cx: number; cy: number; hw: number; hh: number }> {
  private readonly cells = new Map<string, T[]>();
  constructor(
    items: Iterable<T>,
    private readonly cell = 200,
  ) {
    for (const item of items) this.insert(item);
  }
  private range(x0: number, y0: number, x1: number, y1: number): string[] {
    const c = this.cell;
    const keys: string[] = [];
    for (let i = Math.floor(x0 / c); i <= Math.floor(x1 / c); i++) for (let j = Math.floor(y0 / c); j <= Math.floor(y1 / c); j++) keys.push(`${i},${j}`);
    return keys;
  }
  insert(item: T) {
    for (const key of this.range(item.cx - item.hw, item.cy - item.hh, item.cx + item.hw, item.cy + item.hh)) {
      const list = this.cells.get(key);
      if (list) list.push(item);
      else this.cells.set(key, [item]);
    }
  }
  /** Every item whose box may come within `margin` of the box. */
  near(box: CentredBox, margin = 0): Set<T> {
    const found = new Set<T>();
    this.some(box, margin, (item) => {
      found.add(item);
      return false;
    });
    return found;
  }
  /** Whether `test` holds for an item near the box (items spanning cells may be tested twice). Allocates nothing: placement asks this thousands of times. */
  some(box: CentredBox, margin: number, test: (item: T) => boolean): boolean {
    const c = this.cell;
    const i1 = Math.floor((box.cx + box.hw + margin) / c);
    const j0 = Math.floor((box.cy - box.hh - margin) / c);
    const j1 = Math.floor((box.cy + box.hh + margin) / c);
    for (let i = Math.floor((box.cx - box.hw - margin) / c); i <= i1; i++)
      for (let j = j0; j <= j1; j++) {
        const list = this.cells.get(`${i},${j}`);
        if (list) for (const item of list) if (test(item)) return true;
      }
    return false;
  }
}

type IdBox = CentredBox & { id: string };

/**
 * How many samples of the curve fall into `obstacles` (other actors' boxes near
 * the line), grown by `clearance`; with `any`, stops at the first (enough to
 * reject a detour, and most are rejected early).
 */
function blockedSamples(k: Curve, all: readonly CentredBox[], clearance: number, any: boolean, work: { done: number }): number {
  // Only boxes that meet the control polygon's bounds can meet the curve.
  const x0 = Math.min(k.p0.x, k.c1.x, k.c2.x, k.p3.x) - clearance;
  const x1 = Math.max(k.p0.x, k.c1.x, k.c2.x, k.p3.x) + clearance;
  const y0 = Math.min(k.p0.y, k.c1.y, k.c2.y, k.p3.y) - clearance;
  const y1 = Math.max(k.p0.y, k.c1.y, k.c2.y, k.p3.y) + clearance;
  const obstacles = all.filter((b) => b.cx + b.hw >= x0 && b.cx - b.hw <= x1 && b.cy + b.hh >= y0 && b.cy - b.hh <= y1);
  work.done += all.length;
  if (obstacles.length === 0) return 0;
  // The control polygon is at least as long as the curve: samples at most SAMPLE_STEP apart, so no corner of a box slips between two.
  const polygon = Math.hypot(k.c1.x - k.p0.x, k.c1.y - k.p0.y) + Math.hypot(k.c2.x - k.c1.x, k.c2.y - k.c1.y) + Math.hypot(k.p3.x - k.c2.x, k.p3.y - k.c2.y);
  // A box grown by `clearance` cannot hide between samples that much closer together, so a wide clearance samples sparser.
  const samples = Math.max(MIN_SAMPLES, Math.ceil(polygon / Math.max(SAMPLE_STEP, clearance)));
  let hits = 0;
  // Inlined curvePoint and insideBox: routing evaluates hundreds of thousands of samples on a crowded map.
  for (let i = 1; i < samples; i++) {
    work.done += obstacles.length;
    const t = i / samples;
    const u = 1 - t;
    const a = u * u * u;
    const b = 3 * u * u * t;
    const c = 3 * u * t * t;
    const d = t * t * t;
    const x = a * k.p0.x + b * k.c1.x + c * k.c2.x + d * k.p3.x;
    const y = a * k.p0.y + b * k.c1.y + c * k.c2.y + d * k.p3.y;
    for (const box of obstacles)
      if (Math.abs(x - box.cx) <= box.hw + clearance && Math.abs(y - box.cy) <= box.hh + clearance) {
        hits++;
        if (any) return hits;
        break;
      }
  }
  return hits;
}

/** Above this many relations, lines are not routed around actors (only parallel ones fanned out): routing costs grow with lines × actors, and such maps are seen zoomed out. */
export const DETOUR_MAX_RELATIONS = 600;
/**
 * How much looking for detours one scene may do, in box tests (a sample of a
 * curve against one nearby box): about 50 ms on a laptop, some 100 times what a personal map needs. A map whose lines
 * need more (a dense regional map, crowded everywhere) routes the lines it
 * reaches first and draws the rest straight, rather than freezing the page on
 * every edit. Counted in work, not time, so the same map always gets the same picture.
 */
export const DETOUR_BUDGET = 2_000_000;

/**
 * The route of every relation (map units, to the left of source → target).
 * Relations of one pair fan out symmetrically; a lone relation is straight
 * unless its line would run through another actor. Then it takes the gentlest
 * detour (a bow, or with `skew` an S) that keeps CLEARANCE from every box; else
 * the gentlest that at least passes no box; else the one that crosses least.
 * Without `skew` only bows are tried (ties: their canvas layer draws bows only).
 */
export function relationRoutes(
  relations: readonly { id: string; source: string; target: string }[],
  boxes: ReadonlyMap<string, CentredBox>,
  options: { skew?: boolean } = {},
): Map<string, Route> {
  const index = new BoxIndex<IdBox>([...boxes].map(([id, b]) => ({ ...b, id })));
  const detour = relations.length <= DETOUR_MAX_RELATIONS;
  const tries = options.skew === false ? DETOURS.filter((d) => d.skew === 0) : DETOURS;
  const groups = new Map<string, { id: string; flip: boolean }[]>();
  for (const rel of relations) {
    if (!boxes.has(rel.source) || !boxes.has(rel.target)) continue;
    const flip = rel.source > rel.target;
    const key = flip ? `${rel.target}\u0000${rel.source}` : `${rel.source}\u0000${rel.target}`;
    const group = groups.get(key);
    if (group) group.push({ id: rel.id, flip });
    else groups.set(key, [{ id: rel.id, flip }]);
  }
  const routes = new Map<string, Route>();
  const work = { done: 0 };
  for (const [key, group] of groups) {
    const [lo, hi] = key.split('\u0000') as [string, string];
    const a = boxes.get(lo)!;
    const b = boxes.get(hi)!;
    const from = { x: a.cx, y: a.cy };
    const to = { x: b.cx, y: b.cy };
    // Routes seen from lo → hi; a relation drawn hi → lo has its left on the other side.
    const spread = group.map((_, i) => (i - (group.length - 1) / 2) * PARALLEL_SPACING);
    // A fanned-out group moves as one, its outermost line keeping the detour's distance.
    const widen = (group.length - 1) * PARALLEL_SPACING * 0.5;
    const shifted = (d: Route): Route => ({ bend: d.bend + widen * Math.sign(d.bend), skew: d.skew });
    // Every actor any tried line could reach: the chord's box grown by the largest swing (a cubic stays inside its control polygon).
    const reach = MAX_SWING + widen + CLEARANCE;
    const near = [
      ...index.near({ cx: (from.x + to.x) / 2, cy: (from.y + to.y) / 2, hw: Math.abs(to.x - from.x) / 2 + reach, hh: Math.abs(to.y - from.y) / 2 + reach }),
    ].filter((box) => box.id !== lo && box.id !== hi);
    const blocked = (d: Route, clearance: number, any = false) =>
      spread.reduce((sum, o) => sum + blockedSamples(curveBetween(from, to, o + d.bend, d.skew), near, clearance, any, work), 0);
    let chosen: Route = { bend: 0, skew: 0 };
    const within = () => work.done < DETOUR_BUDGET;
    if (detour && within() && blocked(chosen, CLEARANCE, true) > 0) {
      const candidates = tries.map(shifted);
      // The first candidate that passes, looking only while the budget lasts.
      const first = (passes: (d: Route) => boolean) => {
        for (const d of candidates) {
          if (!within()) return undefined;
          if (passes(d)) return d;
        }
        return undefined;
      };
      chosen =
        first((d) => blocked(d, CLEARANCE, true) === 0) ??
        (blocked(chosen, GRAZE, true) === 0 ? chosen : undefined) ??
        first((d) => blocked(d, GRAZE, true) === 0) ??
        (within() ? refine(candidates, (d) => blocked(d, 0) * 1000 + stray(d), within) : chosen);
    }
    group.forEach((g, i) => {
      // Seen the other way round, left is right (the bend's sign flips) but the thirds swap too (the skew's stays).
      routes.set(g.id, { bend: (spread[i]! + chosen.bend) * (g.flip ? -1 : 1) + 0, skew: chosen.skew + 0 });
    });
  }
  lastRoutingWork = work.done;
  return routes;
}

/** Box tests the last call of relationRoutes made (for tests and measurements). */
export let lastRoutingWork = 0;

/**
 * A way between actors that stand close together: from the tried detour that
 * crosses least, small steps in bend and skew while they cross less (or stray
 * less). Finds the narrow gap a coarse grid of detours steps over.
 */
function refine(candidates: readonly Route[], cost: (d: Route) => number, within: () => boolean): Route {
  let best = { bend: 0, skew: 0 };
  let bestCost = cost(best);
  for (const d of candidates) {
    if (!within()) return best;
    const c = cost(d);
    if (c < bestCost) [best, bestCost] = [d, c];
  }
  for (const step of REFINE_STEPS) {
    for (let moved = true, rounds = 0; moved && rounds < 12; rounds++) {
      moved = false;
      for (const [db, dk] of [
        [1, 0],
        [-1, 0],
        [0, 1],
        [0, -1],
        [1, 1],
        [-1, -1],
        [1, -1],
        [-1, 1],
      ] as const) {
        if (!within()) return best;
        const next = { bend: best.bend + db * step, skew: best.skew + dk * step };
        const c = cost(next);
        if (c < bestCost) [best, bestCost, moved] = [next, c, true];
      }
    }
  }
  return best;
}

/** The bends alone (bows only, no S-shapes): for lines drawn with a bend and no skew (closeness ties). */
export function relationBends(
  relations: readonly { id: string; source: string; target: string }[],
  boxes: ReadonlyMap<string, CentredBox>,
): Map<string, number> {
  return new Map([...relationRoutes(relations, boxes, { skew: false })].map(([id, route]) => [id, route.bend]));
}
