/**
 * Relation labels: their content laid out in lines (wrapped at word
 * boundaries, the same on screen and in pictures) and their place on the map.
 *
 * Placement rule: every label's centre lies on its own relation's drawn curve,
 * and its box overlaps no actor and no other label. Spots along the curve are
 * tried middle first, in small steps to near either end, preferring one no
 * other line runs through. When none is free, the label is put beside its
 * curve with a short leader line (at most leaderCap) back to a point on it,
 * at the spot whose leader is shortest and crosses no other line, leader,
 * label or node (crossings cost more than any length). Only where nothing
 * within the cap is free does a leader grow longer.
 * Placed boxes are kept in a grid, so placing is about linear in the number
 * of labels (3000 labels: milliseconds).
 */
import { BoxIndex } from './boxIndex';
import { runSteps } from './steps';
import { type CentredBox, type Curve, curvePoint, curveTangent, type Point } from './geometry';
import { textWidth, wrapText } from './text';
import type { Theme } from './theme';

export interface LabelRow {
  text: string;
  /** Methods are set in italics, below the topics. */
  italic: boolean;
}

export interface LabelLayout {
  rows: LabelRow[];
  /** The label's whole text, for a tooltip when rows were cut with "…". */
  fullText: string;
  /** Box size in px (map units at zoom 1), borders included. */
  width: number;
  height: number;
  textWidth: number;
  weightText: string;
}

/** Room between the glyph, the text and the weight inside a label. */
export const LABEL_INNER_GAP = 4;
/** Border of a label box, px. */
export const LABEL_BORDER = 1;
/** Smallest label height: the direction glyph's own box. */
const GLYPH_HEIGHT = 20;

/**
 * A label's rows and size. `parts` are its lines before wrapping: the topics,
 * then the methods (set in italics). Each part wraps to at most
 * `theme.label.maxLinesPerPart` lines.
 */
export function layoutLabel(parts: readonly string[], weight: number, theme: Theme): LabelLayout {
  const { fontSize, maxTextWidth, maxLinesPerPart, lineHeight, padding, glyphWidth } = theme.label;
  const rows = parts.flatMap((part, i) => wrapText(part, maxTextWidth, fontSize, maxLinesPerPart).map((text) => ({ text, italic: i > 0 })));
  const widest = Math.ceil(Math.max(0, ...rows.map((row) => textWidth(row.text, fontSize))));
  const weightText = weight > 1 ? `×${weight}` : '';
  const weightWidth = weightText ? Math.ceil(textWidth(weightText, fontSize, true)) + LABEL_INNER_GAP : 0;
  const width = 2 * LABEL_BORDER + 2 * padding + glyphWidth + (rows.length ? LABEL_INNER_GAP + widest : 0) + weightWidth;
  const height = 2 * LABEL_BORDER + 4 + Math.max(GLYPH_HEIGHT, rows.length * lineHeight);
  return { rows, fullText: parts.filter(Boolean).join('\n'), width, height, textWidth: widest, weightText };
}

export interface LabelRequest {
  id: string;
  curve: Curve;
  /** The drawn part of the curve: the label's centre must lie between these. */
  t0: number;
  t1: number;
  width: number;
  height: number;
}

export interface LabelSpot {
  /** Centre of the label box. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The point on its own curve the label belongs to: its centre, or the end of its leader line. */
  anchor: Point;
  /** True when the label sits beside its curve and a leader line joins it to `anchor`. */
  leader: boolean;
}

