/**
 * Geometry of relations: where an arrow starts and ends (outside the node box
 * and a gap, so no node, outline or connection handle covers a head), the
 * arrow heads, and the curve itself: every relation is a cubic curve from
 * centre to centre, straight when its bend and skew are 0, and labels sit on
 * that curve. Which bend and skew a relation takes (fanning out parallel
 * relations, going around actors in the way) is routing.ts's.
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

/** curvePoint's x and y alone (the same arithmetic), for searches that evaluate a curve many times and keep no point. */
function curveX(k: Curve, t: number): number {
  const u = 1 - t;
  return u * u * u * k.p0.x + 3 * u * u * t * k.c1.x + 3 * u * t * t * k.c2.x + t * t * t * k.p3.x;
}
function curveY(k: Curve, t: number): number {
  const u = 1 - t;
  return u * u * u * k.p0.y + 3 * u * u * t * k.c1.y + 3 * u * t * t * k.c2.y + t * t * t * k.p3.y;
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

/** insideBox(curvePoint(k, t), box, grow) without the point. */
const curveInside = (k: Curve, t: number, box: CentredBox, grow: number) =>
  Math.abs(curveX(k, t) - box.cx) <= box.hw + grow && Math.abs(curveY(k, t) - box.cy) <= box.hh + grow;

/** The first t (searching from `start` towards `end`) at which the curve is outside the grown box. */
function exitT(k: Curve, box: CentredBox, grow: number, start: number, end: number): number {
  // March to the first outside sample, then bisect.
  const steps = 16;
  let inside = start;
  let outside = end;
  for (let i = 1; i <= steps; i++) {
    const t = start + ((end - start) * i) / steps;
    if (!curveInside(k, t, box, grow)) {
      outside = t;
      break;
    }
    inside = t;
  }
  // 16 steps of 1/16: well under a tenth of a unit on any line a screen shows.
  for (let i = 0; i < 16; i++) {
    const mid = (inside + outside) / 2;
    if (curveInside(k, mid, box, grow)) inside = mid;
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
  if (Math.hypot(curveX(k, hi) - p.x, curveY(k, hi) - p.y) < distance) return (t + towards) / 2;
  for (let i = 0; i < 24; i++) {
    const mid = (lo + hi) / 2;
    if (Math.hypot(curveX(k, mid) - p.x, curveY(k, mid) - p.y) < distance) lo = mid;
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
