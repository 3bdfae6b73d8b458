import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addActor,
  addLabel,
  addQuestion,
  addRelation,
  cycleDirection,
  moveActors,
  moveQuestion,
  nextDirection,
  removeElements,
  removeQuestion,
  setReflection,
  setRing,
  updateActor,
  updateMeta,
  updateQuestion,
  updateRelation,
} from './commands';
import { estimateActorBox } from './actorBox';
import { createMap } from './factories';
import { placeActors } from './placement';
import { ringAt, ringMidRadius } from './rings';
import { mapSchema, type MapDoc, type Position } from './schema';
import { ADDABLE_ACTOR_TYPES, DIRECTIONS, MAP_KINDS, REFLECTION_KEYS, RINGS, type ActorType, type Direction, type Ring } from './vocabulary';

const NOW = new Date('2024-05-01T10:00:00.000Z');

function personalMap() {
  const map = createMap({ kind: 'personal', title: 'Omat verkostosuhteeni', author: 'Aino', now: NOW });
  return { map, me: map.actors[0]! };
}

/** A personal map with "me", Liisa (ring 1), TE-toimisto (ring 3) and a relation me → Liisa. */
function sampleMap() {
  const { map: empty, me } = personalMap();
  const liisa = addActor(empty, { type: 'person', name: 'Kuraattori Liisa', ring: 1, id: 'liisa' });
  const te = addActor(liisa.map, { type: 'organisation', name: 'TE-toimisto', ring: 3, id: 'te' });
  const r = addRelation(te.map, { source: me.id, target: 'liisa', id: 'r-me-liisa' });
  return { map: r.map, me, liisa: liisa.actor, te: te.actor, relation: r.relation! };
}

const actor = (map: MapDoc, id: string) => map.actors.find((a) => a.id === id)!;
/** The same map with "me" stored elsewhere than the origin (as an imported file may have it). */
const withMeAt = (map: MapDoc, at: Position) => ({ ...map, actors: map.actors.map((a) => (a.type === 'self' ? { ...a, position: at } : a)) });