/** Fractions of the drawn curve tried in order: the middle, then outwards in small steps to near either end. */
const ALONG = [0.5, ...Array.from({ length: 11 }, (_, i) => [0.5 - (i + 1) * 0.04, 0.5 + (i + 1) * 0.04]).flat()];
/** Anchors tried for a label put aside, middle first. */
const ASIDE_ALONG = [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82, 0.1, 0.9];
/** Slides of a label put aside, along its line, as fractions of its half width: a box can often clear a neighbour by sliding. */
const ASIDE_SLIDE = [0, 0.6, -0.6, 1.2, -1.2];
/** Room kept between a label and a node or another label. */
export const LABEL_GAP = 3;
/** Step outwards when looking for room beside a curve. */
const ASIDE_STEP = 4;
/** Rounds of the wide search, far from the curve, when nothing within the leader cap is free (~1000 units). */
const FAR_TRIES = 80;
const FAR_STEP = 12;
/** What a crossing costs, in units of leader length: any spot without one beats every spot with one. */
const CROSSING_COST = 200;
/**
 * Above this many labels, spots are not costed by what they cross (only kept free and near): the test grows with
 * labels × lines, and such maps are seen zoomed out (as routing: routing.ts DETOUR_MAX_RELATIONS).
 */
export const CROSSING_MAX_LABELS = 600;
/**
 * How much searching one placement may do, in box tests: some 15 times what a
 * personal map of 20 relations needs, about 50 ms on a
 * laptop. On a map so crowded that labels run out of it (thousands of
 * relations, mostly seen zoomed out, where labels are hidden anyway), the
 * remaining labels take the first free spot on their line, or its middle,
 * rather than freezing the page on every edit. Counted in work, not time, so
 * the same map always gets the same picture.
 */
export const PLACEMENT_BUDGET = 250_000;
/** Length of the straight pieces a curve is cut into for crossing tests: short pieces keep grid look-ups local. */
const PIECE = 40;

/**
 * The longest leader line (from its dot on the curve to the label's border):
 * one and a half label heights and a little. Farther away a label reads as
 * belonging to whatever line is nearer.
 */
export function leaderCap(labelHeight: number): number {
  return 1.5 * labelHeight + 40;
}

type Box = CentredBox;
/** A straight piece of a line or a leader, from (ax, ay) to (bx, by), with its bounds (x0..x1, y0..y1) for a quick rejection. */
type Segment = {
  cx: number;
  cy: number;
  hw: number;
  hh: number;
  owner: string;
  ax: number;
  ay: number;
  bx: number;
  by: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
};

function segmentBox(owner: string, a: Point, b: Point): Segment {
  return {
    cx: (a.x + b.x) / 2,
    cy: (a.y + b.y) / 2,
    hw: Math.abs(b.x - a.x) / 2,
    hh: Math.abs(b.y - a.y) / 2,
    owner,
    ax: a.x,
    ay: a.y,
    bx: b.x,
    by: b.y,
    x0: Math.min(a.x, b.x),
    x1: Math.max(a.x, b.x),
    y0: Math.min(a.y, b.y),
    y1: Math.max(a.y, b.y),
  };
}

/**
 * Whether two segments p–q and r–s cross (touching ends do not count): the four orientations
 * ((a − o) × (b − o) of o, a, b) worked out from numbers, nothing allocated.
 */
