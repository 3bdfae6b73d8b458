import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addActor, addRelation, removeElements, setRing, updateActor, updateRelation } from './commands';
import { changeCount, compareRounds } from './compareRounds';
import { createMap } from './factories';
import { replayOrder, replayPart } from './replay';
import { baseTitle, startNewRound } from './rounds';
import { mapSchema, type MapDoc } from './schema';
import { ACTOR_TYPES, DIRECTIONS, type Direction } from './vocabulary';

const NOW = new Date('2024-05-01T10:00:00.000Z');
const LATER = new Date('2024-11-01T10:00:00.000Z');

/** Me, Koulu (ring 1), Kela (ring 2), TE-palvelut (ring 3); me→Koulu, Kela→me, me↔TE. */
function firstRound(): MapDoc {
  let map = createMap({ kind: 'personal', title: 'Oma kartta', author: 'Aino', now: NOW });
  const me = map.actors[0]!.id;
  const add = (name: string, ring: 1 | 2 | 3) => {
    const r = addActor(map, { type: 'organisation', name, ring, now: NOW });
    map = r.map;
    return r.actor.id;
  };
  const koulu = add('Koulu', 1);
  const kela = add('Kela', 2);
  const te = add('TE-palvelut', 3);
  map = addRelation(map, { source: me, target: koulu, now: NOW }).map;
  map = addRelation(map, { source: kela, target: me, now: NOW }).map;
  map = addRelation(map, { source: me, target: te, direction: 'both', now: NOW }).map;
  return map;
}

const roundTitle = (n: number) => `Oma kartta (kierros ${n})`;

describe('startNewRound', () => {
  it('keeps actor and relation ids, gets a new id and title, and remembers its predecessor', () => {
    const map = firstRound();
    const before = structuredClone(map);
    const next = startNewRound(map, { title: roundTitle, now: LATER });
    expect(next.id).not.toBe(map.id);
    expect(next.title).toBe('Oma kartta (kierros 2)');
    expect(next.actors.map((a) => a.id)).toEqual(map.actors.map((a) => a.id));
    expect(next.relations.map((r) => r.id)).toEqual(map.relations.map((r) => r.id));
    expect(next.round).toEqual({ number: 2, previous: { mapId: map.id, title: 'Oma kartta', createdAt: map.createdAt } });
    expect(next.createdAt).toBe(LATER.toISOString());
    expect(map).toEqual(before);
    expect(mapSchema.safeParse(next).success).toBe(true);
    const third = startNewRound(next, { title: (n) => `${baseTitle(next)} (kierros ${n})`, now: LATER });
    expect(third.round?.number).toBe(3);
    expect(third.title).toBe('Oma kartta (kierros 3)');
    expect(third.round?.previous?.mapId).toBe(next.id);
  });

  it('a new round compared with its predecessor has no changes', () => {
    const map = firstRound();
    expect(changeCount(compareRounds(map, startNewRound(map, { title: roundTitle })))).toBe(0);
  });
});

