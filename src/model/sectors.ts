/**
 * Sectors of a personal map (as in VennMaker): the rings around "me" are cut
 * into equal wedges, one per sector of the map's scheme (`map.sectors`),
 * clockwise from the top, the first one centred straight up (where the ring
 * names are, so no divider crosses them). An actor's sector is stored on it
 * (`actor.sector`); like its ring, the position only decides it when the user
 * places or drags the actor, and the app keeps the two in agreement.
 */
import type { Actor, MapDoc, Position } from './schema';
import { type Sector, type SectorScheme, SECTORS, SECTORS_OF_SCHEME } from './vocabulary';

const TURN = 2 * Math.PI;
/** Angle (radians, 0 = right, clockwise on screen) of straight up. */
const UP = -Math.PI / 2;
/**
 * How far (radians, about 4°) inside its wedge the app keeps an actor's centre
 * when it places one: never on a divider, where a reader could not tell.
 */
export const SECTOR_MARGIN = 0.07;

/** The sectors of a scheme, clockwise from the top. */
export function sectorsOf(scheme: SectorScheme): readonly Sector[] {
  return SECTORS_OF_SCHEME[scheme];
}

/** The scheme a sector belongs to (each sector belongs to exactly one). */
export function schemeOfSector(sector: Sector): SectorScheme {
  return (SECTORS_OF_SCHEME.areas as readonly Sector[]).includes(sector) ? 'areas' : 'publicThirdPrivate';
}

/**
 * The sectors a map's legend and filters offer: the whole scheme of a personal
 * map with sectors, or (a merged map) those its contributors placed actors in.
 */
export function sectorsShown(map: Pick<MapDoc, 'kind' | 'sectors' | 'actors'>): Sector[] {
  const scheme = schemeOf(map);
  if (scheme) return [...sectorsOf(scheme)];
  const used = new Set(map.actors.flatMap((a) => (a.sources ?? []).flatMap((s) => (s.sector ? [s.sector] : []))));
  return SECTORS.filter((s) => used.has(s));
}

/** The map's scheme when it is a personal map with sectors. */
export function schemeOf(map: Pick<MapDoc, 'kind' | 'sectors'>): SectorScheme | undefined {
  return map.kind === 'personal' ? map.sectors : undefined;
}

/** A wedge: from `from` clockwise to `to` (radians, `to` > `from`), centred on `mid`. */
export interface SectorArc {
  from: number;
  to: number;
  mid: number;
}

/** The wedge of the `index`-th sector of a scheme of `count` sectors. */
function arcAt(index: number, count: number): SectorArc {
  const width = TURN / count;
  const from = UP - width / 2 + index * width;
  return { from, to: from + width, mid: from + width / 2 };
}

/** The wedge of a sector, or undefined when the scheme has no such sector. */
export function sectorArc(scheme: SectorScheme, sector: Sector): SectorArc | undefined {
  const list = sectorsOf(scheme);
  const index = list.indexOf(sector);
  return index < 0 ? undefined : arcAt(index, list.length);
}

/** Angles of the dividers between the sectors (radians), one per sector: where each wedge begins. */
export function dividerAngles(scheme: SectorScheme): number[] {
  const count = sectorsOf(scheme).length;
  return Array.from({ length: count }, (_, i) => arcAt(i, count).from);
}

/** An angle brought into [from, from + 2π). */
function unwrap(angle: number, from: number): number {
  return from + ((((angle - from) % TURN) + TURN) % TURN);
}

/** The sector whose wedge holds a direction; a divider belongs to the wedge it begins. */
export function sectorAtAngle(angle: number, scheme: SectorScheme): Sector {
  const list = sectorsOf(scheme);
  const start = arcAt(0, list.length).from;
  // The tiny allowance puts a divider computed in floating point in the wedge it begins, as promised.
  const index = Math.floor(((unwrap(angle, start) - start) / TURN) * list.length + 1e-9);
  return list[index % list.length]!;
}

/** The sector a point lies in around the centre; undefined on the centre itself ("me" is in every sector). */
export function sectorAt(point: Position, scheme: SectorScheme, centre: Position = { x: 0, y: 0 }): Sector | undefined {
  if (point.x === centre.x && point.y === centre.y) return undefined;
  return sectorAtAngle(Math.atan2(point.y - centre.y, point.x - centre.x), scheme);
}

/** Whether a direction lies in a wedge, at least `margin` radians from its dividers. */
export function inArc(angle: number, arc: SectorArc, margin = 0): boolean {
  const a = unwrap(angle, arc.from);
  return a >= arc.from + margin && a <= arc.to - margin;
}

