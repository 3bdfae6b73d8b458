import { describe, expect, it } from 'vitest';
import { estimateActorBox } from './actorBox';
import { createMap } from './factories';
import { countCrossings } from './crossings';
import { layoutMap } from './layout';
import { counterIds, personalMap } from './merge/fixtures';
import { mergeMaps } from './merge/mergeMaps';
import { NO_DECISIONS } from './merge/types';
import { RING_RADII, ringAt } from './rings';
import { mapSchema, type MapDoc } from './schema';

const NODE = { width: 180, height: 60 };

/** A regional map of `actors` actors and about `relations` relations, in loose clusters. Deterministic. */
function bigRegionalMap(actors: number, relations: number): MapDoc {
  let seed = 11;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const map = createMap({ kind: 'regional', title: 'Iso alue', now: new Date('2025-01-01T00:00:00Z') });
  const ids = Array.from({ length: actors }, (_, i) => `a${i}`);
  const cluster = (i: number) => Math.floor(i / 25);
  const rels = Array.from({ length: relations }, (_, i) => {
    const s = Math.floor(random() * actors);
    // Mostly within a cluster of 25, sometimes across: the shape of a region's networks.
    const t = random() < 0.8 ? Math.min(actors - 1, cluster(s) * 25 + Math.floor(random() * 25)) : Math.floor(random() * actors);
    return { id: `r${i}`, source: ids[s]!, target: ids[t === s ? (t + 1) % actors : t]!, direction: 'forward' as const, topics: [], methods: [] };
  });
  return { ...map, actors: ids.map((id) => ({ id, name: id, type: 'organisation' as const, services: [] })), relations: rels };
}

/** Pairs of overlapping boxes (every box `node`, but "me" `self` where given). */
function overlaps(map: MapDoc, node = NODE, self = node): number {
  const boxes = map.actors.map((a) => ({ ...a.position!, ...(a.type === 'self' ? self : node) }));
  let count = 0;
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      if (Math.abs(a.x - b.x) < (a.width + b.width) / 2 && Math.abs(a.y - b.y) < (a.height + b.height) / 2) count++;
    }
  }
  return count;
}

describe('layoutMap: regional maps', () => {
  const map = bigRegionalMap(120, 300);

  it('positions every actor, without overlapping boxes, and returns a new valid map', () => {
    const laidOut = layoutMap(map);
    expect(laidOut).not.toBe(map);
    expect(map.actors.every((a) => a.position === undefined)).toBe(true);
    expect(laidOut.actors.every((a) => a.position && Number.isInteger(a.position.x) && Number.isInteger(a.position.y))).toBe(true);
    expect(overlaps(laidOut)).toBe(0);
    expect(mapSchema.safeParse(laidOut).success).toBe(true);
  });

  it('is reproducible', () => {
    expect(layoutMap(map)).toEqual(layoutMap(map));
  });

  it('keeps related actors closer than unrelated ones', () => {
    const laidOut = layoutMap(map);
    const at = new Map(laidOut.actors.map((a) => [a.id, a.position!]));
    const distance = (a: string, b: string) => Math.hypot(at.get(a)!.x - at.get(b)!.x, at.get(a)!.y - at.get(b)!.y);
    const related = laidOut.relations.map((r) => distance(r.source, r.target));
    const ids = laidOut.actors.map((a) => a.id);
    const all = ids.flatMap((a, i) => ids.slice(i + 1).map((b) => distance(a, b)));
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    console.log(`layoutMap: mean distance of related actors ${mean(related).toFixed(0)}, of all pairs ${mean(all).toFixed(0)}`);
    expect(mean(related)).toBeLessThan(mean(all) * 0.6);
  });

  it('untangles a tangled map: fewer crossings after tidying than before', () => {
    // A 5 × 5 lattice (planar: it can be drawn without crossings) with its actors shuffled over the grid.
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const cells = Array.from({ length: 25 }, (_, i) => i).sort(() => random() - 0.5);
    const base = createMap({ kind: 'regional', title: 'Sotku', now: new Date('2025-01-01T00:00:00Z') });
    const actors = cells.map((cell, i) => ({
      id: `a${i}`,
      name: `a${i}`,
      type: 'organisation' as const,
      services: [],
      position: { x: (cell % 5) * 260, y: Math.floor(cell / 5) * 200 },
    }));
    const relations = actors.flatMap((_, i) => {
      const right = i % 5 < 4 ? [`a${i + 1}`] : [];
      const down = i < 20 ? [`a${i + 5}`] : [];
      return [...right, ...down].map((t) => ({ id: `r${i}-${t}`, source: `a${i}`, target: t, direction: 'forward' as const, topics: [], methods: [] }));
    });
    const tangled: MapDoc = { ...base, actors, relations };
    const crossings = (m: MapDoc) => countCrossings(new Map(m.actors.map((a) => [a.id, a.position!])), m.relations);
    const before = crossings(tangled);
    const after = crossings(layoutMap(tangled));
    console.log(`layoutMap: crossings ${before} before, ${after} after tidying`);
    expect(before).toBeGreaterThan(20);
    expect(after).toBeLessThanOrEqual(before);
    expect(after).toBeLessThan(before / 2);
  });

  // How long this takes is measured by `npm run bench`, not here.
  it('lays out 1000 actors and 3000 relations into a valid map with few overlapping boxes', () => {
    const large = bigRegionalMap(1000, 3000);
    const laidOut = layoutMap(large);
    expect(laidOut.actors.every((a) => a.position)).toBe(true);
    expect(mapSchema.safeParse(laidOut).success).toBe(true);
    // Out of about half a million pairs, nearly all apart.
    expect(overlaps(laidOut)).toBeLessThan(20);
  }, 60_000);
});