function segmentsCross(px: number, py: number, qx: number, qy: number, rx: number, ry: number, sx: number, sy: number): boolean {
  const d1 = (sx - rx) * (py - ry) - (sy - ry) * (px - rx);
  const d2 = (sx - rx) * (qy - ry) - (sy - ry) * (qx - rx);
  const d3 = (qx - px) * (ry - py) - (qy - py) * (rx - px);
  const d4 = (qx - px) * (sy - py) - (qy - py) * (sx - px);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

/**
 * How far outside a box a segment's bounds must lie for segmentHitsBox to be false for certain, rounding
 * included (map coordinates are far below 10^6, where rounding errs by under 10^-9): segments beyond it are
 * rejected by four comparisons, before any division.
 */
const SURELY_APART = 1e-6;

/** Whether a segment's bounds lie surely outside a box (centre cx, cy; half sizes hw, hh): then it cannot pass through it. */
const apart = (seg: Segment, cx: number, cy: number, hw: number, hh: number) =>
  seg.x1 < cx - hw - SURELY_APART || seg.x0 > cx + hw + SURELY_APART || seg.y1 < cy - hh - SURELY_APART || seg.y0 > cy + hh + SURELY_APART;

/** The clip range of segmentHitsBox, reused: label placement asks it hundreds of thousands of times. */
const range = { t0: 0, t1: 1 };

/** Whether the segment (ax, ay)–(bx, by) passes through a box (centre cx, cy; half sizes hw, hh) (Liang–Barsky clipping). */
function segmentHitsBox(ax: number, ay: number, bx: number, by: number, cx: number, cy: number, hw: number, hh: number): boolean {
  // Clipped against each side in turn (p: the side's direction factor, q: the distance inside it).
  const dx = bx - ax;
  const dy = by - ay;
  range.t0 = 0;
  range.t1 = 1;
  return clip(-dx, ax - (cx - hw), range) && clip(dx, cx + hw - ax, range) && clip(-dy, ay - (cy - hh), range) && clip(dy, cy + hh - ay, range);
}

/** One Liang–Barsky step: narrows [t0, t1] to the part of the segment inside one side; false when nothing is left. */
function clip(p: number, q: number, range: { t0: number; t1: number }): boolean {
  if (p === 0) return q >= 0;
  const t = q / p;
  if (p < 0) range.t0 = Math.max(range.t0, t);
  else range.t1 = Math.min(range.t1, t);
  return range.t0 <= range.t1;
}

/** Where the line from `from` to the centre of `box` enters the box: the visible end of a leader. */
export function leaderEnd(from: Point, box: CentredBox): Point {
  const dx = box.cx - from.x;
  const dy = box.cy - from.y;
  const scale = Math.min(dx ? box.hw / Math.abs(dx) : Number.POSITIVE_INFINITY, dy ? box.hh / Math.abs(dy) : Number.POSITIVE_INFINITY);
  if (!Number.isFinite(scale) || scale >= 1) return { x: box.cx, y: box.cy };
  return { x: box.cx - dx * scale, y: box.cy - dy * scale };
}

/**
 * A spot for every label. `obstacles` are the nodes' boxes. Deterministic:
 * labels of shorter lines (with the least room) are placed first.
 */
export function placeLabels(requests: readonly LabelRequest[], obstacles: readonly CentredBox[]): Map<string, LabelSpot> {
  return runSteps(placeLabelSteps(requests, obstacles));
}

/**
 * What placing the labels asks of the map so far: whether a box is free, whether it covers a leader, what it
 * and its leader would cross. The searches below ask these many thousands of times per label, so they take
 * plain numbers and walk the grids' cell lists themselves (no callbacks, no objects per question), visiting
 * the same items in the same order as a BoxIndex.some would: the work counted, and so where the budget ends
 * and every spot, stays the same.
 */
class Placement {
  /** Nodes and the labels placed so far. */
  readonly index: BoxIndex<Box>;
  /** Every line, cut into straight pieces: what a label or leader should not cross. */
  readonly lines = new BoxIndex<Segment>([], 200);
  /** Leaders placed so far: a label should cover none. */
  readonly leaders = new BoxIndex<Segment>([], 200);
  /** Box tests made so far (the budget's measure). */
  done = 0;
  private readonly cells: Box[][] = [];
  private readonly pieces: Segment[][] = [];
  private readonly spanPieces: Segment[][] = [];

  constructor(
    obstacles: readonly CentredBox[],
    readonly costed: boolean,
  ) {
    this.index = new BoxIndex<Box>(
      obstacles.map((o) => ({ ...o })),
      200,
    );
  }

  /** Whether a w × h box at (x, y) keeps LABEL_GAP from every node and label; counts the items it looks at until one is in the way. */
  free(x: number, y: number, w: number, h: number): boolean {
    const hw = w / 2;
    const hh = h / 2;
    const cells = this.cells;
    const n = this.index.lists(x, y, hw, hh, LABEL_GAP, cells);
    for (let c = 0; c < n; c++)
      for (const other of cells[c]!) {
        this.done++;
        if (Math.abs(other.cx - x) < other.hw + hw + LABEL_GAP && Math.abs(other.cy - y) < other.hh + hh + LABEL_GAP) return false;
      }
    return true;
  }

  /** Whether a label box would cover a leader already placed (its label would seem to point at the wrong box). */
  coversLeader(cx: number, cy: number, hw: number, hh: number): boolean {
    if (!this.costed) return false;
    const pieces = this.pieces;
    const n = this.leaders.lists(cx, cy, hw, hh, LABEL_GAP, pieces);
    const ghw = hw + LABEL_GAP;
    const ghh = hh + LABEL_GAP;
    for (let c = 0; c < n; c++)
      for (const seg of pieces[c]!) if (!apart(seg, cx, cy, ghw, ghh) && segmentHitsBox(seg.ax, seg.ay, seg.bx, seg.by, cx, cy, ghw, ghh)) return true;
    return false;
  }

  /** Whether another line runs through a label box on its own line (counting the pieces looked at until one does). */
  crossedOnLine(id: string, cx: number, cy: number, hw: number, hh: number): boolean {
    if (!this.costed) return false;
    const pieces = this.pieces;
    const n = this.lines.lists(cx, cy, hw, hh, 0, pieces);
    for (let c = 0; c < n; c++)
      for (const seg of pieces[c]!) {
        this.done++;
        if (seg.owner !== id && !apart(seg, cx, cy, hw, hh) && segmentHitsBox(seg.ax, seg.ay, seg.bx, seg.by, cx, cy, hw, hh)) return true;
      }
    return false;
  }

  /**
   * What a label put aside costs: `length` (its leader's, from (ax, ay) on its line to (ex, ey) on its box)
   * plus CROSSING_COST for each other line through its box and each line or leader its leader crosses, twice
   * that for each node or label the leader runs over and for a leader its box covers. Counting stops once the
   * cost reaches `bound` (it cannot win then, so what it is exactly does not matter); the pieces of line it
   * would have looked at are counted as work all the same.
   */
  asideCost(id: string, cx: number, cy: number, hw: number, hh: number, ax: number, ay: number, ex: number, ey: number, length: number, bound: number): number {
    if (!this.costed) return length;
    const pieces = this.pieces;
    // The leader's span, as segmentBox has it.
    const sx = (ax + ex) / 2;
    const sy = (ay + ey) / 2;
    const shw = Math.abs(ex - ax) / 2;
    const shh = Math.abs(ey - ay) / 2;
    // Both walks over the lines look at every piece in their cells: that much work whatever they find.
    const nBox = this.lines.lists(cx, cy, hw, hh, 0, pieces);
    for (let c = 0; c < nBox; c++) this.done += pieces[c]!.length;
    const nSpan = this.lines.lists(sx, sy, shw, shh, 0, this.spanPieces);
    for (let c = 0; c < nSpan; c++) this.done += this.spanPieces[c]!.length;
    let count = 0;
    // Each find adds to the cost; once it reaches the bound, the spot has lost (cost stays a lower bound of the real one).
    // Other lines through the label's box.
    for (let c = 0; c < nBox; c++)
      for (const seg of pieces[c]!)
        if (seg.owner !== id && !apart(seg, cx, cy, hw, hh) && segmentHitsBox(seg.ax, seg.ay, seg.bx, seg.by, cx, cy, hw, hh)) {
          count++;
          if (length + CROSSING_COST * count >= bound) return length + CROSSING_COST * count;
        }
    // Other lines the leader crosses.
    for (let c = 0; c < nSpan; c++)
      for (const seg of this.spanPieces[c]!)
        if (seg.owner !== id && segmentsCross(ax, ay, ex, ey, seg.ax, seg.ay, seg.bx, seg.by)) {
          count++;
          if (length + CROSSING_COST * count >= bound) return length + CROSSING_COST * count;
        }
    // Other leaders it crosses.
    const nLeaders = this.leaders.lists(sx, sy, shw, shh, 0, pieces);
    for (let c = 0; c < nLeaders; c++)
      for (const seg of pieces[c]!)
        if (segmentsCross(ax, ay, ex, ey, seg.ax, seg.ay, seg.bx, seg.by)) {
          count++;
          if (length + CROSSING_COST * count >= bound) return length + CROSSING_COST * count;
        }
    // Nodes and labels it would run over count double: the leader would seem to point at them.
    const cells = this.cells;
    const nNodes = this.index.lists(sx, sy, shw, shh, 0, cells);
    const lx0 = Math.min(ax, ex) - SURELY_APART;
    const lx1 = Math.max(ax, ex) + SURELY_APART;
    const ly0 = Math.min(ay, ey) - SURELY_APART;
    const ly1 = Math.max(ay, ey) + SURELY_APART;
    for (let c = 0; c < nNodes; c++)
      for (const other of cells[c]!)
        if (
          !(lx1 < other.cx - other.hw || lx0 > other.cx + other.hw || ly1 < other.cy - other.hh || ly0 > other.cy + other.hh) &&
          segmentHitsBox(ax, ay, ex, ey, other.cx, other.cy, other.hw, other.hh)
        ) {
          count += 2;
          if (length + CROSSING_COST * count >= bound) return length + CROSSING_COST * count;
        }
    if (this.coversLeader(cx, cy, hw, hh)) count += 2;
    return length + CROSSING_COST * count;
  }
}

/** placeLabels as steps: it yields after each label (see relationRouteSteps). */
export function* placeLabelSteps(requests: readonly LabelRequest[], obstacles: readonly CentredBox[]): Generator<void, Map<string, LabelSpot>> {
  // The visible chord of each line, worked out once (the sort below asks it twice per comparison).
  const chords = new Map<LabelRequest, number>();
  for (const r of requests) {
    const a = curvePoint(r.curve, r.t0);
    const b = curvePoint(r.curve, r.t1);
    chords.set(r, Math.hypot(b.x - a.x, b.y - a.y));
  }
  const visible = (r: LabelRequest) => chords.get(r)!;
  const place = new Placement(obstacles, requests.length <= CROSSING_MAX_LABELS);
  if (place.costed)
    for (const r of requests) {
      const pieces = Math.min(200, Math.max(4, Math.ceil(visible(r) / PIECE)));
      let a = curvePoint(r.curve, r.t0);
      for (let i = 1; i <= pieces; i++) {
        const b = curvePoint(r.curve, r.t0 + ((r.t1 - r.t0) * i) / pieces);
        place.lines.insert(segmentBox(r.id, a, b));
        a = b;
      }
    }
  const order = [...requests].sort((a, b) => visible(a) - visible(b) || (a.id < b.id ? -1 : 1));
  const spots = new Map<string, LabelSpot>();
  for (const r of order) {
    yield;
    const spot = place.done < PLACEMENT_BUDGET ? (onCurve(r, place, true) ?? beside(r, place) ?? far(r, place)) : (onCurve(r, place, false) ?? middleOf(r));
    place.index.insert({ cx: spot.x, cy: spot.y, hw: r.width / 2, hh: r.height / 2 });
    if (spot.leader && place.costed)
      place.leaders.insert(segmentBox(r.id, spot.anchor, leaderEnd(spot.anchor, { cx: spot.x, cy: spot.y, hw: r.width / 2, hh: r.height / 2 })));
    spots.set(r.id, spot);
  }
  lastPlacementWork = place.done;
  return spots;
}

/** Box tests the last call of placeLabels made (for tests and measurements). */
export let lastPlacementWork = 0;

/**
 * The first free spot on the line that no other line runs through; else the first free one; never over a leader.
 * `costed` false (the budget is spent): the first free spot, whatever crosses it.
 */
function onCurve(r: LabelRequest, place: Placement, costed: boolean): LabelSpot | undefined {
  let first: LabelSpot | undefined;
  const hw = r.width / 2;
  const hh = r.height / 2;
  for (const f of ALONG) {
    const p = curvePoint(r.curve, r.t0 + (r.t1 - r.t0) * f);
    if (!place.free(p.x, p.y, r.width, r.height) || (costed && place.coversLeader(p.x, p.y, hw, hh))) continue;
    const spot = { x: p.x, y: p.y, width: r.width, height: r.height, anchor: p, leader: false };
    if (!costed || !place.crossedOnLine(r.id, p.x, p.y, hw, hh)) return spot;
    first ??= spot;
  }
  return first;
}

/**
 * The points a label put aside may hang from (ASIDE_ALONG), each with its
 * tangent, the normal to either side, and how far out along that normal the
 * box's edge clears the line. Worked out once per label: the searches below
 * try them ring after ring.
 */
function asideAnchors(r: LabelRequest): { anchor: Point; tan: Point; nx: number; ny: number; clear: number }[] {
  return ASIDE_ALONG.flatMap((f) => {
    const t = r.t0 + (r.t1 - r.t0) * f;
    const anchor = curvePoint(r.curve, t);
    const tan = curveTangent(r.curve, t);
    return [1, -1].map((side) => {
      const nx = -tan.y * side;
      const ny = tan.x * side;
      return { anchor, tan, nx, ny, clear: Math.abs(nx) * (r.width / 2) + Math.abs(ny) * (r.height / 2) };
    });
  });
}

/**
 * Beside the line, with a leader no longer than leaderCap: every anchor, side
 * and slide, ring by ring outwards, costed by the leader's length and what it
 * and the box cross. Stops at the first ring that holds a spot crossing nothing.
 */
function beside(r: LabelRequest, place: Placement): LabelSpot | undefined {
  const cap = leaderCap(r.height);
  let best: LabelSpot | undefined;
  let bestCost = Number.POSITIVE_INFINITY;
  const anchors = asideAnchors(r);
  const hw = r.width / 2;
  const hh = r.height / 2;
  for (let k = 0; ; k++) {
    let inCap = false;
    for (const { anchor, tan, nx, ny, clear } of anchors) {
      // Far enough that the box clears its own line, then outwards step by step.
      const reach = clear + 6 + k * ASIDE_STEP;
      for (const slide of ASIDE_SLIDE) {
        const x = anchor.x + nx * reach + tan.x * slide * (r.width / 2);
        const y = anchor.y + ny * reach + tan.y * slide * (r.width / 2);
        // leaderEnd(anchor, box), from numbers.
        const dx = x - anchor.x;
        const dy = y - anchor.y;
        const scale = Math.min(dx ? hw / Math.abs(dx) : Number.POSITIVE_INFINITY, dy ? hh / Math.abs(dy) : Number.POSITIVE_INFINITY);
        const whole = !Number.isFinite(scale) || scale >= 1;
        const ex = whole ? x : x - dx * scale;
        const ey = whole ? y : y - dy * scale;
        const length = Math.hypot(ex - anchor.x, ey - anchor.y);
        if (length > cap) continue;
        inCap = true;
        if (length >= bestCost || !place.free(x, y, r.width, r.height)) continue;
        const cost = place.asideCost(r.id, x, y, hw, hh, anchor.x, anchor.y, ex, ey, length, bestCost);
        if (cost < bestCost) {
          bestCost = cost;
          best = { x, y, width: r.width, height: r.height, anchor, leader: true };
        }
      }
    }
    // A spot that crosses nothing costs its length alone, which only grows ring by ring.
    if (!inCap || bestCost < CROSSING_COST) return best;
  }
}

/** On its line's middle, whatever it covers: only once the placement budget is spent (or for a scene without labels). */
export function middleOf(r: LabelRequest): LabelSpot {
  const anchor = curvePoint(r.curve, (r.t0 + r.t1) / 2);
  return { x: anchor.x, y: anchor.y, width: r.width, height: r.height, anchor, leader: false };
}

/** The last resort on a crowded map: the nearest free spot at any distance (a leader longer than the cap). */
function far(r: LabelRequest, place: Placement): LabelSpot {
  const anchors = asideAnchors(r);
  for (let k = 0; k < FAR_TRIES; k++) {
    for (const { anchor, nx, ny, clear } of anchors) {
      const reach = clear + 8 + k * FAR_STEP;
      const x = anchor.x + nx * reach;
      const y = anchor.y + ny * reach;
      if (place.free(x, y, r.width, r.height)) return { x, y, width: r.width, height: r.height, anchor, leader: true };
    }
  }
  // Unreachable in practice (the search reaches ~1000 units out); keep the label on its line.
  return middleOf(r);
}
