/**
 * Tidying a personal map keeps the rings' meaning: each actor's box stays in
 * its own ring's band, wholly inside where the band has room for it, and clear
 * of "me" and of every other box. Used by layout.ts.
 */
import type { BoxSize } from './actorBox';
import { BoxIndex, type CentredBox, findSpot, ringBand, stickOut } from './freeSpot';
import { RING_RADII } from './rings';
import type { Position } from './schema';
import { inArc, insetArc, keepInArc, type SectorArc } from './sectors';
import type { Ring } from './vocabulary';

/** Room kept between a box and its ring's borders. */
const BAND_MARGIN = 8;
/** Kept from ring borders so that rounding to whole units cannot change the ring. */
const RING_MARGIN = 2;
/** Nearest the centre of a ring-1 actor comes to "me" before its box is considered (me's own radius). */
const SELF_CLEARANCE = 90;
/** Directions at which the fit of a box in its band is tabulated: one per degree. */
const DIRECTIONS = 360;
/** How far (in directions) a box that does not fit at its angle looks for one where it does. */
const TURN_SEARCH = 90;

/** Nearest and farthest distance of a box (centre `c`, half sizes) from the point `o`. */
function boxDistances(c: Position, half: { w: number; h: number }, o: Position): [number, number] {
  const dx = Math.abs(c.x - o.x);
  const dy = Math.abs(c.y - o.y);
  return [Math.hypot(Math.max(0, dx - half.w), Math.max(0, dy - half.h)), Math.hypot(dx + half.w, dy + half.h)];
}