describe('layoutMap: regional maps merged from personal maps (closeness ties)', () => {
  /**
   * Six trainees who all worked with the same few actors (arrows), and two who
   * also put an actor on a ring without an arrow to it: Aino had Kela on her
   * inner ring, Eero had Verotoimisto on his outer ring.
   */
  function merged(): MapDoc {
    const shared = [
      'Ohjaamo',
      'TE-toimisto',
      'Kuraattori',
      'Etsivä nuorisotyö',
      'Työpaja',
      'Sosiaalitoimi',
      'TYP',
      'Lukio',
      'Ammattiopisto',
      'Nuorisotoimi',
      'Mielenterveyspalvelut',
      'Seurakunta',
    ];
    const trainees = ['Aino', 'Bertta', 'Cecilia', 'Eero', 'Fanni', 'Hannu', 'Iida', 'Jussi', 'Kaisa', 'Lauri'].map((author, i) => {
      const mine = [0, 1, 2, 3].map((k) => shared[(i + k * 2) % shared.length]!);
      const extra =
        author === 'Aino'
          ? [{ id: 'kela', name: 'Kela', ring: 1 as const }]
          : author === 'Eero'
            ? [{ id: 'vero', name: 'Verotoimisto', ring: 3 as const }]
            : [];
      return personalMap(
        `map-${author}`,
        author,
        [...mine.map((name, k) => ({ id: `a${k}`, name, ring: 2 as const })), ...extra],
        [...mine.map((_, k) => ({ source: 'me', target: `a${k}` })), { source: 'a0', target: 'a1' }, { source: 'a2', target: 'a3' }],
      );
    });
    return mergeMaps(trainees, NO_DECISIONS, { title: 'Kainuu', now: new Date('2025-03-01T00:00:00Z'), newId: counterIds() }).map;
  }

  it('puts an actor a trainee only placed on a ring near that trainee (nearer than actors are on average)', () => {
    const map = merged();
    const laidOut = layoutMap(map, { start: 'fresh' });
    const at = new Map(laidOut.actors.map((a) => [a.name, a.position!]));
    const distance = (a: string, b: string) => Math.hypot(at.get(a)!.x - at.get(b)!.x, at.get(a)!.y - at.get(b)!.y);
    const names = [...at.keys()];
    const all = names.flatMap((a, i) => names.slice(i + 1).map((b) => distance(a, b)));
    const mean = all.reduce((s, x) => s + x, 0) / all.length;
    console.log(
      `layoutMap: Aino–Kela (inner ring) ${distance('Aino', 'Kela').toFixed(0)}, Eero–Verotoimisto (outer ring) ${distance('Eero', 'Verotoimisto').toFixed(0)}, mean of all pairs ${mean.toFixed(0)}`,
    );
    // Islands but for the ties: no relation reaches Kela or Verotoimisto.
    const island = (name: string) => laidOut.actors.find((a) => a.name === name)!.id;
    expect(map.relations.filter((r) => [island('Kela'), island('Verotoimisto')].some((id) => id === r.source || id === r.target))).toEqual([]);
    /** How many actors are nearer `a` than `b` is. */
    const rank = (a: string, b: string) => names.filter((x) => x !== a && x !== b && distance(a, x) < distance(a, b)).length;
    console.log(
      `layoutMap: actors nearer Aino than Kela ${rank('Aino', 'Kela')}, nearer Eero than Verotoimisto ${rank('Eero', 'Verotoimisto')} of ${names.length}`,
    );
    expect(distance('Aino', 'Kela')).toBeLessThan(mean * 0.5);
    expect(rank('Aino', 'Kela')).toBeLessThanOrEqual(3);
    expect(distance('Eero', 'Verotoimisto')).toBeLessThan(mean * 0.8);
    // The closer the ring, the shorter the spring.
    expect(distance('Aino', 'Kela')).toBeLessThan(distance('Eero', 'Verotoimisto'));
    expect(overlaps(laidOut)).toBe(0);
  });

  it('stays reproducible with ties', () => {
    const map = merged();
    expect(layoutMap(map, { start: 'fresh' })).toEqual(layoutMap(map, { start: 'fresh' }));
  });
});

