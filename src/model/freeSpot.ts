/**
 * Finding room on a ring: where the app puts an actor so that its box overlaps
 * neither "me" nor any other actor. Pure geometry over centred boxes; which
 * boxes and which ring is placement.ts's business.
 */
import type { BoxSize } from './actorBox';
import { RING_RADII, ringMidRadius } from './rings';
import { inArc, insetArc, type SectorArc } from './sectors';
import type { Position } from './schema';
import type { Ring } from './vocabulary';

/** A box by its centre and half sizes. */
export interface CentredBox {
  cx: number;
  cy: number;
  hw: number;
  hh: number;
}

/** Room kept between two boxes, so an arrow and its label fit between neighbours. */
export const SPOT_GAP = 12;
/** A placed actor's centre stays this far inside its ring's borders: its box is mostly in its ring, never centred on a border. */
const CENTRE_MARGIN = 30;
/** A box may come this near a ring border and still count as inside its band. */
const BAND_PAD = 4;
/** Spacing of the spots tried, along the ring and across it (map units). */
const ARC_STEP = 16;
const RADIAL_STEP = 8;
/**
 * Cost of a box reaching out of its band, per unit, against moving one unit
 * along the ring or one across it: a box wholly in its ring reads best.
 */
const STICK_OUT_COST = 2;

/** Nearest and farthest distance of a box from a point. */
export function boxDistances(box: CentredBox, o: Position): [number, number] {
  const dx = Math.abs(box.cx - o.x);
  const dy = Math.abs(box.cy - o.y);
  return [Math.hypot(Math.max(0, dx - box.hw), Math.max(0, dy - box.hh)), Math.hypot(dx + box.hw, dy + box.hh)];
}

/** The band of a ring between its borders; ring 1 reaches to the centre ("me" is an obstacle there, not a border). */
export function ringBand(ring: Ring): { inner: number; outer: number } {
  return { inner: ring === 1 ? 0 : RING_RADII[(ring - 1) as Ring], outer: RING_RADII[ring] };
}

/** How far a box reaches out of its ring's band (0 when wholly inside, `BAND_PAD` from the borders). */
export function stickOut(box: CentredBox, ring: Ring, centre: Position): number {
  const { inner, outer } = ringBand(ring);
  const [near, far] = boxDistances(box, centre);
  return (ring === 1 ? 0 : Math.max(0, inner + BAND_PAD - near)) + Math.max(0, far - (outer - BAND_PAD));
}

/** Area shared by two boxes once each is grown by half the gap. */
function overlapArea(a: CentredBox, b: CentredBox, gap: number): number {
  const x = a.hw + b.hw + gap - Math.abs(a.cx - b.cx);
  const y = a.hh + b.hh + gap - Math.abs(a.cy - b.cy);
  return x > 0 && y > 0 ? x * y : 0;
}

/**
 * Boxes bucketed by the cell of their centre on a grid as coarse as the largest
 * box, so a box is only compared with the boxes of the few cells around it:
 * placing hundreds of actors stays fast.
 */
export class BoxIndex {
  /** By cell: a number key (see `key`), not a string, since a full ring asks thousands of spots per actor placed. */
  private readonly cells = new Map<number, CentredBox[]>();
  private readonly all: CentredBox[] = [];
  private cell = 1;
  /** Largest half sizes held: how far a box's centre can be from the boxes it touches. */
  private half = { w: 0, h: 0 };

  constructor(boxes: Iterable<CentredBox> = []) {
    for (const box of boxes) this.add(box);
  }

  add(box: CentredBox) {
    this.all.push(box);
    this.half = { w: Math.max(this.half.w, box.hw), h: Math.max(this.half.h, box.hh) };
    const needed = 2 * Math.max(this.half.w, this.half.h) + SPOT_GAP;
    if (needed > this.cell) {
      // Rare (a larger box than any before): rebuild with coarser cells.
      this.cell = Math.max(needed, 2 * this.cell);
      this.cells.clear();
      for (const b of this.all) this.bucket(b);
    } else this.bucket(box);
  }

  /** One number per cell; distinct for cell coordinates within ±2^25 (a map is far smaller). */
  private static key(gx: number, gy: number): number {
    return gx * 67_108_864 + gy;
  }

  private bucket(box: CentredBox) {
    const key = BoxIndex.key(Math.floor(box.cx / this.cell), Math.floor(box.cy / this.cell));
    const list = this.cells.get(key);
    if (list) list.push(box);
    else this.cells.set(key, [box]);
  }