/** The direction nearest to `angle` that lies in the wedge, `margin` inside its dividers. */
export function clampAngle(angle: number, arc: SectorArc, margin = SECTOR_MARGIN): number {
  if (inArc(angle, arc, margin)) return angle;
  const a = unwrap(angle, arc.from);
  const start = arc.from + margin;
  const end = arc.to - margin;
  // Just inside the starting divider, within the margin.
  if (a < start) return start;
  // Beyond the end: the nearer of the two inset dividers, going either way round.
  return a - end <= start + TURN - a ? end : start;
}

/** Room kept between an actor's box and a divider (map units). */
const DIVIDER_CLEARANCE = 6;

/**
 * The part of a wedge where the centre of a box of `size` at `distance` from
 * the centre may lie with the whole box clear of both dividers (a divider is a
 * ray from the centre). Where the wedge is too narrow there, its middle only.
 */
export function insetArc(arc: SectorArc, size: { width: number; height: number }, distance: number): SectorArc {
  const inset = (angle: number) => {
    // How far the box reaches across a line of this direction, then the turn that puts that much between them.
    const reach = (size.width / 2) * Math.abs(Math.sin(angle)) + (size.height / 2) * Math.abs(Math.cos(angle)) + DIVIDER_CLEARANCE;
    return distance <= reach ? Math.PI : Math.asin(reach / distance);
  };
  const from = arc.from + Math.max(SECTOR_MARGIN, inset(arc.from));
  const to = arc.to - Math.max(SECTOR_MARGIN, inset(arc.to));
  return from <= to ? { from, to, mid: (from + to) / 2 } : { from: arc.mid, to: arc.mid, mid: arc.mid };
}

/** Turn a point around the centre, keeping its distance, into a wedge (unchanged when already in it). */
export function keepInArc(point: Position, arc: SectorArc, centre: Position, margin = SECTOR_MARGIN): Position {
  const dx = point.x - centre.x;
  const dy = point.y - centre.y;
  const distance = Math.hypot(dx, dy);
  const angle = distance === 0 ? arc.mid : Math.atan2(dy, dx);
  const turned = clampAngle(angle, arc, margin);
  if (turned === angle && distance > 0) return point;
  const d = distance || 1;
  return { x: centre.x + Math.cos(turned) * d, y: centre.y + Math.sin(turned) * d };
}

/**
 * How far (radians, about 2°) off a divider a user-placed actor's centre is
 * set: one dropped on a divider would be drawn in neither wedge, so it is
 * turned this little way into the wedge it is stored in.
 */
export const DIVIDER_SNAP = 0.035;

/**
 * An actor with the sector its position lies in, the position turned off a
 * divider into that sector's wedge where it sat on one (by at most
 * `DIVIDER_SNAP`, keeping its distance from the centre, so also its ring).
 */
export function settleInSector<A extends Actor>(actor: A, scheme: SectorScheme | undefined, centre: Position, size?: { width: number; height: number }): A {
  const withSector = withSectorAt(actor, scheme, centre);
  const whole = scheme && withSector.sector && withSector.position ? sectorArc(scheme, withSector.sector) : undefined;
  if (!whole || !withSector.position) return withSector;
  const p = withSector.position;
  // With its box's size: the box turns clear of the dividers, so the actor is plainly drawn in its wedge.
  const arc = size ? insetArc(whole, size, Math.hypot(p.x - centre.x, p.y - centre.y)) : whole;
  const margin = size ? 0 : DIVIDER_SNAP;
  if (inArc(Math.atan2(p.y - centre.y, p.x - centre.x), arc, margin)) return withSector;
  const turned = keepInArc(p, arc, centre, margin);
  return { ...withSector, position: { x: Math.round(turned.x), y: Math.round(turned.y) } };
}

/** The actor's sector when it belongs to the map's scheme (a sector of another scheme is ignored). */
export function storedSector(map: Pick<MapDoc, 'kind' | 'sectors'>, actor: Actor): Sector | undefined {
  const scheme = schemeOf(map);
  return scheme && actor.sector && sectorsOf(scheme).includes(actor.sector) ? actor.sector : undefined;
}

/** The wedge an actor must stay in: its stored sector's, on a map with sectors. */
export function arcOfActor(map: Pick<MapDoc, 'kind' | 'sectors'>, actor: Actor): SectorArc | undefined {
  const scheme = schemeOf(map);
  const sector = storedSector(map, actor);
  return scheme && sector ? sectorArc(scheme, sector) : undefined;
}

/** An actor with the sector its position lies in (or none: "me", no scheme, no position). */
export function withSectorAt<A extends Actor>(actor: A, scheme: SectorScheme | undefined, centre: Position): A {
  const sector = scheme && actor.type !== 'self' && actor.position ? sectorAt(actor.position, scheme, centre) : undefined;
  if (sector === actor.sector) return actor;
  const { sector: _old, ...rest } = actor;
  return (sector ? { ...rest, sector } : rest) as A;
}