describe('layoutMap: personal maps', () => {
  function personal(): MapDoc {
    const map = createMap({ kind: 'personal', title: 'Omat', author: 'Aino', now: new Date('2025-01-01T00:00:00Z') });
    const me = { ...map.actors[0]!, position: { x: 50, y: -20 } };
    const others = Array.from({ length: 18 }, (_, i) => ({
      id: `a${i}`,
      name: `Toimija ${i}`,
      type: 'person' as const,
      services: [],
      ring: ((i % 3) + 1) as 1 | 2 | 3,
      position: { x: 50 + i * 7, y: -20 },
    }));
    const relations = others.map((a, i) => ({ id: `r${i}`, source: me.id, target: a.id, direction: 'both' as const, topics: [], methods: [] }));
    return { ...map, actors: [me, ...others], relations };
  }

  it('keeps "me" in place and every actor in its ring', () => {
    const map = personal();
    const laidOut = layoutMap(map);
    const me = laidOut.actors[0]!;
    expect(me.position).toEqual({ x: 50, y: -20 });
    for (const actor of laidOut.actors.slice(1)) {
      const before = map.actors.find((a) => a.id === actor.id)!;
      expect(actor.ring).toBe(before.ring);
      expect(ringAt(actor.position!, me.position!)).toBe(actor.ring);
    }
  });

  /** Whether some distance along this angle puts the whole box inside the band (sampled, independent of the layout's own maths). */
  function fitsAtAngle(angle: number, inner: number, outer: number, size: { width: number; height: number }) {
    for (let d = inner; d <= outer; d += 1) {
      const [near, far] = boxDistances({ x: Math.cos(angle) * d, y: Math.sin(angle) * d }, size);
      if (near >= inner && far <= outer) return true;
    }
    return false;
  }
  function boxDistances(c: { x: number; y: number }, size: { width: number; height: number }): [number, number] {
    const dx = Math.abs(c.x);
    const dy = Math.abs(c.y);
    return [Math.hypot(Math.max(0, dx - size.width / 2), Math.max(0, dy - size.height / 2)), Math.hypot(dx + size.width / 2, dy + size.height / 2)];
  }

  /** "Me" as the layout sizes it: its estimated box (personal() names it "Aino"). */
  const ME = estimateActorBox({ type: 'self', name: 'Aino', services: [] });
  /** Whether a box lies wholly inside its ring's band (ring 1: inside its outer circle and clear of "me"). */
  function whollyInside(rel: { x: number; y: number }, ring: 1 | 2 | 3, size: { width: number; height: number }) {
    const [near, far] = boxDistances(rel, size);
    const inner = ring === 1 ? 0 : RING_RADII[(ring - 1) as 1 | 2];
    const clearOfMe = Math.abs(rel.x) >= (size.width + ME.width) / 2 || Math.abs(rel.y) >= (size.height + ME.height) / 2;
    return near >= inner && far <= RING_RADII[ring] && clearOfMe;
  }
  function countInside(map: MapDoc, size: { width: number; height: number }) {
    const me = map.actors[0]!.position!;
    return map.actors.slice(1).filter((a) => whollyInside({ x: a.position!.x - me.x, y: a.position!.y - me.y }, a.ring!, size)).length;
  }

  for (const [size, least] of [
    [NODE, 16],
    [{ width: 140, height: 44 }, 18],
  ] as const) {
    it(`keeps every actor's ${size.width}×${size.height} box inside its ring band where it fits, off the borders, clear of "me" and of each other (tidy)`, () => {
      const map = personal();
      const laidOut = layoutMap(map, { nodeSize: size });
      const me = laidOut.actors[0]!.position!;
      let wholly = 0;
      for (const actor of laidOut.actors.slice(1)) {
        const ring = actor.ring!;
        const inner = ring === 1 ? 0 : RING_RADII[(ring - 1) as 1 | 2];
        const outer = RING_RADII[ring];
        const rel = { x: actor.position!.x - me.x, y: actor.position!.y - me.y };
        const [near, far] = boxDistances(rel, size);
        const centreDistance = Math.hypot(rel.x, rel.y);
        expect(ringAt(actor.position!, me), actor.name).toBe(ring);
        if (ring !== 1 && fitsAtAngle(Math.atan2(rel.y, rel.x), inner, outer, size)) {
          expect(near, actor.name).toBeGreaterThanOrEqual(inner);
          expect(far, actor.name).toBeLessThanOrEqual(outer);
          wholly++;
        } else if (ring !== 1) {
          // Too wide for the band at its angle: its centre mid-band, never near a border.
          expect(centreDistance - inner, actor.name).toBeGreaterThan((outer - inner) / 4);
          expect(outer - centreDistance, actor.name).toBeGreaterThan((outer - inner) / 4);
        }
      }
      const before = countInside(map, size);
      const after = countInside(laidOut, size);
      console.log(
        `layoutMap ${size.width}×${size.height}: ${after} of ${laidOut.actors.length - 1} boxes wholly inside their band after tidying (${before} before; ${wholly} of 12 on rings 2–3 by the angle test)`,
      );
      expect(after).toBeGreaterThanOrEqual(least);
      expect(overlaps(laidOut, size, ME)).toBe(0);
    });
  }

  it('keeps a tall box (as measured on the canvas) inside its band too', () => {
    const map = personal();
    const tall = { width: 110, height: 80 };
    const sizes = new Map(map.actors.slice(1).map((a) => [a.id, tall]));
    const laidOut = layoutMap(map, { sizes });
    const me = laidOut.actors[0]!.position!;
    for (const actor of laidOut.actors.slice(1).filter((a) => a.ring !== 1)) {
      const rel = { x: actor.position!.x - me.x, y: actor.position!.y - me.y };
      const inner = RING_RADII[(actor.ring! - 1) as 1 | 2];
      const outer = RING_RADII[actor.ring!];
      if (!fitsAtAngle(Math.atan2(rel.y, rel.x), inner, outer, tall)) continue;
      const [near, far] = boxDistances(rel, tall);
      expect(near, actor.name).toBeGreaterThanOrEqual(inner);
      expect(far, actor.name).toBeLessThanOrEqual(outer);
    }
  });

  it('gives an actor without a ring the ring it stands in', () => {
    const map = personal();
    const { ring: _ring, ...loose } = map.actors[1]!;
    const laidOut = layoutMap({ ...map, actors: [map.actors[0]!, { ...loose, position: { x: 550, y: -20 } }] });
    expect(laidOut.actors[1]!.ring).toBe(3);
  });
});
