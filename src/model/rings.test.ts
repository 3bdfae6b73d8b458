import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor, createMap } from './factories';
import { centreOf, placeActors, selfOf, spotAngle } from './placement';
import { moveToRing, pointOnRing, RING_RADII, ringAt, ringMidRadius } from './rings';
import type { Actor, MapDoc, Position } from './schema';
import { RINGS, type Ring } from './vocabulary';

const T = '2024-05-01T10:00:00.000Z';
const distance = (p: Position, c: Position = { x: 0, y: 0 }) => Math.hypot(p.x - c.x, p.y - c.y);
const angleOf = (p: Position, c: Position = { x: 0, y: 0 }) => Math.atan2(p.y - c.y, p.x - c.x);
/** Difference of two angles, in (-π, π]. */
const angleBetween = (a: number, b: number) => Math.atan2(Math.sin(a - b), Math.cos(a - b));

function mapWith(kind: MapDoc['kind'], actors: Actor[]): MapDoc {
  return { ...createMap({ kind: 'regional', title: 'Kartta', now: new Date(T) }), kind, actors };
}

describe('ringAt', () => {
  it('puts the centre itself in the closest ring', () => {
    expect(ringAt({ x: 0, y: 0 })).toBe(1);
  });

  it.each([
    ['right', 1, 0],
    ['left', -1, 0],
    ['up', 0, -1],
    ['down', 0, 1],
  ])('counts a point exactly on a ring boundary as inside that ring (%s)', (_name, dx, dy) => {
    for (const ring of RINGS) expect(ringAt({ x: dx * RING_RADII[ring], y: dy * RING_RADII[ring] })).toBe(ring);
  });

  it('counts a point exactly on a boundary on a diagonal as inside (3-4-5 triangles)', () => {
    for (const ring of RINGS) {
      const r = RING_RADII[ring];
      expect(ringAt({ x: (3 * r) / 5, y: (-4 * r) / 5 })).toBe(ring);
      expect(ringAt({ x: 10 + (4 * r) / 5, y: 20 + (3 * r) / 5 }, { x: 10, y: 20 })).toBe(ring);
    }
  });

  it('moves to the next ring just beyond a boundary', () => {
    expect(ringAt({ x: RING_RADII[1] + 0.001, y: 0 })).toBe(2);
    expect(ringAt({ x: 0, y: -(RING_RADII[2] + 0.001) })).toBe(3);
  });

  it('counts everything beyond the outer ring as the most distant ring', () => {
    expect(ringAt({ x: RING_RADII[3] + 0.001, y: 0 })).toBe(3);
    expect(ringAt({ x: 5000, y: -5000 })).toBe(3);
    expect(ringAt({ x: 1_000_000, y: 1_000_000 })).toBe(3);
  });

  it('measures from the given centre ("me" moved away from the origin)', () => {
    const centre = { x: 1000, y: 500 };
    expect(ringAt({ x: 1000, y: 500 }, centre)).toBe(1);
    expect(ringAt({ x: 1000 + RING_RADII[1], y: 500 }, centre)).toBe(1);
    expect(ringAt({ x: 1000, y: 500 - RING_RADII[2] }, centre)).toBe(2);
    expect(ringAt({ x: 1000 - RING_RADII[2] - 1, y: 500 }, centre)).toBe(3);
    // The origin is far from this centre, so it is not close any more.
    expect(ringAt({ x: 0, y: 0 }, centre)).toBe(3);
  });

  it('agrees with the radii for any point (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -2000, max: 2000 }), fc.integer({ min: -2000, max: 2000 }), (x, y) => {
        const d = Math.hypot(x, y);
        const expected: Ring = d <= RING_RADII[1] ? 1 : d <= RING_RADII[2] ? 2 : 3;
        expect(ringAt({ x, y })).toBe(expected);
      }),
    );
  });
});

describe('ringMidRadius and pointOnRing', () => {
  it('places ring 1 between the "me" node and its boundary, the others between two boundaries', () => {
    expect(ringMidRadius(1)).toBe((90 + RING_RADII[1]) / 2);
    expect(ringMidRadius(2)).toBe((RING_RADII[1] + RING_RADII[2]) / 2);
    expect(ringMidRadius(3)).toBe((RING_RADII[2] + RING_RADII[3]) / 2);
  });

  it('gives whole-number points that lie in the requested ring, at any angle and centre (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...RINGS),
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.integer({ min: -10_000, max: 10_000 }),
        fc.integer({ min: -10_000, max: 10_000 }),
        (ring, angle, cx, cy) => {
          const centre = { x: cx, y: cy };
          const point = pointOnRing(ring, angle, centre);
          expect(Number.isInteger(point.x) && Number.isInteger(point.y)).toBe(true);
          expect(ringAt(point, centre)).toBe(ring);
          expect(Math.abs(distance(point, centre) - ringMidRadius(ring))).toBeLessThan(1);
        },
      ),
    );
  });

  it('measures angles from the right, clockwise on screen (y grows downwards)', () => {
    expect(pointOnRing(2, 0)).toEqual({ x: 310, y: 0 });
    expect(pointOnRing(2, Math.PI / 2)).toEqual({ x: 0, y: 310 });
    expect(pointOnRing(2, Math.PI, { x: 10, y: 20 })).toEqual({ x: -300, y: 20 });
  });
});

