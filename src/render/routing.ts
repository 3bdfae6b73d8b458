/**
 * Routes of relation lines: parallel relations of one pair fan out, and a line
 * with an actor in its way bends around it (a bow, or an S between actors on
 * both sides), searching within a fixed budget so a dense map never freezes
 * the page. The curves themselves are geometry.ts's.
 */
import { BoxIndex } from './boxIndex';
import { runSteps } from './steps';
import type { CentredBox } from './geometry';

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
  // Each detour's stray worked out once, not twice per comparison: this sort runs while the app starts.
  .map((d) => ({ d, stray: stray(d) }))
  .sort((a, b) => a.stray - b.stray || b.d.bend - a.d.bend || b.d.skew - a.d.skew)
  .map(({ d }) => d);

function stray(d: Route): number {
  return Math.max(Math.abs(d.bend), Math.abs(d.bend) * 0.5 + Math.abs(d.skew) * 0.77) + Math.abs(d.skew) * 0.25;
}
type IdBox = CentredBox & { id: string };

/**
 * Bernstein weights (a, b, c, d of curvePoint) of the samples i / n, four per sample, by n: every tried line of
 * the same sample count uses the same numbers, so they are worked out once (exactly as curvePoint does).
 */
const weightsBySamples = new Map<number, Float64Array>();
function weightsOf(samples: number): Float64Array {
  let w = weightsBySamples.get(samples);
  if (!w) {
    w = new Float64Array(samples * 4);
    for (let i = 0; i < samples; i++) {
      const t = i / samples;
      const u = 1 - t;
      w[i * 4] = u * u * u;
      w[i * 4 + 1] = 3 * u * u * t;
      w[i * 4 + 2] = 3 * u * t * t;
      w[i * 4 + 3] = t * t * t;
    }
    weightsBySamples.set(samples, w);
  }
  return w;
}

/**
 * The order samples are tested in, by sample count: coarse first (every COARSE-th, then those halfway between, …),
 * so a box in the way is met after a few samples wherever it stands on the line, not after half of them.
 */
const ordersBySamples = new Map<number, Int32Array>();
function orderOf(samples: number): Int32Array {
  let order = ordersBySamples.get(samples);
  if (!order) {
    const list: number[] = [];
    for (let stride = COARSE; stride >= 1; stride >>= 1)
      for (let i = stride; i < samples; i += stride) if (stride === COARSE || i % (2 * stride) !== 0) list.push(i);
    order = Int32Array.from(list);
    ordersBySamples.set(samples, order);
  }
  return order;
}

/** The boxes near one pair's lines as flat numbers, 8 a box: cx, cy, hw, hh, right, left, bottom, top edges. */
function flatBoxes(boxes: readonly CentredBox[]): Float64Array {
  const flat = new Float64Array(boxes.length * 8);
  boxes.forEach((b, j) => {
    const o = j * 8;
    flat[o] = b.cx;
    flat[o + 1] = b.cy;
    flat[o + 2] = b.hw;
    flat[o + 3] = b.hh;
    flat[o + 4] = b.cx + b.hw;
    flat[o + 5] = b.cx - b.hw;
    flat[o + 6] = b.cy + b.hh;
    flat[o + 7] = b.cy - b.hh;
  });
  return flat;
}

/** Scratch for the obstacles of one curve (centre, half sizes grown by the clearance): no allocation per tried line. */
let scratch = new Float64Array(4 * 64);

/**
 * How many samples of the curve (p0, c1, c2, p3 as numbers) fall into the boxes `near` (flatBoxes) grown by
 * `clearance`, counting up to `stopAt` (1: whether any does, enough to reject a detour, and most are rejected
 * early). Routing tests hundreds of thousands of samples on a crowded map: numbers in typed arrays, nothing
 * allocated, every number worked out exactly as curvePoint and insideBox would.
 */
