/**
 * Where the app puts actors whose position is missing (the format allows it),
 * that the user adds without pointing at a spot, or that change ring: on their
 * ring, where their box overlaps neither "me" nor any other actor.
 */
import { type BoxSize, estimateActorBox } from './actorBox';
import { BoxIndex, type CentredBox, findSpot } from './freeSpot';
import { ringAt } from './rings';
import { arcOfActor, inArc, schemeOf, type SectorArc, settleInSector } from './sectors';
import type { Actor, MapDoc, Position } from './schema';
import type { Ring } from './vocabulary';

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** The first actor the app places goes straight up from "me". */
const FIRST_ANGLE = -Math.PI / 2;
/** Spacing of the grid for regional maps: wide enough for a node with services. */
const GRID_STEP = { x: 260, y: 160 };
/**
 * Room kept for a new actor: it arrives with a placeholder name ("Uusi henkilö")
 * and is named at once, usually with a longer name than that: two words that
 * fill the 155-unit text column (app.css), on two lines.
 */
export const NEW_ACTOR_BOX: BoxSize = { width: 230, height: 64 };
/**
 * An actor that the app places without a direction to keep may go far around
 * the ring to find room wholly inside its band: moving along the ring costs a
 * quarter of moving across it. One that keeps its direction (a ring change)
 * moves along the ring only as far as it must.
 */
const FREE_ANGLE_WEIGHT = 0.25;
const KEEP_ANGLE_WEIGHT = 1;

export function selfOf(map: MapDoc): Actor | undefined {
  return map.actors.find((a) => a.type === 'self');
}

export function centreOf(map: MapDoc): Position {
  return selfOf(map)?.position ?? { x: 0, y: 0 };
}

/** The direction in which the n-th actor placed by the app starts looking for room (spread by the golden angle). */
export function spotAngle(index: number): number {
  return FIRST_ANGLE + index * GOLDEN_ANGLE;
}

/** The box an actor is drawn in around a position. */
export function boxAt(actor: Actor, position: Position, size: BoxSize = estimateActorBox(actor)): CentredBox {
  return { cx: position.x, cy: position.y, hw: size.width / 2, hh: size.height / 2 };
}

/** The boxes of every placed actor of a map, but `except`. */
export function takenBoxes(map: MapDoc, except?: string): BoxIndex {
  const index = new BoxIndex();
  for (const actor of map.actors) if (actor.position && actor.id !== except) index.add(boxAt(actor, actor.position));
  return index;
}

/** A direction from the centre (straight up for a point on it). */
function angleOf(point: Position, centre: Position): number {
  return point.x === centre.x && point.y === centre.y ? FIRST_ANGLE : Math.atan2(point.y - centre.y, point.x - centre.x);
}

/**
 * A free spot on `ring` for an actor: in the direction of `towards` when that
 * spot on the ring's middle line is free (a ring change keeps the actor's
 * direction from "me"), else the nearest free spot in the band; without
 * `towards`, the n-th golden-angle direction is only where the search starts.
 */
export function spotFor(
  actor: Actor,
  ring: Ring,
  centre: Position,
  taken: BoxIndex,
  where: ({ towards: Position } | { index: number }) & { arc?: SectorArc },
  size: BoxSize = estimateActorBox(actor),
): Position {
  const keep = 'towards' in where;
  return findSpot(
    {
      ring,
      centre,
      size,
      angle: keep ? angleOf(where.towards, centre) : spotAngle(where.index),
      angleWeight: keep ? KEEP_ANGLE_WEIGHT : FREE_ANGLE_WEIGHT,
      keepAngle: keep,
      ...(where.arc ? { arc: where.arc } : {}),
    },
    taken,
  );
}

function spotOnGrid(index: number): Position {
  const columns = 6;
  return { x: (index % columns) * GRID_STEP.x, y: Math.floor(index / columns) * GRID_STEP.y };
}

/**
 * Give every actor a position and, on a personal map, a ring, and make the two
 * agree: a position outside its stored ring moves onto that ring (keeping its
 * direction where there is room). Actors placed here stand clear of every
 * other actor's box while their ring has room. Returns the same map when
 * nothing changes.
 */
export function placeActors(map: MapDoc): MapDoc {
  const personal = map.kind === 'personal';
  const self = selfOf(map);
  const centre = self?.position ?? { x: 0, y: 0 };
  const scheme = schemeOf(map);
  /** Whether an actor's position lies in its stored sector (or it has none to keep). */
  const inSector = (actor: Actor) => {
    const arc = arcOfActor(map, actor);
    return !arc || !actor.position || inArc(angleOf(actor.position, centre), arc);
  };
  /** On a map with sectors, an actor without one (of this scheme) gets the sector its position lies in. */
  const sectored = (actor: Actor) =>
    scheme && actor.type !== 'self' && !arcOfActor(map, actor) ? settleInSector(actor, scheme, centre, estimateActorBox(actor)) : actor;
  /** Actors whose position is kept as it is; the others are placed after them, around them. */
  const stays = (actor: Actor) =>
    actor.type === 'self' ||
    (actor.position !== undefined && (!personal || ((actor.ring === undefined || ringAt(actor.position, centre) === actor.ring) && inSector(actor))));
  const taken = new BoxIndex();
  for (const actor of map.actors) if (stays(actor)) taken.add(boxAt(actor, actor.type === 'self' ? centre : actor.position!));
  let placed = 0;
  let changed = false;
  const actors = map.actors.map((actor) => {
    if (actor.type === 'self') {
      if (actor.position && actor.ring === undefined) return actor;
      changed = true;
      const { ring: _ring, ...rest } = actor;
      return { ...rest, position: actor.position ?? { x: 0, y: 0 } };
    }
    if (actor.position && !personal) return actor;
    if (actor.position && actor.ring === undefined && inSector(actor)) {
      changed = true;
      return sectored({ ...actor, ring: ringAt(actor.position, centre) });
    }
    if (stays(actor)) {
      const kept = sectored(actor);
      if (kept !== actor) changed = true;
      return kept;
    }
    changed = true;
    const index = placed++;
    if (!personal) return { ...actor, position: spotOnGrid(map.actors.length + index) };
    const ring = actor.ring ?? 3;
    const arc = arcOfActor(map, actor);
    const position = spotFor(actor, ring, centre, taken, { ...(actor.position ? { towards: actor.position } : { index }), ...(arc ? { arc } : {}) });
    taken.add(boxAt(actor, position));
    return sectored({ ...actor, ring, position });
  });
  return changed ? { ...map, actors } : map;
}
