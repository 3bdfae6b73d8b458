/**
 * Geometry of relations: where an arrow starts and ends (outside the node box
 * and a gap, so no node, outline or connection handle covers a head), the
 * arrow heads, and how relations that would coincide are told apart: two
 * relations between the same pair (A→B twice, or A→B and B→A) bend to either
 * side, and a relation whose straight line would run through another actor
 * (A–B–C in a row: A–C) bends around it. Every relation is a quadratic curve
 * from centre to centre (straight when its bend is 0); labels sit on that curve.
 */
export type Point = { x: number; y: number };
/** A node's box as centre and half sizes. */
export type CentredBox = { cx: number; cy: number; hw: number; hh: number };

/** A relation's curve from the source's centre to the target's: control point `c`. */
export interface Curve {
  p0: Point;
  c: Point;
  p2: Point;
}

export function curvePoint(k: Curve, t: number): Point {
  const u = 1 - t;
  return { x: u * u * k.p0.x + 2 * u * t * k.c.x + t * t * k.p2.x, y: u * u * k.p0.y + 2 * u * t * k.c.y + t * t * k.p2.y };
}

export function curveTangent(k: Curve, t: number): Point {
  const x = 2 * (1 - t) * (k.c.x - k.p0.x) + 2 * t * (k.p2.x - k.c.x);
  const y = 2 * (1 - t) * (k.c.y - k.p0.y) + 2 * t * (k.p2.y - k.c.y);
  const length = Math.hypot(x, y) || 1;
  return { x: x / length, y: y / length };
}

/** The part of a curve between t0 and t1, itself a quadratic curve (blossoming). */
export function subCurve(k: Curve, t0: number, t1: number): Curve {
  const a = (1 - t0) * (1 - t1);
  const b = (1 - t0) * t1 + t0 * (1 - t1);
  const d = t0 * t1;
  return { p0: curvePoint(k, t0), c: { x: a * k.p0.x + b * k.c.x + d * k.p2.x, y: a * k.p0.y + b * k.c.y + d * k.p2.y }, p2: curvePoint(k, t1) };
}

/**
 * The curve between two centres whose middle lies `bend` map units to the left
 * of the straight line (seen from `from` to `to`); negative bends go right.
 */