function blockedSamples(
  p0x: number,
  p0y: number,
  c1x: number,
  c1y: number,
  c2x: number,
  c2y: number,
  p3x: number,
  p3y: number,
  near: Float64Array,
  clearance: number,
  stopAt: number,
  work: { done: number },
): number {
  // Only boxes that meet the control polygon's bounds can meet the curve.
  const x0 = Math.min(p0x, c1x, c2x, p3x) - clearance;
  const x1 = Math.max(p0x, c1x, c2x, p3x) + clearance;
  const y0 = Math.min(p0y, c1y, c2y, p3y) - clearance;
  const y1 = Math.max(p0y, c1y, c2y, p3y) + clearance;
  const count = near.length / 8;
  if (scratch.length < count * 4) scratch = new Float64Array(count * 4);
  const o = scratch;
  let m = 0;
  for (let j = 0; j < near.length; j += 8)
    if (near[j + 4]! >= x0 && near[j + 5]! <= x1 && near[j + 6]! >= y0 && near[j + 7]! <= y1) {
      o[m] = near[j]!;
      o[m + 1] = near[j + 1]!;
      o[m + 2] = near[j + 2]! + clearance;
      o[m + 3] = near[j + 3]! + clearance;
      m += 4;
    }
  work.done += count;
  if (m === 0) return 0;
  // The control polygon is at least as long as the curve: samples at most SAMPLE_STEP apart, so no corner of a box slips between two.
  const polygon = Math.hypot(c1x - p0x, c1y - p0y) + Math.hypot(c2x - c1x, c2y - c1y) + Math.hypot(p3x - c2x, p3y - c2y);
  // A box grown by `clearance` cannot hide between samples that much closer together, so a wide clearance samples sparser.
  const samples = Math.max(MIN_SAMPLES, Math.ceil(polygon / Math.max(SAMPLE_STEP, clearance)));
  const w = weightsOf(samples);
  const order = orderOf(samples);
  const obstacles = m / 4;
  // Counting stops at `stopAt` hits (a detour with that many is rejected whatever the rest). A count that does not stop is the same in any order.
  let hits = 0;
  for (let n = 0; n < order.length; n++) {
    work.done += obstacles;
    const q = order[n]! * 4;
    const a = w[q]!;
    const b = w[q + 1]!;
    const c = w[q + 2]!;
    const d = w[q + 3]!;
    const x = a * p0x + b * c1x + c * c2x + d * p3x;
    const y = a * p0y + b * c1y + c * c2y + d * p3y;
    for (let j = 0; j < m; j += 4)
      if (Math.abs(x - o[j]!) <= o[j + 2]! && Math.abs(y - o[j + 1]!) <= o[j + 3]!) {
        if (++hits >= stopAt) return hits;
        break;
      }
  }
  return hits;
}

/** The first stride of the coarse-to-fine sample order (a power of two). */
const COARSE = 16;

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
  return runSteps(relationRouteSteps(relations, boxes, options));
}

/**
 * relationRoutes as steps: it yields after each pair of actors, so a caller
 * (the canvas) can spread a large map's routing over several short tasks
 * (runSteps runs it to the end at once). The result is the same either way.
 */
