/**
 * Closeness rings of a personal map. "Me" sits at the centre; ring 1 holds the
 * closest contacts. The ring is stored on the actor; positions only decide the
 * ring when the user places or drags an actor.
 */
import type { Position } from './schema';
import type { Ring } from './vocabulary';

/** Outer radius of each ring, in map units (node centres). */
export const RING_RADII: Record<Ring, number> = { 1: 220, 2: 400, 3: 580 };

/** Radius on which actors of a ring are placed when the app places them. */
export function ringMidRadius(ring: Ring): number {
  const inner = ring === 1 ? 90 : RING_RADII[(ring - 1) as Ring];
  return (inner + RING_RADII[ring]) / 2;
}

/** The ring a point lies in; anything beyond the outer ring counts as the most distant. */
export function ringAt(point: Position, centre: Position = { x: 0, y: 0 }): Ring {
  const distance = Math.hypot(point.x - centre.x, point.y - centre.y);
  if (distance <= RING_RADII[1]) return 1;
  if (distance <= RING_RADII[2]) return 2;
  return 3;
}

/** A point on the middle of a ring at an angle (radians, 0 = right, clockwise on screen). */
export function pointOnRing(ring: Ring, angle: number, centre: Position = { x: 0, y: 0 }): Position {
  const r = ringMidRadius(ring);
  return { x: Math.round(centre.x + r * Math.cos(angle)), y: Math.round(centre.y + r * Math.sin(angle)) };
}

/** Keep a point's angle around the centre but move it onto the middle of another ring. */
export function moveToRing(point: Position, ring: Ring, centre: Position = { x: 0, y: 0 }): Position {
  const angle = point.x === centre.x && point.y === centre.y ? -Math.PI / 2 : Math.atan2(point.y - centre.y, point.x - centre.x);
  return pointOnRing(ring, angle, centre);
}