describe('compareRounds', () => {
  it('finds an added, a gone and a moved actor, a flipped direction and changed labels', () => {
    const before = firstRound();
    const [, koulu, kela, te] = before.actors;
    let after = startNewRound(before, { title: roundTitle });
    after = addActor(after, { type: 'person', name: 'Mentori', ring: 1 }).map;
    after = removeElements(after, { actors: [te!.id] });
    after = setRing(after, kela!.id, 1);
    after = setRing(after, koulu!.id, 3);
    const kelaRelation = after.relations.find((r) => r.source === kela!.id)!;
    after = updateRelation(after, kelaRelation.id, { direction: 'both', topics: ['Toimeentulo'] });
    const c = compareRounds(before, after);
    expect(c.actors.added.map((a) => a.name)).toEqual(['Mentori']);
    expect(c.actors.gone.map((a) => a.name)).toEqual(['TE-palvelut']);
    expect(c.actors.closer.map((x) => x.after.name)).toEqual(['Kela']);
    expect(c.actors.farther.map((x) => x.after.name)).toEqual(['Koulu']);
    expect(c.relations.gone).toHaveLength(1);
    expect(c.relations.added).toHaveLength(0);
    expect(c.relations.directionChanged.map((x) => x.after.id)).toEqual([kelaRelation.id]);
    expect(c.relations.labelsChanged).toMatchObject([{ topicsAdded: ['Toimeentulo'], topicsGone: [] }]);
  });

  it('matches actors drawn by hand in both maps by their normalised name, and "me" with "me"', () => {
    const a = createMap({ kind: 'personal', title: 'A', now: NOW });
    const b = createMap({ kind: 'personal', title: 'B', now: NOW });
    const a1 = addActor(a, { type: 'organisation', name: 'Ohjaamo', ring: 2 });
    const b1 = addActor(b, { type: 'organisation', name: '  ohjaamo ', ring: 3 });
    const a2 = addRelation(a1.map, { source: a1.map.actors[0]!.id, target: a1.actor.id });
    const b2 = addRelation(b1.map, { source: b1.actor.id, target: b1.map.actors[0]!.id, direction: 'backward' });
    const c = compareRounds(a2.map, b2.map);
    expect(c.actors.added).toEqual([]);
    expect(c.actors.gone).toEqual([]);
    expect(c.actors.farther.map((x) => x.after.id)).toEqual([b1.actor.id]);
    // me→Ohjaamo drawn from the other end is the same arrow: no direction change.
    expect(c.relations.added).toEqual([]);
    expect(c.relations.directionChanged).toEqual([]);
  });

  it('notes sector changes when both rounds know the sector', () => {
    const before = firstRound();
    const koulu = before.actors[1]!;
    const withSector = { ...before, actors: before.actors.map((a) => (a.id === koulu.id ? { ...a, sector: 'education' as const } : a)) };
    const after = { ...withSector, actors: withSector.actors.map((a) => (a.id === koulu.id ? { ...a, sector: 'employment' as const } : a)) };
    expect(compareRounds(withSector, after).actors.sectorChanged.map((x) => x.after.sector)).toEqual(['employment']);
  });

  const arbitraryMap = fc
    .record({
      actors: fc.uniqueArray(
        fc.record({
          id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
          name: fc.constantFrom('Koulu', 'koulu', 'Kela', 'TE', 'Mentori'),
          ring: fc.constantFrom(1, 2, 3),
        }),
        { selector: (a) => a.id, maxLength: 6 },
      ),
      relations: fc.array(
        fc.record({
          id: fc.constantFrom('r1', 'r2', 'r3', 'r4', 'r5'),
          s: fc.nat(),
          t: fc.nat(),
          direction: fc.constantFrom<Direction>(...DIRECTIONS),
          topic: fc.constantFrom('', 'x', 'y'),
        }),
        { maxLength: 6 },
      ),
    })
    .map(({ actors, relations }): MapDoc => {
      const map = createMap({ kind: 'personal', title: 'P', now: NOW });
      const all = [...map.actors, ...actors.map((a) => ({ ...a, type: ACTOR_TYPES[1]!, services: [], ring: a.ring as 1 | 2 | 3 }))];
      const seen = new Set<string>();
      const rels = relations
        .filter((r) => !seen.has(r.id) && seen.add(r.id))
        .map((r) => ({
          id: r.id,
          source: all[r.s % all.length]!.id,
          target: all[r.t % all.length]!.id,
          direction: r.direction,
          topics: r.topic ? [r.topic] : [],
          methods: [],
        }));
      return { ...map, actors: all, relations: rels };
    });

  it('comparing a map with itself finds no changes', () => {
    fc.assert(fc.property(arbitraryMap, (map) => changeCount(compareRounds(map, map)) === 0));
  });

  it('added and gone swap exactly when the arguments swap; closer and farther too', () => {
    fc.assert(
      fc.property(arbitraryMap, arbitraryMap, (x, y) => {
        const xy = compareRounds(x, y);
        const yx = compareRounds(y, x);
        const ids = (list: readonly { id: string }[]) => list.map((e) => e.id).sort();
        expect(ids(xy.actors.added)).toEqual(ids(yx.actors.gone));
        expect(ids(xy.actors.gone)).toEqual(ids(yx.actors.added));
        expect(ids(xy.relations.added)).toEqual(ids(yx.relations.gone));
        expect(ids(xy.relations.gone)).toEqual(ids(yx.relations.added));
        expect(xy.actors.closer.length).toBe(yx.actors.farther.length);
        expect(xy.relations.directionChanged.length).toBe(yx.relations.directionChanged.length);
      }),
    );
  });
});

