import { describe, expect, it } from 'vitest';
import { estimateActorBox } from './actorBox';
import { addActor, moveActors, setRing, setSector, setSectorScheme } from './commands';
import { createActor, createMap } from './factories';
import { layoutMap } from './layout';
import { placeActors } from './placement';
import { ringAt } from './rings';
import type { Actor, MapDoc, Position } from './schema';
import { dividerAngles, inArc, sectorArc, sectorAt, sectorAtAngle } from './sectors';
import { SECTOR_SCHEMES, SECTORS_OF_SCHEME, type Ring, type Sector } from './vocabulary';

const T = new Date('2025-03-01T10:00:00Z');
const deg = (d: number) => (d * Math.PI) / 180;
const at = (angleDeg: number, r: number): Position => ({ x: Math.round(Math.cos(deg(angleDeg)) * r), y: Math.round(Math.sin(deg(angleDeg)) * r) });

/** A personal map with sectors and actors at the given angles (degrees, clockwise from the right) and radii. */
function sectoredMap(places: { angle: number; r: number }[], scheme: MapDoc['sectors'] | null = 'areas'): MapDoc {
  const base = createMap({ kind: 'personal', title: 'Oma', now: T });
  const actors: Actor[] = places.map((p, i) =>
    createActor({ id: `a${i}`, type: 'person', name: `Henkilö ${i}`, position: at(p.angle, p.r), ring: ringAt(at(p.angle, p.r)) }),
  );
  return setSectorScheme({ ...base, actors: [...base.actors, ...actors] }, scheme ?? undefined);
}

/** Every corner of the actor's box in its stored sector: the (convex) wedge holds the whole box. */
function boxInSector(actor: Actor, size: { width: number; height: number }, scheme: 'areas' | 'publicThirdPrivate'): boolean {
  const { x, y } = actor.position!;
  const corners = [-1, 1].flatMap((sx) => [-1, 1].map((sy) => ({ x: x + (sx * size.width) / 2, y: y + (sy * size.height) / 2 })));
  return corners.every((c) => sectorAt(c, scheme) === actor.sector);
}

describe('sectorAt', () => {
  it('divides the circle into equal wedges clockwise from the top, the first centred straight up', () => {
    expect(sectorAt({ x: 0, y: -100 }, 'areas')).toBe('everyday');
    expect(sectorAt(at(30, 100), 'areas')).toBe('education');
    expect(sectorAt(at(150, 100), 'areas')).toBe('employment');
    expect(sectorAt({ x: 0, y: -100 }, 'publicThirdPrivate')).toBe('public');
    expect(sectorAt(at(30, 100), 'publicThirdPrivate')).toBe('third');
    expect(sectorAt(at(150, 100), 'publicThirdPrivate')).toBe('private');
  });

  it('puts a point on a divider in the wedge that begins there, and has no sector for the centre', () => {
    expect(dividerAngles('areas').map((a) => Math.round((a * 180) / Math.PI))).toEqual([-150, -30, 90]);
    expect(sectorAtAngle(deg(-30), 'areas')).toBe('education');
    expect(sectorAtAngle(deg(-30) - 1e-6, 'areas')).toBe('everyday');
    expect(sectorAtAngle(deg(90), 'areas')).toBe('employment');
    expect(sectorAtAngle(deg(90) - 1e-6, 'areas')).toBe('education');
    expect(sectorAtAngle(deg(210), 'areas')).toBe('everyday');
    expect(sectorAtAngle(deg(-150), 'areas')).toBe('everyday');
    expect(sectorAtAngle(deg(-150) - 1e-6, 'areas')).toBe('employment');
    expect(sectorAt({ x: 5, y: 5 }, 'areas', { x: 5, y: 5 })).toBeUndefined();
  });

  it('agrees with each sector’s wedge for every whole degree, around any centre', () => {
    const centre = { x: 40, y: -70 };
    for (const scheme of SECTOR_SCHEMES) {
      for (let d = 0; d < 360; d++) {
        const p = { x: centre.x + Math.cos(deg(d)) * 300, y: centre.y + Math.sin(deg(d)) * 300 };
        const sector = sectorAt(p, scheme, centre)!;
        expect(SECTORS_OF_SCHEME[scheme]).toContain(sector);
        expect(inArc(deg(d), sectorArc(scheme, sector)!)).toBe(true);
      }
    }
  });
});