/** The first distance along a direction at which `test` holds (it must hold beyond some distance). */
function bisect(test: (d: number) => boolean, hi: number): number {
  let lo = 0;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (test(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * Where a box's centre may lie along a direction: `low`…`high` keep the box
 * wholly inside its band (`fits`), else `mid` is the distance that puts as
 * much of it outside on either side, so it is plainly in its ring.
 */
export interface BandFit {
  fits: boolean;
  low: number;
  high: number;
  mid: number;
}

export function bandFit(ring: Ring, angle: number, size: BoxSize): BandFit {
  const { outer } = ringBand(ring);
  const inner = ring === 1 ? SELF_CLEARANCE : ringBand(ring).inner;
  const half = { w: size.width / 2, h: size.height / 2 };
  const o = { x: 0, y: 0 };
  const at = (d: number) => ({ x: Math.cos(angle) * d, y: Math.sin(angle) * d });
  const reach = outer + Math.hypot(half.w, half.h);
  const low = ring === 1 ? SELF_CLEARANCE : bisect((d) => boxDistances(at(d), half, o)[0] >= inner + BAND_MARGIN, reach);
  const high = bisect((d) => boxDistances(at(d), half, o)[1] > outer - BAND_MARGIN, reach);
  const balanced = bisect((x) => {
    const [near, far] = boxDistances(at(x), half, o);
    return near - inner >= outer - far;
  }, reach);
  const mid = Math.min(Math.max(balanced, inner + RING_MARGIN), outer - RING_MARGIN);
  if (low <= high) return { fits: true, low, high, mid };
  // Too wide for the margins but not for the band: inside, with equal room to both borders.
  const [near, far] = boxDistances(at(mid), half, o);
  const inside = (ring === 1 || near >= inner + 1) && far <= outer - 1;
  return { fits: inside, low: mid, high: mid, mid };
}

/** A box's fit in its band for every whole degree, worked out once per actor. */
export class BandTable {
  private readonly fits: BandFit[];

  constructor(
    readonly ring: Ring,
    size: BoxSize,
  ) {
    this.fits = Array.from({ length: DIRECTIONS }, (_, i) => bandFit(ring, (i * 2 * Math.PI) / DIRECTIONS, size));
  }

  private slot(angle: number) {
    return ((Math.round((angle * DIRECTIONS) / (2 * Math.PI)) % DIRECTIONS) + DIRECTIONS) % DIRECTIONS;
  }

  at(angle: number): BandFit {
    return this.fits[this.slot(angle)]!;
  }

  /**
   * The distance a box at `angle` should aim at (the ring's middle, or as near
   * it as the box fits), and for a box that does not fit there, the signed
   * turn (radians) to the nearest direction where it does (0 when none near).
   */
  target(angle: number): { radius: number; turn: number } {
    const fit = this.at(angle);
    const mid = this.ring === 1 ? (SELF_CLEARANCE + RING_RADII[1]) / 2 : (ringBand(this.ring).inner + ringBand(this.ring).outer) / 2;
    if (fit.fits) return { radius: Math.min(Math.max(mid, fit.low), fit.high), turn: 0 };
    const slot = this.slot(angle);
    for (let k = 1; k <= TURN_SEARCH; k++)
      for (const sign of [1, -1])
        if (this.fits[(slot + sign * k + DIRECTIONS) % DIRECTIONS]!.fits) return { radius: fit.mid, turn: (sign * k * 2 * Math.PI) / DIRECTIONS };
    return { radius: fit.mid, turn: 0 };
  }
}

/** What the band force needs of a node of the simulation. */
export interface BandNode {
  x?: number;
  y?: number;
  vx?: number;
  vy?: number;
  band?: BandTable;
}

/**
 * A d3 force pulling each actor to a distance from the centre where its box
 * fits inside its band at its angle (d3's forceRadial aims every actor at one
 * fixed radius), and turning an actor that does not fit at its angle towards
 * the nearest angle where it does.
 */
export function forceBand(centre: Position, strength: number, turnStrength: number) {
  let nodes: BandNode[] = [];
  const force = (alpha: number) => {
    for (const node of nodes) {
      if (!node.band) continue;
      const dx = (node.x ?? 0) - centre.x;
      const dy = (node.y ?? 0) - centre.y;
      const d = Math.hypot(dx, dy) || 1e-6;
      const { radius, turn } = node.band.target(Math.atan2(dy, dx));
      const pull = ((radius - d) * strength * alpha) / d;
      // The tangent (clockwise on screen) times the arc to the nearest angle that fits.
      const push = turn * turnStrength * alpha;
      node.vx = (node.vx ?? 0) + dx * pull - dy * push;
      node.vy = (node.vy ?? 0) + dy * pull + dx * push;
    }
  };
  force.initialize = (all: BandNode[]) => {
    nodes = all;
  };
  return force;
}

/**
 * Keep an actor's box within its ring's band around the centre at its angle:
 * wholly inside where the band is wide enough there, otherwise centred in the
 * band. The centre always stays in the ring, so `ringAt` gives the stored ring.
 */
export function keepInBand(point: Position, table: BandTable, centre: Position): Position {
  const dx = point.x - centre.x;
  const dy = point.y - centre.y;
  const distance = Math.hypot(dx, dy);
  const [ux, uy] = distance === 0 ? [0, -1] : [dx / distance, dy / distance];
  const fit = table.at(Math.atan2(uy, ux));
  const d = fit.fits ? Math.min(Math.max(distance, fit.low), fit.high) : fit.mid;
  return d === distance ? point : { x: centre.x + ux * d, y: centre.y + uy * d };
}

/** One actor of a personal map being tidied. */
export interface Seat {
  id: string;
  ring: Ring;
  size: BoxSize;
  position: Position;
  /** The wedge of the actor's sector: its spot stays in it. */
  arc?: SectorArc;
}

/** Weight of a box reaching out of its band when the tidy looks for room: a tidied map keeps boxes inside. */
const TIDY_STICK_OUT_COST = 40;

/**
 * The last step of tidying: each actor in turn keeps its spot when its box is
 * clear of "me" and of the actors seated before it and as far inside its band
 * as at any spot near it; otherwise it moves to the nearest spot of its band
 * that is (the same search as placing a new actor). Deterministic.
 */
export function seatInRings(seats: readonly Seat[], centre: Position, selfBox: CentredBox): Map<string, Position> {
  const taken = new BoxIndex([selfBox]);
  const result = new Map<string, Position>();
  const boxOf = (p: Position, size: BoxSize): CentredBox => ({ cx: p.x, cy: p.y, hw: size.width / 2, hh: size.height / 2 });
  // Boxes already inside their band are seated first: the others move around them, not they around the others.
  const out = (seat: Seat) => (stickOut(boxOf(seat.position, seat.size), seat.ring, centre) > 0 ? 1 : 0);
  const order = seats.map((seat, i) => ({ seat, i, out: out(seat) })).sort((a, b) => a.out - b.out || a.i - b.i);
  for (const { seat } of order) {
    const rounded = { x: Math.round(seat.position.x), y: Math.round(seat.position.y) };
    // Rounding to whole units must not carry a centre across its sector's divider.
    const inner = (p: Position) => seat.arc && insetArc(seat.arc, seat.size, Math.hypot(p.x - centre.x, p.y - centre.y));
    const inSector = (p: Position) => !seat.arc || inArc(Math.atan2(p.y - centre.y, p.x - centre.x), inner(p)!);
    const turned = seat.arc && !inSector(rounded) ? keepInArc(rounded, inner(rounded)!, centre, 0) : rounded;
    const here = { x: Math.round(turned.x), y: Math.round(turned.y) };
    const box = boxOf(here, seat.size);
    const angle = Math.atan2(here.y - centre.y, here.x - centre.x);
    let spot = here;
    // A box just across a border (the force tables are per degree, positions whole units): along its own direction first.
    const fit = bandFit(seat.ring, angle, seat.size);
    if (fit.fits && stickOut(box, seat.ring, centre) > 0) {
      const d = Math.min(Math.max(Math.hypot(here.x - centre.x, here.y - centre.y), fit.low + 1), fit.high - 1);
      const along = { x: Math.round(centre.x + Math.cos(angle) * d), y: Math.round(centre.y + Math.sin(angle) * d) };
      if (taken.overlap(boxOf(along, seat.size)) === 0 && stickOut(boxOf(along, seat.size), seat.ring, centre) === 0 && inSector(along)) spot = along;
    }
    if (taken.overlap(boxOf(spot, seat.size)) > 0 || stickOut(boxOf(spot, seat.size), seat.ring, centre) > 0) {
      const found = findSpot(
        {
          ring: seat.ring,
          centre,
          size: seat.size,
          angle,
          angleWeight: 1,
          stickOutCost: TIDY_STICK_OUT_COST,
          nearRadius: Math.hypot(here.x - centre.x, here.y - centre.y),
          ...(seat.arc ? { arc: seat.arc } : {}),
        },
        taken,
      );
      // Keep the spot where the search finds nothing better: no less overlap and no less out of the band.
      const better = (p: Position) => {
        const b = boxOf(p, seat.size);
        return [taken.overlap(b), stickOut(b, seat.ring, centre)] as const;
      };
      const [o1, s1] = better(found);
      const [o0, s0] = better(here);
      if (o1 < o0 || (o1 === o0 && s1 < s0)) spot = found;
    }
    taken.add(boxOf(spot, seat.size));
    result.set(seat.id, spot);
  }
  return result;
}