describe('moveToRing', () => {
  it('keeps the direction from the centre and changes only the distance', () => {
    expect(moveToRing({ x: 300, y: 0 }, 1)).toEqual({ x: ringMidRadius(1), y: 0 });
    expect(moveToRing({ x: 0, y: 20 }, 3)).toEqual({ x: 0, y: ringMidRadius(3) });
    const moved = moveToRing({ x: -100, y: -100 }, 3);
    expect(Math.abs(angleBetween(angleOf(moved), angleOf({ x: -100, y: -100 })))).toBeLessThan(0.01);
    expect(ringAt(moved)).toBe(3);
  });

  it('works around a moved centre', () => {
    const centre = { x: 500, y: -200 };
    const point = { x: 500 + 30, y: -200 + 40 };
    const moved = moveToRing(point, 2, centre);
    expect(ringAt(moved, centre)).toBe(2);
    expect(Math.abs(distance(moved, centre) - ringMidRadius(2))).toBeLessThan(1);
    expect(Math.abs(angleBetween(angleOf(moved, centre), angleOf(point, centre)))).toBeLessThan(0.01);
  });

  it('moves a point sitting on the centre straight up', () => {
    expect(moveToRing({ x: 0, y: 0 }, 1)).toEqual({ x: 0, y: -ringMidRadius(1) });
    expect(moveToRing({ x: 7, y: 8 }, 2, { x: 7, y: 8 })).toEqual({ x: 7, y: 8 - ringMidRadius(2) });
  });

  it('keeps the angle for any point and ring (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -3000, max: 3000 }), fc.integer({ min: -3000, max: 3000 }), fc.constantFrom(...RINGS), (x, y, ring) => {
        fc.pre(Math.hypot(x, y) > 1);
        const moved = moveToRing({ x, y }, ring);
        expect(ringAt(moved)).toBe(ring);
        // Rounding to whole units moves the point by at most half a unit on each axis.
        expect(Math.abs(angleBetween(angleOf(moved), angleOf({ x, y })))).toBeLessThan(0.01);
      }),
    );
  });
});

describe('selfOf and centreOf', () => {
  it('find "me" and its position, or the origin when there is none', () => {
    const personal = createMap({ kind: 'personal', title: 'Omat', author: 'Aino' });
    expect(selfOf(personal)?.name).toBe('Aino');
    expect(centreOf(personal)).toEqual({ x: 0, y: 0 });
    const moved = { ...personal, actors: [{ ...personal.actors[0]!, position: { x: 40, y: -60 } }] };
    expect(centreOf(moved)).toEqual({ x: 40, y: -60 });
    const regional = createMap({ kind: 'regional', title: 'Alue' });
    expect(selfOf(regional)).toBeUndefined();
    expect(centreOf(regional)).toEqual({ x: 0, y: 0 });
  });
});

describe('spotAngle', () => {
  it('starts straight up and spreads later actors around the ring', () => {
    expect(spotAngle(0)).toBeCloseTo(-Math.PI / 2);
    const directions = Array.from({ length: 12 }, (_, i) => Math.round(((spotAngle(i) % (2 * Math.PI)) + 2 * Math.PI) * 100) % 628);
    expect(new Set(directions).size).toBe(12);
  });
});