  /**
   * Total area by which `box` (grown by the gap) overlaps the boxes held; 0 when it is free.
   * Stops adding once the sum reaches `atLeast`: a caller looking for the least overlap needs no more
   * (on a full ring every spot overlaps, and summing all of them made placing 1000 actors take half a minute).
   */
  overlap(box: CentredBox, gap = SPOT_GAP, atLeast = Number.POSITIVE_INFINITY): number {
    if (this.all.length === 0) return 0;
    const gx = Math.floor(box.cx / this.cell);
    const gy = Math.floor(box.cy / this.cell);
    // Cells whose boxes can reach this one (one cell around it, more for a box larger than any held).
    const rx = Math.ceil((box.hw + this.half.w + gap) / this.cell);
    const ry = Math.ceil((box.hh + this.half.h + gap) / this.cell);
    let sum = 0;
    for (let dx = -rx; dx <= rx; dx++)
      for (let dy = -ry; dy <= ry; dy++) {
        const list = this.cells.get(BoxIndex.key(gx + dx, gy + dy));
        if (!list) continue;
        for (const other of list) sum += overlapArea(box, other, gap);
        if (sum >= atLeast) return sum;
      }
    return sum;
  }
}

export interface SpotRequest {
  ring: Ring;
  centre: Position;
  /** The box of the actor being placed. */
  size: BoxSize;
  /** The direction from the centre to start from (radians, 0 = right, clockwise on screen). */
  angle: number;
  /** What one unit of moving away from `angle` along the ring costs, against one unit across it. */
  angleWeight: number;
  /** Take the spot on the ring's middle line at `angle` whenever it is free (the actor keeps its direction). */
  keepAngle?: boolean;
  /** The distance from the centre to prefer (default: the ring's middle line). */
  nearRadius?: number;
  /** What one unit of the box reaching out of its band costs (default `STICK_OUT_COST`). */
  stickOutCost?: number;
  /** The actor's sector: only spots where its box lies in this wedge (clear of its dividers) are taken. */
  arc?: SectorArc;
}

const box = (p: Position, size: BoxSize): CentredBox => ({ cx: p.x, cy: p.y, hw: size.width / 2, hh: size.height / 2 });

/**
 * A spot in a ring's band for a box that overlaps none of `taken` (with
 * `SPOT_GAP` between): the cheapest of a fine grid of spots over the whole band,
 * where moving away from `angle` or from the ring's middle line, and reaching
 * out of the band, all cost. When no spot is free (the ring is full), the spot
 * of least overlap. Spots are whole units, their centre `CENTRE_MARGIN` inside
 * the ring's borders, so the ring under the spot is always `ring`.
 * Deterministic: equal costs keep the order in which spots are tried.
 */
export function findSpot(request: SpotRequest, taken: BoxIndex): Position {
  const { ring, centre, size, angle } = request;
  const mid = ringMidRadius(ring);
  const at = (theta: number, r: number): Position => ({ x: Math.round(centre.x + r * Math.cos(theta)), y: Math.round(centre.y + r * Math.sin(theta)) });
  const { arc } = request;
  /** A spot (whole units) where the actor's box lies in its sector's wedge, clear of the dividers, when it has a sector. */
  const inSector = (spot: Position) =>
    !arc || inArc(Math.atan2(spot.y - centre.y, spot.x - centre.x), insetArc(arc, size, Math.hypot(spot.x - centre.x, spot.y - centre.y)));
  if (request.keepAngle) {
    const spot = at(angle, mid);
    if (inSector(spot) && taken.overlap(box(spot, size)) === 0) return spot;
  }
  const { inner, outer } = ringBand(ring);
  const radii: number[] = [];
  for (let r = inner + CENTRE_MARGIN; r <= outer - CENTRE_MARGIN; r += RADIAL_STEP) radii.push(r);
  const near = Math.min(Math.max(request.nearRadius ?? mid, inner + CENTRE_MARGIN), outer - CENTRE_MARGIN);
  radii.push(near);
  const stickCost = request.stickOutCost ?? STICK_OUT_COST;
  const steps = Math.ceil((2 * Math.PI * mid) / ARC_STEP);
  const candidates: { spot: Position; cost: number; order: number }[] = [];
  for (let k = 0; k < steps; k++) {
    // 0, +1, −1, +2, −2 … steps away from the preferred angle.
    const offset = k % 2 ? (k + 1) / 2 : -k / 2;
    const theta = angle + (offset * 2 * Math.PI) / steps;
    const along = Math.abs(offset) * ARC_STEP * request.angleWeight;
    for (const r of radii) {
      const spot = at(theta, r);
      if (!inSector(spot)) continue;
      const cost = along + Math.abs(r - near) + stickCost * stickOut(box(spot, size), ring, centre);
      candidates.push({ spot, cost, order: candidates.length });
    }
  }
  candidates.sort((a, b) => a.cost - b.cost || a.order - b.order);
  let best = candidates[0]!.spot;
  let least = Number.POSITIVE_INFINITY;
  for (const { spot } of candidates) {
    const overlap = taken.overlap(box(spot, size), SPOT_GAP, least);
    if (overlap === 0) return spot;
    if (overlap < least) [best, least] = [spot, overlap];
  }
  return best;
}