describe('sector commands', () => {
  it('choosing a scheme gives every actor the sector it stands in, without moving anyone; none removes them', () => {
    const plain = sectoredMap(
      [
        { angle: -90, r: 150 },
        { angle: 20, r: 300 },
        { angle: 170, r: 500 },
      ],
      null,
    );
    expect(plain.sectors).toBeUndefined();
    const map = setSectorScheme(plain, 'areas');
    expect(map.sectors).toBe('areas');
    expect(map.actors.map((a) => a.sector)).toEqual([undefined, 'everyday', 'education', 'employment']);
    expect(map.actors.map((a) => a.position)).toEqual(plain.actors.map((a) => a.position));
    const none = setSectorScheme(map, undefined);
    expect(none.sectors).toBeUndefined();
    expect(none.actors.some((a) => 'sector' in a)).toBe(false);
  });

  it('an actor on a divider is turned into the sector it gets until its box is clear of the divider, keeping its ring', () => {
    for (const map of [sectoredMap([{ angle: 90, r: 310 }]), moveActors(sectoredMap([{ angle: 0, r: 310 }]), new Map([['a0', { x: 0, y: 310 }]]))]) {
      const actor = map.actors.find((a) => a.id === 'a0')!;
      expect(actor.sector).toBe('employment');
      expect(boxInSector(actor, estimateActorBox(actor), 'areas')).toBe(true);
      const angle = (Math.atan2(actor.position!.y, actor.position!.x) * 180) / Math.PI;
      expect(angle).toBeLessThan(120);
      expect(ringAt(actor.position!)).toBe(2);
    }
  });

  it('an actor moved off a divider by choosing a scheme lands clear of the other actors', () => {
    const base = createMap({ kind: 'personal', title: 'Oma', now: T });
    const actors = [
      createActor({ id: 'kur', type: 'person', name: 'Kuraattori Liisa', position: { x: 175, y: -85 }, ring: 1 }),
      createActor({ id: 'kela', type: 'organisation', name: 'Kela Kajaani', position: { x: 310, y: 10 }, ring: 2 }),
    ];
    const map = setSectorScheme({ ...base, actors: [...base.actors, ...actors] }, 'publicThirdPrivate');
    const [kur, kela] = ['kur', 'kela'].map((id) => map.actors.find((a) => a.id === id)!);
    expect(boxInSector(kur!, estimateActorBox(kur!), 'publicThirdPrivate')).toBe(true);
    expect(ringAt(kur!.position!)).toBe(1);
    expect(kela!.position).toEqual({ x: 310, y: 10 });
    const [a, b] = [kur!, kela!].map((x) => ({ ...x.position!, ...estimateActorBox(x) }));
    const overlap = Math.abs(a!.x - b!.x) < (a!.width + b!.width) / 2 && Math.abs(a!.y - b!.y) < (a!.height + b!.height) / 2;
    expect(overlap).toBe(false);
  });

  it('moving an actor updates its sector in the same edit as its ring', () => {
    const map = sectoredMap([{ angle: -90, r: 150 }]);
    const moved = moveActors(map, new Map([['a0', at(140, 480)]]));
    const actor = moved.actors.find((a) => a.id === 'a0')!;
    expect(actor.sector).toBe('employment');
    expect(actor.ring).toBe(3);
  });

  it('an added actor stores the sector of its spot', () => {
    const { actor } = addActor(sectoredMap([]), { type: 'person', name: 'Uusi', position: at(10, 300) });
    expect(actor.sector).toBe('education');
    const { actor: placed } = addActor(sectoredMap([]), { type: 'person', name: 'Uusi', ring: 2 });
    expect(placed.sector).toBe(sectorAt(placed.position!, 'areas'));
  });

  it('setting the sector moves the actor into that wedge on its own ring', () => {
    const map = sectoredMap([
      { angle: -90, r: 300 },
      { angle: 150, r: 310 },
    ]);
    const next = setSector(map, 'a0', 'employment');
    const actor = next.actors.find((a) => a.id === 'a0')!;
    expect(actor.sector).toBe('employment');
    expect(sectorAt(actor.position!, 'areas')).toBe('employment');
    expect(ringAt(actor.position!)).toBe(2);
    expect(actor.ring).toBe(2);
    expect(setSector(map, 'a0', 'everyday')).toBe(map);
  });

  it('changing the ring keeps the actor in its sector even when the way straight in is taken', () => {
    // a1 blocks the spot on ring 1 straight towards "me" from a0, near the divider.
    const map = sectoredMap([
      { angle: -35, r: 500 },
      { angle: -35, r: 150 },
    ]);
    expect(map.actors.find((a) => a.id === 'a0')!.sector).toBe('everyday');
    const next = setRing(map, 'a0', 1);
    const actor = next.actors.find((a) => a.id === 'a0')!;
    expect(ringAt(actor.position!)).toBe(1);
    expect(sectorAt(actor.position!, 'areas')).toBe('everyday');
  });
});

