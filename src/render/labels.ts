/**
 * Relation labels: their content laid out in lines (wrapped at word
 * boundaries, the same on screen and in pictures) and their place on the map.
 *
 * Placement rule: every label's centre lies on its own relation's drawn curve,
 * and its box overlaps no actor and no other label. Spots along the curve are
 * tried middle first; when none is free, the label is put beside its curve,
 * as near as it fits, with a leader line back to a point on the curve.
 * Placed boxes are kept in a grid, so placing is about linear in the number
 * of labels (3000 labels: milliseconds).
 */
import { BoxIndex, type CentredBox, type Curve, curvePoint, curveTangent, type Point } from './geometry';
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

/** Fractions of the drawn curve tried in order, middle first. */
const ALONG = [0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78, 0.14, 0.86];
/** Anchors tried for a label put aside. */
const ASIDE_ALONG = [0.5, 0.35, 0.65, 0.2, 0.8];
/** Room kept between a label and a node or another label. */
export const LABEL_GAP = 3;
/** Step outwards when looking for room beside a curve. */
const ASIDE_STEP = 12;
const ASIDE_TRIES = 80;

type Box = CentredBox;

/**
 * A spot for every label. `obstacles` are the nodes' boxes. Deterministic:
 * labels of shorter lines (with the least room) are placed first.
 */
export function placeLabels(requests: readonly LabelRequest[], obstacles: readonly CentredBox[]): Map<string, LabelSpot> {
  const index = new BoxIndex<Box>(
    obstacles.map((o) => ({ ...o })),
    200,
  );
  const free = (x: number, y: number, w: number, h: number) => {
    const box = { cx: x, cy: y, hw: w / 2, hh: h / 2 };
    return !index.some(
      box,
      LABEL_GAP,
      (other) => Math.abs(other.cx - x) < other.hw + box.hw + LABEL_GAP && Math.abs(other.cy - y) < other.hh + box.hh + LABEL_GAP,
    );
  };
  const visible = (r: LabelRequest) => {
    const a = curvePoint(r.curve, r.t0);
    const b = curvePoint(r.curve, r.t1);
    return Math.hypot(b.x - a.x, b.y - a.y);
  };
  const order = [...requests].sort((a, b) => visible(a) - visible(b) || (a.id < b.id ? -1 : 1));
  const spots = new Map<string, LabelSpot>();
  for (const r of order) {
    const spot = onCurve(r, free) ?? beside(r, free);
    index.insert({ cx: spot.x, cy: spot.y, hw: r.width / 2, hh: r.height / 2 });
    spots.set(r.id, spot);
  }
  return spots;
}

type Free = (x: number, y: number, w: number, h: number) => boolean;

function onCurve(r: LabelRequest, free: Free): LabelSpot | undefined {
  for (const f of ALONG) {
    const p = curvePoint(r.curve, r.t0 + (r.t1 - r.t0) * f);
    if (free(p.x, p.y, r.width, r.height)) return { x: p.x, y: p.y, width: r.width, height: r.height, anchor: p, leader: false };
  }
  return undefined;
}

function beside(r: LabelRequest, free: Free): LabelSpot {
  for (let k = 0; k < ASIDE_TRIES; k++) {
    for (const f of ASIDE_ALONG) {
      const t = r.t0 + (r.t1 - r.t0) * f;
      const anchor = curvePoint(r.curve, t);
      const tan = curveTangent(r.curve, t);
      for (const side of [1, -1]) {
        const nx = -tan.y * side;
        const ny = tan.x * side;
        // Far enough that the box clears its own line, then outwards step by step.
        const reach = Math.abs(nx) * (r.width / 2) + Math.abs(ny) * (r.height / 2) + 8 + k * ASIDE_STEP;
        const x = anchor.x + nx * reach;
        const y = anchor.y + ny * reach;
        if (free(x, y, r.width, r.height)) return { x, y, width: r.width, height: r.height, anchor, leader: true };
      }
    }
  }
  // Unreachable in practice (the search reaches ~1000 units out); keep the label on its line.
  const anchor = curvePoint(r.curve, (r.t0 + r.t1) / 2);
  return { x: anchor.x, y: anchor.y, width: r.width, height: r.height, anchor, leader: false };
}
