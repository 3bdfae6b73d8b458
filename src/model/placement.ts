/**
 * Where the app puts actors whose position is missing (the format allows it) or
 * that the user adds without pointing at a spot.
 */
import { keepInRing, pointOnRing, ringAt } from './rings';
import type { Actor, MapDoc, Position } from './schema';
import type { Ring } from './vocabulary';

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Spacing of the grid for regional maps: wide enough for a node with services. */
const GRID_STEP = { x: 260, y: 160 };

export function selfOf(map: MapDoc): Actor | undefined {
  return map.actors.find((a) => a.type === 'self');
}

export function centreOf(map: MapDoc): Position {
  return selfOf(map)?.position ?? { x: 0, y: 0 };
}

/** A free spot for the n-th actor placed by the app on a ring (spreads by the golden angle). */
export function spotOnRing(ring: Ring, index: number, centre: Position): Position {
  return pointOnRing(ring, -Math.PI / 2 + index * GOLDEN_ANGLE, centre);
}

function spotOnGrid(index: number): Position {
  const columns = 6;
  return { x: (index % columns) * GRID_STEP.x, y: Math.floor(index / columns) * GRID_STEP.y };
}

/**
 * Give every actor a position and, on a personal map, a ring, and make the two
 * agree: a position outside its stored ring moves onto that ring (same angle).
 * Returns the same map when nothing changes.
 */
export function placeActors(map: MapDoc): MapDoc {
  const personal = map.kind === 'personal';
  let placed = 0;
  let changed = false;
  const self = selfOf(map);
  const centre = self?.position ?? { x: 0, y: 0 };
  const actors = map.actors.map((actor) => {
    if (actor.type === 'self') {
      if (actor.position && actor.ring === undefined) return actor;
      changed = true;
      const { ring: _ring, ...rest } = actor;
      return { ...rest, position: actor.position ?? { x: 0, y: 0 } };
    }
    if (actor.position && !personal) return actor;
    if (actor.position && actor.ring !== undefined) {
      const inRing = keepInRing(actor.position, actor.ring, centre);
      if (inRing === actor.position) return actor;
      changed = true;
      return { ...actor, position: inRing };
    }
    changed = true;
    if (actor.position) return { ...actor, ring: ringAt(actor.position, centre) };
    const index = placed++;
    if (!personal) return { ...actor, position: spotOnGrid(map.actors.length + index) };
    const ring = actor.ring ?? 3;
    return { ...actor, ring, position: spotOnRing(ring, index, centre) };
  });
  return changed ? { ...map, actors } : map;
}
