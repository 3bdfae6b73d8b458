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
type Segment = { cx: number; cy: number; hw: number; hh: number; owner: string; a: Point; b: Point; leader: boolean };

function segmentBox(owner: string, a: Point, b: Point, leader = false): Segment {
  return { cx: (a.x + b.x) / 2, cy: (a.y + b.y) / 2, hw: Math.abs(b.x - a.x) / 2, hh: Math.abs(b.y - a.y) / 2, owner, a, b, leader };
}

const cross = (o: Point, a: Point, b: Point) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);

/** Whether two segments cross (touching ends do not count). */
function segmentsCross(p: Point, q: Point, r: Point, s: Point): boolean {
  const d1 = cross(r, s, p);
  const d2 = cross(r, s, q);
  const d3 = cross(p, q, r);
  const d4 = cross(p, q, s);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

/** Whether a segment passes through a box (Liang–Barsky clipping). */
function segmentHitsBox(a: Point, b: Point, box: CentredBox): boolean {
  // Clipped against each side in turn (p: the side's direction factor, q: the distance inside it); no arrays:
  // label placement asks this hundreds of thousands of times.
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const range = { t0: 0, t1: 1 };
  return (
    clip(-dx, a.x - (box.cx - box.hw), range) &&
    clip(dx, box.cx + box.hw - a.x, range) &&
    clip(-dy, a.y - (box.cy - box.hh), range) &&
    clip(dy, box.cy + box.hh - a.y, range)
  );
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

/** placeLabels as steps: it yields after each label (see relationRouteSteps). */
export function* placeLabelSteps(requests: readonly LabelRequest[], obstacles: readonly CentredBox[]): Generator<void, Map<string, LabelSpot>> {
  const index = new BoxIndex<Box>(
    obstacles.map((o) => ({ ...o })),
    200,
  );
  const visible = (r: LabelRequest) => {
    const a = curvePoint(r.curve, r.t0);
    const b = curvePoint(r.curve, r.t1);
    return Math.hypot(b.x - a.x, b.y - a.y);
  };
  // Every line, cut into straight pieces, and every leader placed so far: what a label or leader should not cross.
  const lines = new BoxIndex<Segment>([], 200);
  const costed = requests.length <= CROSSING_MAX_LABELS;
  if (costed)
    for (const r of requests) {
      const pieces = Math.min(200, Math.max(4, Math.ceil(visible(r) / PIECE)));
      let a = curvePoint(r.curve, r.t0);
      for (let i = 1; i <= pieces; i++) {
        const b = curvePoint(r.curve, r.t0 + ((r.t1 - r.t0) * i) / pieces);
        lines.insert(segmentBox(r.id, a, b));
        a = b;
      }
    }
  // Leaders placed so far: a label should cover none.
  const leaders = new BoxIndex<Segment>([], 200);
  const work = { done: 0 };
  const free = (x: number, y: number, w: number, h: number) => {
    const box = { cx: x, cy: y, hw: w / 2, hh: h / 2 };
    return !index.some(box, LABEL_GAP, (other) => {
      work.done++;
      return Math.abs(other.cx - x) < other.hw + box.hw + LABEL_GAP && Math.abs(other.cy - y) < other.hh + box.hh + LABEL_GAP;
    });
  };
  /** Whether a label box would cover a leader already placed (its label would seem to point at the wrong box). */
  const coversLeader = (box: CentredBox) =>
    costed && leaders.some(box, LABEL_GAP, (seg) => segmentHitsBox(seg.a, seg.b, { ...box, hw: box.hw + LABEL_GAP, hh: box.hh + LABEL_GAP }));
  const crossings: Crossings = (id, box, leader) => {
    if (!costed) return 0;
    let count = 0;
    // Other lines through the label's box; a label on its own line only needs to know whether any does.
    lines.some(box, 0, (seg) => {
      work.done++;
      if (seg.owner !== id && segmentHitsBox(seg.a, seg.b, box)) count++;
      return !leader && count > 0;
    });
    if (leader) {
      const [a, b] = leader;
      const span = segmentBox(id, a, b);
      // Other lines and leaders the leader crosses, and nodes and labels it runs over.
      lines.some(span, 0, (seg) => {
        work.done++;
        if (seg.owner !== id && segmentsCross(a, b, seg.a, seg.b)) count++;
        return false;
      });
      leaders.some(span, 0, (seg) => {
        if (segmentsCross(a, b, seg.a, seg.b)) count++;
        return false;
      });
      // Nodes and labels it would run over count double: the leader would seem to point at them.
      index.some(span, 0, (other) => {
        if (segmentHitsBox(a, b, other)) count += 2;
        return false;
      });
    }
    if (leader && coversLeader(box)) count += 2;
    return count;
  };
  const order = [...requests].sort((a, b) => visible(a) - visible(b) || (a.id < b.id ? -1 : 1));
  const spots = new Map<string, LabelSpot>();
  for (const r of order) {
    yield;
    const spot =
      work.done < PLACEMENT_BUDGET
        ? (onCurve(r, free, crossings, coversLeader) ?? beside(r, free, crossings) ?? far(r, free))
        : (onCurve(
            r,
            free,
            () => 0,
            () => false,
          ) ?? middleOf(r));
    index.insert({ cx: spot.x, cy: spot.y, hw: r.width / 2, hh: r.height / 2 });
    if (spot.leader && costed)
      leaders.insert(segmentBox(r.id, spot.anchor, leaderEnd(spot.anchor, { cx: spot.x, cy: spot.y, hw: r.width / 2, hh: r.height / 2 }), true));
    spots.set(r.id, spot);
  }
  lastPlacementWork = work.done;
  return spots;
}

/** Box tests the last call of placeLabels made (for tests and measurements). */
export let lastPlacementWork = 0;

type Free = (x: number, y: number, w: number, h: number) => boolean;
/** How many other lines a label box would have through it, and its leader (from its dot to the box) would cross, with other leaders. */
type Crossings = (id: string, box: CentredBox, leader?: [Point, Point]) => number;

/** The first free spot on the line that no other line runs through; else the first free one; never over a leader. */
function onCurve(r: LabelRequest, free: Free, crossings: Crossings, coversLeader: (box: CentredBox) => boolean): LabelSpot | undefined {
  let first: LabelSpot | undefined;
  for (const f of ALONG) {
    const p = curvePoint(r.curve, r.t0 + (r.t1 - r.t0) * f);
    if (!free(p.x, p.y, r.width, r.height) || coversLeader({ cx: p.x, cy: p.y, hw: r.width / 2, hh: r.height / 2 })) continue;
    const spot = { x: p.x, y: p.y, width: r.width, height: r.height, anchor: p, leader: false };
    if (crossings(r.id, { cx: p.x, cy: p.y, hw: r.width / 2, hh: r.height / 2 }) === 0) return spot;
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
function beside(r: LabelRequest, free: Free, crossings: Crossings): LabelSpot | undefined {
  const cap = leaderCap(r.height);
  let best: LabelSpot | undefined;
  let bestCost = Number.POSITIVE_INFINITY;
  const anchors = asideAnchors(r);
  for (let k = 0; ; k++) {
    let inCap = false;
    for (const { anchor, tan, nx, ny, clear } of anchors) {
      // Far enough that the box clears its own line, then outwards step by step.
      const reach = clear + 6 + k * ASIDE_STEP;
      for (const slide of ASIDE_SLIDE) {
        const x = anchor.x + nx * reach + tan.x * slide * (r.width / 2);
        const y = anchor.y + ny * reach + tan.y * slide * (r.width / 2);
        const box = { cx: x, cy: y, hw: r.width / 2, hh: r.height / 2 };
        const end = leaderEnd(anchor, box);
        const length = Math.hypot(end.x - anchor.x, end.y - anchor.y);
        if (length > cap) continue;
        inCap = true;
        if (length >= bestCost || !free(x, y, r.width, r.height)) continue;
        const cost = length + CROSSING_COST * crossings(r.id, box, [anchor, end]);
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
function far(r: LabelRequest, free: Free): LabelSpot {
  const anchors = asideAnchors(r);
  for (let k = 0; k < FAR_TRIES; k++) {
    for (const { anchor, nx, ny, clear } of anchors) {
      const reach = clear + 8 + k * FAR_STEP;
      const x = anchor.x + nx * reach;
      const y = anchor.y + ny * reach;
      if (free(x, y, r.width, r.height)) return { x, y, width: r.width, height: r.height, anchor, leader: true };
    }
  }
  // Unreachable in practice (the search reaches ~1000 units out); keep the label on its line.
  return middleOf(r);
}