export function* relationRouteSteps(
  relations: readonly { id: string; source: string; target: string }[],
  boxes: ReadonlyMap<string, CentredBox>,
  options: { skew?: boolean } = {},
): Generator<void, Map<string, Route>> {
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
    yield;
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
    // Looked up only when the pair is routed at all (a map over DETOUR_MAX_RELATIONS draws its lines straight).
    let nearBoxes: Float64Array | undefined;
    const near = () =>
      (nearBoxes ??= flatBoxes(
        [
          ...index.near({ cx: (from.x + to.x) / 2, cy: (from.y + to.y) / 2, hw: Math.abs(to.x - from.x) / 2 + reach, hh: Math.abs(to.y - from.y) / 2 + reach }),
        ].filter((box) => box.id !== lo && box.id !== hi),
      ));
    // The parts of curveBetween(from, to, bend, skew) that do not depend on the bend and skew, worked out once (the same numbers).
    const dx = to.x - from.x;
    const dy = to.y - from.y;
    const length = Math.hypot(dx, dy) || 1;
    const nx = dy / length;
    const ny = -dx / length;
    const third = { x: from.x + dx / 3, y: from.y + dy / 3 };
    const twoThirds = { x: from.x + (2 * dx) / 3, y: from.y + (2 * dy) / 3 };
    /** Samples of the group's lines in a box, counted up to `stopAt`. */
    const blocked = (d: Route, clearance: number, stopAt = Number.POSITIVE_INFINITY) => {
      const boxes = near();
      let sum = 0;
      for (const o of spread) {
        const bend = o + d.bend;
        const o1 = (4 / 3) * (bend + d.skew);
        const o2 = (4 / 3) * (bend - d.skew);
        const c1x = third.x + nx * o1;
        const c1y = third.y + ny * o1;
        const c2x = twoThirds.x + nx * o2;
        const c2y = twoThirds.y + ny * o2;
        if ((sum += blockedSamples(from.x, from.y, c1x, c1y, c2x, c2y, to.x, to.y, boxes, clearance, stopAt - sum, work)) >= stopAt) break;
      }
      return sum;
    };
    /** refine's cost; counting stops once the detour cannot cost less than `bound`, the best so far. */
    const cost = (d: Route, bound = Number.POSITIVE_INFINITY) => {
      const strays = stray(d);
      const room = Math.ceil((bound - strays) / 1000);
      return room <= 0 ? Number.POSITIVE_INFINITY : blocked(d, 0, room) * 1000 + strays;
    };
    let chosen: Route = { bend: 0, skew: 0 };
    // One pair with no clear way (actors all around) may search only its share: it used to spend the whole
    // budget, and every line after it was left straight.
    const end = Math.min(DETOUR_BUDGET, work.done + PAIR_BUDGET);
    const within = () => work.done < end;
    if (detour && within() && blocked(chosen, CLEARANCE, 1) > 0) {
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
        first((d) => blocked(d, CLEARANCE, 1) === 0) ??
        (blocked(chosen, GRAZE, 1) === 0 ? chosen : undefined) ??
        first((d) => blocked(d, GRAZE, 1) === 0) ??
        (within() ? refine(candidates, cost, within) : chosen);
    }
    group.forEach((g, i) => {
      // Seen the other way round, left is right (the bend's sign flips) but the thirds swap too (the skew's stays).
      routes.set(g.id, { bend: (spread[i]! + chosen.bend) * (g.flip ? -1 : 1) + 0, skew: chosen.skew + 0 });
    });
  }
  lastRoutingWork = work.done;
  return routes;
}

/**
 * How much of DETOUR_BUDGET one pair of actors may use: a fifth. Finding a narrow way between close-standing
 * actors (refine) may take much of it (the projector review's merged map needs over 200 000), but a pair with
 * no way at all no longer leaves every later line straight: on the benchmark's dense 50-actor map one pair
 * used to spend the whole budget (1 line routed); now 14 lines get their detour within the same budget.
 */
export const PAIR_BUDGET = 400_000;

/** Box tests the last call of relationRoutes made (for tests and measurements). */
export let lastRoutingWork = 0;

/**
 * A way between actors that stand close together: from the tried detour that
 * crosses least, small steps in bend and skew while they cross less (or stray
 * less). Finds the narrow gap a coarse grid of detours steps over.
 */
function refine(candidates: readonly Route[], cost: (d: Route, bound?: number) => number, within: () => boolean): Route {
  let best = { bend: 0, skew: 0 };
  let bestCost = cost(best);
  for (const d of candidates) {
    if (!within()) return best;
    const c = cost(d, bestCost);
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
        const c = cost(next, bestCost);
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
  return runSteps(relationBendSteps(relations, boxes));
}

export function* relationBendSteps(
  relations: readonly { id: string; source: string; target: string }[],
  boxes: ReadonlyMap<string, CentredBox>,
): Generator<void, Map<string, number>> {
  const routes = yield* relationRouteSteps(relations, boxes, { skew: false });
  return new Map([...routes].map(([id, route]) => [id, route.bend]));
}