/** Freeze a value and everything in it, so that a command that mutates its argument throws. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

describe('updateMeta', () => {
  it('changes only the given fields', () => {
    const { map } = personalMap();
    const next = updateMeta(map, { title: 'Uusi otsikko', region: 'Pirkanmaa' });
    expect(next).toEqual({ ...map, title: 'Uusi otsikko', region: 'Pirkanmaa' });
    expect(map.title).toBe('Omat verkostosuhteeni');
  });
});

describe('addActor', () => {
  it('on a personal map without position or ring puts the actor on the middle ring', () => {
    const { map } = personalMap();
    const { map: next, actor: added } = addActor(map, { type: 'person', name: 'Liisa' });
    expect(added.ring).toBe(2);
    expect(ringAt(added.position!)).toBe(2);
    expect(next.actors).toEqual([...map.actors, added]);
    expect(map.actors).toHaveLength(1);
  });

  it('on a personal map takes the ring under the given position', () => {
    const { map } = personalMap();
    expect(addActor(map, { type: 'person', name: 'A', position: { x: 100, y: 100 } }).actor).toMatchObject({ ring: 1, position: { x: 100, y: 100 } });
    expect(addActor(map, { type: 'person', name: 'B', position: { x: 0, y: -399 } }).actor.ring).toBe(2);
    expect(addActor(map, { type: 'person', name: 'C', position: { x: 900, y: 900 } }).actor.ring).toBe(3);
  });

  it('on a personal map places an actor on the requested ring', () => {
    const { map } = personalMap();
    for (const ring of RINGS) {
      const { actor: added } = addActor(map, { type: 'group', name: 'Työpaja', ring });
      expect(added.ring).toBe(ring);
      expect(ringAt(added.position!)).toBe(ring);
    }
  });

  it('measures the ring from "me" when "me" is not at the origin', () => {
    const { map } = personalMap();
    const moved = withMeAt(map, { x: 3000, y: 3000 });
    expect(addActor(moved, { type: 'person', name: 'A', position: { x: 3100, y: 3000 } }).actor.ring).toBe(1);
    const placed = addActor(moved, { type: 'person', name: 'B', ring: 1 }).actor;
    expect(ringAt(placed.position!, { x: 3000, y: 3000 })).toBe(1);
  });

  it('on a regional map sets a position but no ring', () => {
    const map = createMap({ kind: 'regional', title: 'Pirkanmaan TNO-palvelut', now: NOW });
    const first = addActor(map, { type: 'organisation', name: 'Ohjaamo', ring: 1 });
    expect(first.actor.ring).toBeUndefined();
    expect(first.actor.position).toEqual({ x: 0, y: 0 });
    const second = addActor(first.map, { type: 'organisation', name: 'Kela' });
    expect(second.actor.position).not.toEqual(first.actor.position);
    const pointed = addActor(second.map, { type: 'group', name: 'Työpaja', position: { x: -50, y: 70 } });
    expect(pointed.actor).toMatchObject({ position: { x: -50, y: 70 } });
    expect(pointed.actor.ring).toBeUndefined();
  });

  it('uses a given id and otherwise a fresh one', () => {
    const { map } = personalMap();
    expect(addActor(map, { type: 'person', name: 'A', id: 'given' }).actor.id).toBe('given');
    const a = addActor(map, { type: 'person', name: 'A' }).actor;
    const b = addActor(map, { type: 'person', name: 'A' }).actor;
    expect(a.id).not.toBe(b.id);
    expect(a).toMatchObject({ type: 'person', name: 'A', services: [] });
  });
});

describe('updateActor', () => {
  it('changes the given fields of one actor', () => {
    const { map } = sampleMap();
    const next = updateActor(map, 'liisa', { name: 'Liisa Kuraattori', organisation: 'Lyseo', type: 'group' });
    expect(actor(next, 'liisa')).toMatchObject({ name: 'Liisa Kuraattori', organisation: 'Lyseo', type: 'group', ring: 1 });
    expect(actor(next, 'te')).toBe(actor(map, 'te'));
    expect(actor(map, 'liisa').name).toBe('Kuraattori Liisa');
  });

  it('keeps "me" as "me" and never makes another actor "me"', () => {
    const { map, me } = sampleMap();
    expect(actor(updateActor(map, me.id, { type: 'person', name: 'Aino V.' }), me.id)).toMatchObject({ type: 'self', name: 'Aino V.' });
    expect(actor(updateActor(map, 'liisa', { type: 'self' }), 'liisa').type).toBe('person');
  });
});

describe('moveActors', () => {
  it('on a personal map lets the ring follow the new position', () => {
    const { map } = sampleMap();
    const next = moveActors(
      map,
      new Map<string, Position>([
        ['liisa', { x: 500, y: 0 }],
        ['te', { x: -10, y: 100 }],
      ]),
    );
    expect(actor(next, 'liisa')).toMatchObject({ position: { x: 500, y: 0 }, ring: 3 });
    expect(actor(next, 'te')).toMatchObject({ position: { x: -10, y: 100 }, ring: 1 });
    expect(actor(map, 'liisa').ring).toBe(1);
  });

  it('leaves actors that were not moved as they were', () => {
    const { map, me } = sampleMap();
    const next = moveActors(map, new Map([['liisa', { x: 0, y: 300 }]]));
    expect(actor(next, 'te')).toBe(actor(map, 'te'));
    expect(actor(next, me.id)).toBe(actor(map, me.id));
    expect(next.relations).toBe(map.relations);
  });

  it('on a regional map moves without giving rings', () => {
    const regional = createMap({ kind: 'regional', title: 'Alue', now: NOW });
    const { map, actor: kela } = addActor(regional, { type: 'organisation', name: 'Kela' });
    const next = moveActors(map, new Map([[kela.id, { x: 10, y: 1000 }]]));
    expect(actor(next, kela.id).position).toEqual({ x: 10, y: 1000 });
    expect(actor(next, kela.id).ring).toBeUndefined();
  });

  it('keeps "me" fixed at the centre: a move of "me" is ignored, and rings are measured from "me"', () => {
    const { map, me } = sampleMap();
    const next = moveActors(
      map,
      new Map<string, Position>([
        [me.id, { x: 1000, y: 0 }],
        ['te', { x: 100, y: 0 }],
      ]),
    );
    expect(actor(next, me.id)).toBe(actor(map, me.id));
    expect(actor(next, 'te').ring).toBe(1);
    // Only "me" moved: no edit at all, so no empty undo step.
    expect(moveActors(map, new Map([[me.id, { x: 5, y: 5 }]]))).toBe(map);
    const elsewhere = withMeAt(map, { x: 1000, y: 0 });
    expect(actor(moveActors(elsewhere, new Map([['liisa', { x: 1000, y: 450 }]])), 'liisa').ring).toBe(3);
    expect(actor(moveActors(elsewhere, new Map([['liisa', { x: 900, y: 0 }]])), 'liisa').ring).toBe(1);
  });
});

describe('setRing', () => {
  it('moves the actor onto the middle of the ring, keeping its direction from "me"', () => {
    const { map } = sampleMap();
    const placed = moveActors(map, new Map([['liisa', { x: 0, y: 100 }]]));
    const next = setRing(placed, 'liisa', 3);
    expect(actor(next, 'liisa')).toMatchObject({ ring: 3, position: { x: 0, y: ringMidRadius(3) } });
  });

  it('measures from "me" when "me" is not at the origin', () => {
    const { map } = sampleMap();
    const moved = moveActors(withMeAt(map, { x: 500, y: 500 }), new Map<string, Position>([['te', { x: 500, y: 1000 }]]));
    const next = setRing(moved, 'te', 2);
    expect(actor(next, 'te')).toMatchObject({ ring: 2, position: { x: 500, y: 500 + ringMidRadius(2) } });
  });

  it('does not put an actor on top of "me": the ring-1 spot level with "me" is taken by its box', () => {
    const { map, me } = sampleMap();
    const moved = moveActors(withMeAt(map, { x: 500, y: 500 }), new Map<string, Position>([['te', { x: 900, y: 500 }]]));
    const te = actor(setRing(moved, 'te', 1), 'te');
    expect(te.ring).toBe(1);
    const [a, b] = [estimateActorBox(te), estimateActorBox(me)];
    const apart = Math.abs(te.position!.x - 500) >= (a.width + b.width) / 2 || Math.abs(te.position!.y - 500) >= (a.height + b.height) / 2;
    expect(apart, JSON.stringify(te.position)).toBe(true);
    // Still on the side it came from.
    expect(te.position!.x).toBeGreaterThan(500);
  });

  it('places an actor without a position straight above "me"', () => {
    const { map } = sampleMap();
    const unplaced = { ...map, actors: map.actors.map((a) => (a.id === 'te' ? { ...a, position: undefined } : a)) };
    expect(actor(setRing(unplaced, 'te', 2), 'te')).toMatchObject({ ring: 2, position: { x: 0, y: -ringMidRadius(2) } });
  });

  it('does not give "me" a ring', () => {
    const { map, me } = sampleMap();
    expect(actor(setRing(map, me.id, 2), me.id)).toBe(me);
  });
});

describe('removeElements', () => {
  it('removes actors with every relation that touches them', () => {
    const { map, me } = sampleMap();
    const withMore = addRelation(map, { source: 'liisa', target: 'te', id: 'r-liisa-te' }).map;
    const withMeTe = addRelation(withMore, { source: 'te', target: me.id, id: 'r-te-me' }).map;
    const next = removeElements(withMeTe, { actors: ['liisa'] });
    expect(next.actors.map((a) => a.id)).toEqual([me.id, 'te']);
    expect(next.relations.map((r) => r.id)).toEqual(['r-te-me']);
    expect(withMeTe.actors).toHaveLength(3);
  });

  it('removes relations by id and leaves their actors', () => {
    const { map, relation } = sampleMap();
    const next = removeElements(map, { relations: [relation.id] });
    expect(next.relations).toEqual([]);
    expect(next.actors).toEqual(map.actors);
  });

  it('never removes "me"', () => {
    const { map, me, relation } = sampleMap();
    const next = removeElements(map, { actors: [me.id, 'te'] });
    expect(next.actors.map((a) => a.id)).toEqual([me.id, 'liisa']);
    expect(next.relations).toEqual([relation]);
    expect(removeElements(map, { actors: [me.id] })).toBe(map);
  });

  it('returns the same map when there is nothing to remove', () => {
    const { map } = sampleMap();
    expect(removeElements(map, {})).toBe(map);
    expect(removeElements(map, { actors: [], relations: [] })).toBe(map);
  });

  it('accepts any iterable of ids', () => {
    const { map, me } = sampleMap();
    const next = removeElements(map, { actors: new Set(['liisa', 'te']) });
    expect(next.actors.map((a) => a.id)).toEqual([me.id]);
    expect(next.relations).toEqual([]);
  });
});

describe('addRelation', () => {
  it('draws a new relation, forward unless told otherwise', () => {
    const { map } = sampleMap();
    const { map: next, relation } = addRelation(map, { source: 'liisa', target: 'te' });
    expect(relation).toMatchObject({ source: 'liisa', target: 'te', direction: 'forward', topics: [], methods: [] });
    expect(next.relations).toEqual([...map.relations, relation]);
    expect(addRelation(map, { source: 'te', target: 'liisa', direction: 'both', id: 'r2' }).relation).toMatchObject({ id: 'r2', direction: 'both' });
  });

  it('refuses a relation from an actor to itself', () => {
    const { map } = sampleMap();
    const result = addRelation(map, { source: 'liisa', target: 'liisa' });
    expect(result.map).toBe(map);
    expect(result.relation).toBeUndefined();
  });

  it('refuses a relation with an unknown end', () => {
    const { map } = sampleMap();
    for (const input of [
      { source: 'liisa', target: 'nobody' },
      { source: 'nobody', target: 'liisa' },
      { source: 'x', target: 'y' },
    ]) {
      const result = addRelation(map, input);
      expect(result.map).toBe(map);
      expect(result.relation).toBeUndefined();
    }
  });

  it('returns the existing relation of the same pair, in either orientation', () => {
    const { map, me, relation } = sampleMap();
    const same = addRelation(map, { source: me.id, target: 'liisa', direction: 'both' });
    expect(same.map).toBe(map);
    expect(same.relation).toBe(relation);
    const reversed = addRelation(map, { source: 'liisa', target: me.id });
    expect(reversed.map).toBe(map);
    expect(reversed.relation).toBe(relation);
    expect(reversed.relation!.direction).toBe('forward');
  });
});

describe('updateRelation, nextDirection and cycleDirection', () => {
  it('updates the given relation only', () => {
    const { map, relation } = sampleMap();
    const next = updateRelation(map, relation.id, { topics: ['opiskelu'], methods: ['meeting'], note: 'Joka viikko' });
    expect(next.relations[0]).toEqual({ ...relation, topics: ['opiskelu'], methods: ['meeting'], note: 'Joka viikko' });
    expect(map.relations[0]).toBe(relation);
  });

  it('cycles → then ← then ↔ then → again', () => {
    expect(nextDirection('forward')).toBe('backward');
    expect(nextDirection('backward')).toBe('both');
    expect(nextDirection('both')).toBe('forward');
    const { map, relation } = sampleMap();
    const seen: Direction[] = [];
    let current = map;
    for (let i = 0; i < 4; i++) {
      current = cycleDirection(current, relation.id);
      seen.push(current.relations[0]!.direction);
    }
    expect(seen).toEqual(['backward', 'both', 'forward', 'backward']);
    expect(map.relations[0]!.direction).toBe('forward');
  });

  it('ignores an unknown relation', () => {
    const { map } = sampleMap();
    expect(cycleDirection(map, 'nope')).toBe(map);
  });
});

describe('questions', () => {
  function withQuestions(...texts: string[]) {
    let map = personalMap().map;
    const ids: string[] = [];
    for (const text of texts) {
      const added = addQuestion(map, text);
      map = added.map;
      ids.push(added.question.id);
    }
    return { map, ids };
  }
  const texts = (map: MapDoc) => map.questions.map((q) => q.text);

  it('adds questions at the end, empty unless text is given', () => {
    const { map } = personalMap();
    const first = addQuestion(map);
    expect(first.question.text).toBe('');
    const second = addQuestion(first.map, 'Miten tavoitan etsivän nuorisotyön?');
    expect(second.map.questions).toEqual([first.question, second.question]);
    expect(first.question.id).not.toBe(second.question.id);
    expect(map.questions).toEqual([]);
  });

  it('updates and removes a question by id', () => {
    const { map, ids } = withQuestions('a', 'b', 'c');
    expect(texts(updateQuestion(map, ids[1]!, 'B'))).toEqual(['a', 'B', 'c']);
    expect(texts(removeQuestion(map, ids[0]!))).toEqual(['b', 'c']);
    expect(texts(removeQuestion(map, 'nope'))).toEqual(['a', 'b', 'c']);
    expect(texts(map)).toEqual(['a', 'b', 'c']);
  });

  it('moves a question up and down', () => {
    const { map, ids } = withQuestions('a', 'b', 'c');
    expect(texts(moveQuestion(map, ids[1]!, -1))).toEqual(['b', 'a', 'c']);
    expect(texts(moveQuestion(map, ids[1]!, 1))).toEqual(['a', 'c', 'b']);
    expect(texts(map)).toEqual(['a', 'b', 'c']);
  });

  it('does nothing when a move would leave the list or the question is unknown', () => {
    const { map, ids } = withQuestions('a', 'b', 'c');
    expect(moveQuestion(map, ids[0]!, -1)).toBe(map);
    expect(moveQuestion(map, ids[2]!, 1)).toBe(map);
    expect(moveQuestion(map, 'nope', 1)).toBe(map);
    const single = withQuestions('only');
    expect(moveQuestion(single.map, single.ids[0]!, 1)).toBe(single.map);
    expect(moveQuestion(single.map, single.ids[0]!, -1)).toBe(single.map);
  });
});

describe('setReflection', () => {
  it('sets one answer and keeps the others', () => {
    const { map } = personalMap();
    const once = setReflection(map, 'purpose', 'Yhteinen asiakas');
    const twice = setReflection(once, 'value', 'Nopeampi apu nuorelle');
    expect(twice.reflection).toEqual({ ...map.reflection, purpose: 'Yhteinen asiakas', value: 'Nopeampi apu nuorelle' });
    expect(setReflection(twice, 'purpose', '').reflection.purpose).toBe('');
    expect(map.reflection.purpose).toBe('');
  });
});

describe('addLabel', () => {
  it('adds a trimmed label at the end', () => {
    expect(addLabel(['meeting'], '  Teams-palaveri ')).toEqual(['meeting', 'Teams-palaveri']);
  });

  it('ignores a label already in the list, whatever its case', () => {
    expect(addLabel(['Puhelin', 'email'], 'puhelin')).toEqual(['Puhelin', 'email']);
    expect(addLabel(['Puhelin'], ' PUHELIN ')).toEqual(['Puhelin']);
    expect(addLabel(['ÄIDINKIELI'], 'äidinkieli')).toEqual(['ÄIDINKIELI']);
    expect(addLabel(['Työllistyminen'], 'työllistyminen')).toEqual(['Työllistyminen']);
  });

  it('ignores a blank label', () => {
    expect(addLabel(['a'], '')).toEqual(['a']);
    expect(addLabel(['a'], '   ')).toEqual(['a']);
  });

  it('returns a new array and leaves its argument alone', () => {
    const list = ['a'];
    const same = addLabel(list, 'A');
    const longer = addLabel(list, 'b');
    expect(same).not.toBe(list);
    expect(longer).not.toBe(list);
    expect(list).toEqual(['a']);
  });
});

describe('any sequence of commands keeps the map valid (property)', () => {
  const name = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim().length > 0);
  const coordinate = fc.integer({ min: -20_000, max: 20_000 });
  const position = fc.record({ x: coordinate, y: coordinate });
  const ring = fc.constantFrom<Ring>(...RINGS);
  const addableType = fc.constantFrom<ActorType>(...ADDABLE_ACTOR_TYPES);
  const pick = fc.nat(1000);

  /** A command picks its targets by index into the current lists, so it always means something. */
  type Step = (map: MapDoc) => MapDoc;
  const nth = <T>(list: readonly T[], index: number): T | undefined => (list.length ? list[index % list.length] : undefined);
  const actorId = (map: MapDoc, i: number) => nth(map.actors, i)?.id ?? 'missing';
  const relationId = (map: MapDoc, i: number) => nth(map.relations, i)?.id ?? 'missing';
  const questionId = (map: MapDoc, i: number) => nth(map.questions, i)?.id ?? 'missing';

  const addActorStep = fc.record({ type: addableType, name, position: fc.option(position, { nil: undefined }), ring: fc.option(ring, { nil: undefined }) }).map(
    ({ type, name, position, ring }) =>
      (m: MapDoc) =>
        addActor(m, { type, name, ...(position ? { position } : {}), ...(ring ? { ring } : {}) }).map,
  );
  const addRelationStep = fc.record({ s: pick, t: pick, direction: fc.constantFrom<Direction>(...DIRECTIONS) }).map(
    ({ s, t, direction }) =>
      (m: MapDoc) =>
        addRelation(m, { source: actorId(m, s), target: actorId(m, t), direction }).map,
  );
  const removeStep = fc.record({ actors: fc.array(pick, { maxLength: 2 }), relations: fc.array(pick, { maxLength: 2 }) }).map(
    ({ actors, relations }) =>
      (m: MapDoc) =>
        removeElements(m, { actors: actors.map((i) => actorId(m, i)), relations: relations.map((i) => relationId(m, i)) }),
  );

  // Adding is weighted up so that sequences build maps worth removing from.
  const step: fc.Arbitrary<Step> = fc.oneof(
    { arbitrary: addActorStep, weight: 5 },
    { arbitrary: addRelationStep, weight: 5 },
    { arbitrary: removeStep, weight: 2 },
    fc.record({ i: pick, name, type: addableType }).map(
      ({ i, name, type }) =>
        (m: MapDoc) =>
          updateActor(m, actorId(m, i), { name, type }),
    ),
    fc.array(fc.tuple(pick, position), { maxLength: 3 }).map((moves) => (m: MapDoc) => moveActors(m, new Map(moves.map(([i, p]) => [actorId(m, i), p])))),
    fc.record({ i: pick, ring }).map(
      ({ i, ring }) =>
        (m: MapDoc) =>
          setRing(m, actorId(m, i), ring),
    ),
    pick.map((i) => (m: MapDoc) => cycleDirection(m, relationId(m, i))),
    fc.record({ i: pick, label: fc.string({ maxLength: 12 }) }).map(({ i, label }) => (m: MapDoc) => {
      const relation = nth(m.relations, i);
      return relation ? updateRelation(m, relation.id, { topics: addLabel(relation.topics, label), methods: addLabel(relation.methods, label) }) : m;
    }),
    fc.string({ maxLength: 30 }).map((text) => (m: MapDoc) => addQuestion(m, text).map),
    fc.record({ i: pick, text: fc.string({ maxLength: 30 }) }).map(
      ({ i, text }) =>
        (m: MapDoc) =>
          updateQuestion(m, questionId(m, i), text),
    ),
    pick.map((i) => (m: MapDoc) => removeQuestion(m, questionId(m, i))),
    fc.record({ i: pick, delta: fc.constantFrom<-1 | 1>(-1, 1) }).map(
      ({ i, delta }) =>
        (m: MapDoc) =>
          moveQuestion(m, questionId(m, i), delta),
    ),
    fc.record({ key: fc.constantFrom(...REFLECTION_KEYS), answer: fc.string({ maxLength: 30 }) }).map(
      ({ key, answer }) =>
        (m: MapDoc) =>
          setReflection(m, key, answer),
    ),
    fc.record({ title: name, region: fc.string({ maxLength: 10 }) }).map((patch) => (m: MapDoc) => updateMeta(m, patch)),
    fc.constant((m: MapDoc) => placeActors(m)),
  );

  it('passes mapSchema after every step, with one "me", rings on personal maps and no duplicate pairs', () => {
    fc.assert(
      fc.property(fc.constantFrom(...MAP_KINDS), fc.array(step, { maxLength: 30, size: 'max' }), (kind, steps) => {
        let map = createMap({ kind, title: 'Kartta', author: 'Aino', now: NOW });
        const self = map.actors.find((a) => a.type === 'self');
        for (const apply of steps) {
          // Commands never mutate the map they are given: a write to a frozen object throws.
          map = apply(deepFreeze(map));
          const parsed = mapSchema.safeParse(map);
          if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues[0]));
          expect(map.actors.filter((a) => a.type === 'self')).toEqual(self ? [expect.objectContaining({ id: self.id })] : []);
          for (const a of map.actors) {
            if (a.type === 'self') expect(a.ring).toBeUndefined();
            else if (kind === 'personal') expect(RINGS).toContain(a.ring);
          }
          const pairs = map.relations.map((r) => [r.source, r.target].sort().join('\u0000'));
          expect(new Set(pairs).size).toBe(pairs.length);
          for (const r of map.relations) expect(r.source).not.toBe(r.target);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('setRing when there is nothing to change', () => {
  it('returns the same map, so no empty undo step is recorded', () => {
    const personal = createMap({ kind: 'personal', title: 'Oma', author: 'Aino' });
    const added = addActor(personal, { type: 'person', name: 'Liisa', ring: 2 });
    expect(setRing(added.map, added.actor.id, 2)).toBe(added.map);
    expect(setRing(added.map, personal.actors[0]!.id, 1)).toBe(added.map);
    const regional = addActor(createMap({ kind: 'regional', title: 'Alue' }), { type: 'group', name: 'Työpaja' });
    expect(setRing(regional.map, regional.actor.id, 1)).toBe(regional.map);
  });
});