export function curveBetween(from: Point, to: Point, bend: number): Curve {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  // The middle of a quadratic curve lies halfway between the chord's middle and the control point.
  const nx = dy / length;
  const ny = -dx / length;
  return { p0: from, c: { x: (from.x + to.x) / 2 + nx * 2 * bend, y: (from.y + to.y) / 2 + ny * 2 * bend }, p2: to };
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
function visibleSpan(a: CentredBox, b: CentredBox, bend: number, gap: number): { curve: Curve; t0: number; t1: number } {
  const curve = curveBetween({ x: a.cx, y: a.cy }, { x: b.cx, y: b.cy }, bend);
  const t0 = exitT(curve, a, gap, 0, 1);
  const t1 = exitT(curve, b, gap, 1, 0);
  // Overlapping boxes: draw the bit between the centres' midpoint rather than nothing.
  return t1 <= t0 ? { curve, t0: 0.45, t1: 0.55 } : { curve, t0, t1 };
}

/**
 * Everything drawn for one relation: the visible part of its curve, and heads
 * at the ends its direction names ('forward': at the target; 'backward': at the
 * source; 'both': at each).
 */
export function relationShape(
  a: CentredBox,
  b: CentredBox,
  bend: number,
  direction: 'forward' | 'backward' | 'both',
  style: { gap: number; arrowLength: number; arrowWidth: number },
): RelationShape {
  const { curve, t0, t1 } = visibleSpan(a, b, bend, style.gap);
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
  return { curve, t0, t1, d: curvePath(subCurve(curve, lineStart, lineEnd)), heads };
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
  const straight = Math.abs((k.c.x - k.p0.x) * (k.p2.y - k.p0.y) - (k.c.y - k.p0.y) * (k.p2.x - k.p0.x)) < 1e-6;
  return straight ? `M${r(k.p0.x)} ${r(k.p0.y)}L${r(k.p2.x)} ${r(k.p2.y)}` : `M${r(k.p0.x)} ${r(k.p0.y)}Q${r(k.c.x)} ${r(k.c.y)} ${r(k.p2.x)} ${r(k.p2.y)}`;
}

/** Distance between two parallel relations of one pair, at their middles. */
export const PARALLEL_SPACING = 34;
/** Bends tried, in this order and as multiples of PARALLEL_SPACING, to route a line around actors in its way. */
const DETOURS = [1, -1, 1.6, -1.6, 2.4, -2.4, 3.4, -3.4];
/** How close a line may pass another actor's box before it counts as running through it. */
const CLEARANCE = 10;
const SAMPLES = 24;

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

/** How many samples of the curve (between the two end boxes) fall into other actors' boxes. */
function blockedSamples(k: Curve, ends: [string, string], index: BoxIndex<IdBox>): number {
  let hits = 0;
  for (let i = 1; i < SAMPLES; i++) {
    const p = curvePoint(k, i / SAMPLES);
    const point = { cx: p.x, cy: p.y, hw: 0, hh: 0 };
    if (index.some(point, CLEARANCE, (box) => box.id !== ends[0] && box.id !== ends[1] && insideBox(p, box, CLEARANCE))) hits++;
  }
  return hits;
}

/** Above this many relations, lines are not routed around actors (only parallel ones fanned out): routing costs grow with lines × actors, and such maps are seen zoomed out. */
export const DETOUR_MAX_RELATIONS = 600;

/**
 * The bend of every relation (map units, to the left of source → target).
 * Relations of one pair fan out symmetrically; a lone relation is straight
 * unless its line would run through another actor, then it takes the first
 * detour that clears every box (or the one that crosses least).
 */
export function relationBends(
  relations: readonly { id: string; source: string; target: string }[],
  boxes: ReadonlyMap<string, CentredBox>,
): Map<string, number> {
  const index = new BoxIndex<IdBox>([...boxes].map(([id, b]) => ({ ...b, id })));
  const detour = relations.length <= DETOUR_MAX_RELATIONS;
  const groups = new Map<string, { id: string; flip: boolean }[]>();
  for (const rel of relations) {
    if (!boxes.has(rel.source) || !boxes.has(rel.target)) continue;
    const flip = rel.source > rel.target;
    const key = flip ? `${rel.target}\u0000${rel.source}` : `${rel.source}\u0000${rel.target}`;
    const group = groups.get(key);
    if (group) group.push({ id: rel.id, flip });
    else groups.set(key, [{ id: rel.id, flip }]);
  }
  const bends = new Map<string, number>();
  for (const [key, group] of groups) {
    const [lo, hi] = key.split('\u0000') as [string, string];
    const a = boxes.get(lo)!;
    const b = boxes.get(hi)!;
    const from = { x: a.cx, y: a.cy };
    const to = { x: b.cx, y: b.cy };
    // Bends seen from lo → hi; a relation drawn hi → lo has its left on the other side.
    const spread = group.map((_, i) => (i - (group.length - 1) / 2) * PARALLEL_SPACING);
    let shift = 0;
    const clear = (s: number) => spread.every((o) => blockedSamples(curveBetween(from, to, o + s), [lo, hi], index) === 0);
    if (detour && !clear(0)) {
      const tries = DETOURS.map((m) => m * PARALLEL_SPACING + (group.length - 1) * PARALLEL_SPACING * 0.5 * Math.sign(m));
      const score = (s: number) => spread.reduce((sum, o) => sum + blockedSamples(curveBetween(from, to, o + s), [lo, hi], index), 0);
      shift = tries.find(clear) ?? tries.reduce((best, s) => (score(s) < score(best) ? s : best));
    }
    group.forEach((g, i) => bends.set(g.id, (spread[i]! + shift) * (g.flip ? -1 : 1)));
  }
  return bends;
}
