import { centreOf } from './placement';
import { RING_RADII } from './rings';
import { SELF_HALF_SIZE } from './traits';
import type { MapDoc } from './schema';

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Room the sectors' names take outside the outer ring (render/sectors puts
 * them there): beside it for the lower wedges' names, above it for the top one's.
 */
const SECTOR_NAME_ROOM = { x: 150, y: 45 };

/** Room a node takes around its centre, for framing a map before nodes are measured. */
const NODE_HALF = { x: 110, y: 40 };

/** The area a map covers: every actor, and the rings of a personal map. */
export function mapBounds(map: MapDoc): Bounds {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const actor of map.actors) {
    const p = actor.position ?? { x: 0, y: 0 };
    const half = actor.type === 'self' ? SELF_HALF_SIZE : NODE_HALF;
    xs.push(p.x - half.x, p.x + half.x);
    ys.push(p.y - half.y, p.y + half.y);
  }
  if (map.kind === 'personal') {
    const c = centreOf(map);
    const room = map.sectors ? SECTOR_NAME_ROOM : { x: 0, y: 0 };
    xs.push(c.x - RING_RADII[3] - room.x, c.x + RING_RADII[3] + room.x);
    ys.push(c.y - RING_RADII[3] - room.y, c.y + RING_RADII[3]);
  }
  if (xs.length === 0) return { x: -300, y: -200, width: 600, height: 400 };
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}