describe('createdAt and replay', () => {
  it('addActor and addRelation stamp when the element was drawn', () => {
    const map = createMap({ kind: 'regional', title: 'R', now: NOW });
    const a = addActor(map, { type: 'organisation', name: 'A', now: NOW });
    const b = addActor(a.map, { type: 'organisation', name: 'B', now: LATER });
    const r = addRelation(b.map, { source: a.actor.id, target: b.actor.id, now: LATER });
    expect(a.actor.createdAt).toBe(NOW.toISOString());
    expect(r.relation?.createdAt).toBe(LATER.toISOString());
    expect(mapSchema.safeParse(r.map).success).toBe(true);
  });

  it('replays by drawing time, a relation never before its ends', () => {
    const map = createMap({ kind: 'regional', title: 'R', now: NOW });
    const t = (minute: number) => new Date(NOW.getTime() + minute * 60_000);
    const a = addActor(map, { type: 'organisation', name: 'A', now: t(1) });
    const b = addActor(a.map, { type: 'organisation', name: 'B', now: t(2) });
    const ab = addRelation(b.map, { source: a.actor.id, target: b.actor.id, now: t(3) });
    const c = addActor(ab.map, { type: 'organisation', name: 'C', now: t(4) });
    // An import with the relation to C stamped earlier than C itself.
    const bc = addRelation(c.map, { source: b.actor.id, target: c.actor.id, now: t(0) });
    const steps = replayOrder(bc.map);
    expect(steps.map((s) => s.id)).toEqual([a.actor.id, b.actor.id, ab.relation!.id, c.actor.id, bc.relation!.id]);
    const part = replayPart(bc.map, steps, 3);
    expect(part.actors.map((x) => x.name)).toEqual(['A', 'B']);
    expect(part.relations.map((x) => x.id)).toEqual([ab.relation!.id]);
    // Drawn while the replay runs: shown at once.
    const d = addActor(bc.map, { type: 'person', name: 'D', now: t(9) });
    expect(replayPart(d.map, steps, 1).actors.map((x) => x.name)).toEqual(['A', 'D']);
  });

  it('falls back to stored order when createdAt is missing', () => {
    const map = firstRound();
    const bare: MapDoc = { ...map, actors: map.actors.map(({ createdAt: _c, ...a }) => a), relations: map.relations.map(({ createdAt: _c, ...r }) => r) };
    const steps = replayOrder(bare);
    expect(steps.filter((s) => s.kind === 'actor').map((s) => s.id)).toEqual(map.actors.map((a) => a.id));
    expect(steps).toHaveLength(map.actors.length + map.relations.length);
    const placed = new Set<string>();
    for (const step of steps) {
      if (step.kind === 'actor') placed.add(step.id);
      else {
        const r = bare.relations.find((x) => x.id === step.id)!;
        expect(placed.has(r.source) && placed.has(r.target)).toBe(true);
      }
    }
  });

  it('"me" keeps its name when updated: unrelated edits do not disturb comparisons', () => {
    const map = firstRound();
    const next = updateActor(map, map.actors[1]!.id, { note: 'x' });
    expect(changeCount(compareRounds(map, next))).toBe(0);
  });
});