describe('placement and layout keep sectors', () => {
  it('placeActors moves an actor whose position disagrees with its stored sector into the sector, keeping its ring', () => {
    const map = sectoredMap([{ angle: -90, r: 300 }]);
    const wrong = { ...map, actors: map.actors.map((a) => (a.id === 'a0' ? { ...a, sector: 'education' as Sector } : a)) };
    const placed = placeActors(wrong);
    const actor = placed.actors.find((a) => a.id === 'a0')!;
    expect(actor.sector).toBe('education');
    expect(sectorAt(actor.position!, 'areas')).toBe('education');
    expect(ringAt(actor.position!)).toBe(2);
  });

  it('placeActors gives actors without a sector the one they stand in, and leaves maps without sectors alone', () => {
    const map = sectoredMap([{ angle: 30, r: 300 }]);
    const stripped = { ...map, actors: map.actors.map(({ sector: _s, ...a }) => a) };
    expect(placeActors(stripped).actors.find((a) => a.id === 'a0')!.sector).toBe('education');
    const plain = sectoredMap([{ angle: 30, r: 300 }], null);
    expect(placeActors(plain)).toBe(plain);
  });

  it('tidying keeps every actor in its stored sector and ring, even a crowded sector tied to the others', () => {
    // Many actors in one sector and a few in the others, all related across sectors: springs pull across dividers.
    const places = [
      ...Array.from({ length: 14 }, (_, i) => ({ angle: -120 + i * 4, r: 120 + (i % 3) * 180 })),
      { angle: 30, r: 300 },
      { angle: 150, r: 300 },
      { angle: 60, r: 500 },
    ];
    const map = sectoredMap(places, 'publicThirdPrivate');
    const ids = map.actors.filter((a) => a.type !== 'self').map((a) => a.id);
    const relations = ids.slice(1).map((id, i) => ({ id: `r${i}`, source: ids[0]!, target: id, direction: 'forward' as const, topics: [], methods: [] }));
    const before = new Map(map.actors.map((a) => [a.id, a]));
    const laidOut = layoutMap({ ...map, relations });
    for (const actor of laidOut.actors) {
      if (actor.type === 'self') continue;
      const old = before.get(actor.id)!;
      expect(actor.sector).toBe(old.sector);
      expect(sectorAt(actor.position!, 'publicThirdPrivate')).toBe(old.sector);
      // Where the wedge has room (outside the crowded inner ring), the whole box is clear of the dividers.
      if (old.ring !== 1) expect(boxInSector(actor, { width: 180, height: 60 }, 'publicThirdPrivate'), `${actor.id}'s box clear of the dividers`).toBe(true);
      expect(ringAt(actor.position!)).toBe(old.ring as Ring);
    }
  });
});
