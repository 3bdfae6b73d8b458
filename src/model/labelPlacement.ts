/**
 * Where along its arrow each relation label sits, so that labels do not cover
 * each other when relations are many. Greedy: each label takes the first spot
 * along its arrow (middle first) whose box does not overlap a label already
 * placed; if none is free it takes the one that covers least.
 *
 * Placed boxes are kept in a grid of cells, so each test looks only at the
 * boxes nearby: placing is linear in the number of labels, not quadratic
 * (3000 labels: a few milliseconds instead of seconds).
 */
export interface LabelRequest {
  id: string;
  from: { x: number; y: number };
  to: { x: number; y: number };
  width: number;
  height: number;
}

export interface LabelSpot {
  x: number;
  y: number;
}

/** Fractions of the arrow tried in order; near the ends labels would sit on the nodes. */
const ALONG = [0.5, 0.38, 0.62, 0.3, 0.7];
/** Then the same spots moved sideways off the arrow by this many label heights. */
const ASIDE = [0, 1, -1];
const GAP = 4;

/**
 * @param obstacles boxes labels should not cover either (the nodes), as centre and size.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  obstacles: readonly { x: number; y: number; width: number; height: number }[] = [],
): Map<string, LabelSpot> {
  const placed = new BoxGrid();
  for (const o of obstacles) placed.insert({ x: o.x, y: o.y, w: o.width, h: o.height });
  const spots = new Map<string, LabelSpot>();
  for (const request of requests) {
    const dx = request.to.x - request.from.x;
    const dy = request.to.y - request.from.y;
    const length = Math.hypot(dx, dy) || 1;
    const shift = request.height + GAP;
    const at = (t: number, side: number) => ({
      x: request.from.x + dx * t - (dy / length) * shift * side,
      y: request.from.y + dy * t + (dx / length) * shift * side,
    });
    const candidates = ASIDE.flatMap((side) => ALONG.map((t) => at(t, side)));
    // The first free spot; when every spot is taken, the one that covers least.
    const covers = (p: LabelSpot) => coverage(placed.near(p, request), p, request);
    const spot = candidates.find((p) => covers(p) === 0) ?? candidates.reduce((best, p) => (covers(p) < covers(best) ? p : best));
    placed.insert({ x: spot.x, y: spot.y, w: request.width, h: request.height });
    spots.set(request.id, spot);
  }
  return spots;
}

type Box = { x: number; y: number; w: number; h: number };

function overlapArea(box: Box, centre: LabelSpot, size: { width: number; height: number }) {
  const overlapX = (box.w + size.width + GAP) / 2 - Math.abs(box.x - centre.x);
  const overlapY = (box.h + size.height + GAP) / 2 - Math.abs(box.y - centre.y);
  return overlapX > 0 && overlapY > 0 ? overlapX * overlapY : 0;
}

function coverage(boxes: Iterable<Box>, centre: LabelSpot, size: { width: number; height: number }) {
  let sum = 0;
  for (const box of boxes) sum += overlapArea(box, centre, size);
  return sum;
}

/** Boxes by the grid cells they touch. A cell is about the size of a node, so a query reads a handful of cells. */
class BoxGrid {
  private static readonly CELL = 200;
  private readonly cells = new Map<string, Box[]>();

  private keys(x: number, y: number, w: number, h: number): string[] {
    const c = BoxGrid.CELL;
    const keys: string[] = [];
    for (let i = Math.floor((x - w / 2 - GAP) / c); i <= Math.floor((x + w / 2 + GAP) / c); i++) {
      for (let j = Math.floor((y - h / 2 - GAP) / c); j <= Math.floor((y + h / 2 + GAP) / c); j++) keys.push(`${i},${j}`);
    }
    return keys;
  }

  insert(box: Box) {
    for (const key of this.keys(box.x, box.y, box.w, box.h)) {
      const cell = this.cells.get(key);
      if (cell) cell.push(box);
      else this.cells.set(key, [box]);
    }
  }

  /** Every box that may overlap a box of this size at this centre (each once). */
  near(centre: LabelSpot, size: { width: number; height: number }): Set<Box> {
    const found = new Set<Box>();
    for (const key of this.keys(centre.x, centre.y, size.width, size.height)) for (const box of this.cells.get(key) ?? []) found.add(box);
    return found;
  }
}

/** A rough size of a label box, good enough to keep labels apart without measuring the DOM. */
export function estimateLabelSize(lines: readonly string[], maxWidth = 180): { width: number; height: number } {
  const charWidth = 6.2;
  const wrapped = lines.reduce((count, line) => count + Math.max(1, Math.ceil((line.length * charWidth) / (maxWidth - 12))), 0);
  const longest = Math.max(0, ...lines.map((l) => l.length));
  return { width: Math.min(maxWidth, longest * charWidth + 14), height: Math.min(3, wrapped) * 14 + 8 };
}

/** Typical size of an actor node, for keeping labels off nodes without measuring the DOM. */
export const TYPICAL_NODE_BOX = { width: 170, height: 52 };

/**
 * Label spots for every relation of a map, given each relation's label lines.
 * The canvas and the picture export both use this, so labels sit in the same places.
 */
export function relationLabelSpots(
  map: { actors: readonly { id: string; position?: { x: number; y: number } }[]; relations: readonly { id: string; source: string; target: string }[] },
  linesById: ReadonlyMap<string, readonly string[]>,
): Map<string, LabelSpot> {
  const positions = new Map(map.actors.map((a) => [a.id, a.position ?? { x: 0, y: 0 }]));
  return placeLabels(
    map.relations.map((r) => ({
      id: r.id,
      from: positions.get(r.source) ?? { x: 0, y: 0 },
      to: positions.get(r.target) ?? { x: 0, y: 0 },
      ...estimateLabelSize(['↔ ', ...(linesById.get(r.id) ?? [])]),
    })),
    map.actors.map((a) => ({ ...(a.position ?? { x: 0, y: 0 }), ...TYPICAL_NODE_BOX })),
  );
}