describe('placeActors', () => {
  const me = (position?: Position): Actor => createActor({ id: 'me', type: 'self', name: 'Minä', ...(position ? { position } : {}) });

  it('returns the very same map when every actor is placed', () => {
    const map = mapWith('personal', [me({ x: 0, y: 0 }), createActor({ id: 'a', type: 'person', name: 'Liisa', ring: 1, position: { x: 100, y: 0 } })]);
    expect(placeActors(map)).toBe(map);
    const regional = mapWith('regional', [createActor({ id: 'o', type: 'organisation', name: 'Kela', position: { x: 5, y: 5 } })]);
    expect(placeActors(regional)).toBe(regional);
  });

  it('on a personal map gives a position on its ring to an actor that has only a ring', () => {
    const map = mapWith('personal', [me({ x: 0, y: 0 }), createActor({ id: 'a', type: 'person', name: 'Liisa', ring: 1 })]);
    const placed = placeActors(map);
    const actor = placed.actors[1]!;
    expect(actor.ring).toBe(1);
    expect(actor.position).toBeDefined();
    expect(ringAt(actor.position!)).toBe(1);
  });

  it('on a personal map puts an actor with neither position nor ring on the outer ring', () => {
    const map = mapWith('personal', [me({ x: 0, y: 0 }), createActor({ id: 'a', type: 'group', name: 'Työpaja' })]);
    const actor = placeActors(map).actors[1]!;
    expect(actor.ring).toBe(3);
    expect(ringAt(actor.position!)).toBe(3);
  });

  it('on a personal map takes the ring from the position when only the position is known', () => {
    const map = mapWith('personal', [me({ x: 0, y: 0 }), createActor({ id: 'a', type: 'person', name: 'Liisa', position: { x: 0, y: 300 } })]);
    const actor = placeActors(map).actors[1]!;
    expect(actor.position).toEqual({ x: 0, y: 300 });
    expect(actor.ring).toBe(2);
  });

  it('places around "me" where "me" is, not around the origin', () => {
    const centre = { x: 2000, y: 1000 };
    const map = mapWith('personal', [
      me(centre),
      createActor({ id: 'a', type: 'person', name: 'Liisa', ring: 1 }),
      createActor({ id: 'b', type: 'person', name: 'Pekka', position: { x: 2000, y: 1100 } }),
    ]);
    const [, a, b] = placeActors(map).actors;
    expect(ringAt(a!.position!, centre)).toBe(1);
    expect(distance(a!.position!, centre)).toBeLessThan(RING_RADII[1]);
    expect(b!.ring).toBe(1);
  });

  it('gives different spots to several actors placed at once', () => {
    const map = mapWith('personal', [
      me({ x: 0, y: 0 }),
      createActor({ id: 'a', type: 'person', name: 'A', ring: 2 }),
      createActor({ id: 'b', type: 'person', name: 'B', ring: 2 }),
      createActor({ id: 'c', type: 'person', name: 'C', ring: 2 }),
    ]);
    const spots = placeActors(map)
      .actors.slice(1)
      .map((a) => `${a.position!.x},${a.position!.y}`);
    expect(new Set(spots).size).toBe(3);
  });

  it('leaves placed actors alone (same objects) while placing the others', () => {
    const liisa = createActor({ id: 'a', type: 'person', name: 'Liisa', ring: 1, position: { x: 150, y: 0 } });
    const map = mapWith('personal', [me({ x: 0, y: 0 }), liisa, createActor({ id: 'b', type: 'person', name: 'Pekka' })]);
    const placed = placeActors(map);
    expect(placed).not.toBe(map);
    expect(placed.actors[1]).toBe(liisa);
    expect(placed.actors[0]).toBe(map.actors[0]);
    expect(map.actors[2]!.position).toBeUndefined();
  });

  it('moves a position outside its stored ring onto that ring, keeping its angle: the stored ring wins', () => {
    const far = createActor({ id: 'a', type: 'person', name: 'Liisa', ring: 1, position: { x: 999, y: 999 } });
    const near = createActor({ id: 'b', type: 'person', name: 'Pekka', ring: 3, position: { x: 0, y: -10 } });
    const placed = placeActors(mapWith('personal', [me({ x: 100, y: 100 }), far, near]));
    const [, liisa, pekka] = placed.actors;
    expect(liisa!.ring).toBe(1);
    expect(ringAt(liisa!.position!, { x: 100, y: 100 })).toBe(1);
    expect(Math.atan2(liisa!.position!.y - 100, liisa!.position!.x - 100)).toBeCloseTo(Math.PI / 4, 2);
    expect(pekka!.ring).toBe(3);
    expect(ringAt(pekka!.position!, { x: 100, y: 100 })).toBe(3);
  });

  it('puts "me" without a position at the origin and takes a ring off "me"', () => {
    const map = mapWith('personal', [{ ...me(), ring: 2 }]);
    const placed = placeActors(map);
    expect(placed.actors[0]).toEqual({ id: 'me', type: 'self', name: 'Minä', services: [], position: { x: 0, y: 0 } });
    expect('ring' in placed.actors[0]!).toBe(false);
    const withPositionAndRing = mapWith('personal', [{ ...me({ x: 10, y: 10 }), ring: 1 }]);
    expect(placeActors(withPositionAndRing).actors[0]).toEqual({ id: 'me', type: 'self', name: 'Minä', services: [], position: { x: 10, y: 10 } });
  });

  it('on a regional map gives grid positions, no rings, and distinct spots', () => {
    const map = mapWith('regional', [
      createActor({ id: 'placed', type: 'organisation', name: 'Kela', position: { x: 0, y: 0 } }),
      ...Array.from({ length: 8 }, (_, i) => createActor({ id: `o${i}`, type: 'organisation', name: `Toimija ${i}` })),
    ]);
    const placed = placeActors(map);
    expect(placed.actors[0]).toBe(map.actors[0]);
    for (const actor of placed.actors) {
      expect(actor.position).toBeDefined();
      expect(actor.ring).toBeUndefined();
    }
    const spots = placed.actors.map((a) => `${a.position!.x},${a.position!.y}`);
    expect(new Set(spots).size).toBe(spots.length);
  });

  it('does not mutate its argument', () => {
    const map = mapWith('personal', [me(), createActor({ id: 'a', type: 'person', name: 'A' })]);
    const before = structuredClone(map);
    placeActors(map);
    expect(map).toEqual(before);
  });
});
