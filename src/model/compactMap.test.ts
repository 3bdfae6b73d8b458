import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromCompact, toCompact } from './compactMap';
import { restoreFile } from './restore';
import type { MapDoc } from './schema';
import { ACTOR_TYPES, CONTENT_AREAS, DIRECTIONS, PRESET_METHODS, REFLECTION_KEYS, TNO_LEVELS } from './vocabulary';

const NOW = '2026-11-30T10:00:00.000Z';
const label = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && s.trim().length > 0);
const optionalText = fc.option(fc.string({ maxLength: 20 }), { nil: undefined });

/** A valid personal or regional map with everything a trainee can write into it. */
const mapArb = fc
  .record({
    kind: fc.constantFrom('personal', 'regional'),
    title: label,
    author: optionalText,
    region: optionalText,
    actors: fc.array(
      fc.record({
        name: label,
        type: fc.constantFrom(...ACTOR_TYPES.filter((t) => t !== 'self')),
        ring: fc.constantFrom(1, 2, 3),
        position: fc.record({ x: fc.double({ min: -5000, max: 5000, noNaN: true }), y: fc.double({ min: -5000, max: 5000, noNaN: true }) }),
        organisation: optionalText,
        note: optionalText,
        services: fc.array(fc.record({ name: label, tno: fc.subarray([...TNO_LEVELS]), areas: fc.subarray([...CONTENT_AREAS]) }), { maxLength: 2 }),
      }),
      { minLength: 1, maxLength: 8 },
    ),
    relations: fc.array(
      fc.record({
        s: fc.nat(),
        t: fc.nat(),
        direction: fc.constantFrom(...DIRECTIONS),
        topics: fc.uniqueArray(label, { maxLength: 3, comparator: (a, b) => a.toLowerCase() === b.toLowerCase() }),
        methods: fc.uniqueArray(fc.oneof(fc.constantFrom(...PRESET_METHODS), label), {
          maxLength: 3,
          comparator: (a, b) => a.toLowerCase() === b.toLowerCase(),
        }),
        note: optionalText,
      }),
      { maxLength: 10 },
    ),
    questions: fc.array(fc.record({ text: fc.string({ maxLength: 20 }), author: optionalText }), { maxLength: 3 }),
    reflection: fc.tuple(...REFLECTION_KEYS.map(() => fc.string({ maxLength: 10 }))),
  })
  .map((m) => {
    const actors = [
      { name: 'Minä', type: 'self', ring: undefined, position: { x: 0, y: 0 }, organisation: undefined, note: undefined, services: [] },
      ...m.actors,
    ].map((a, i) => ({ ...a, id: `x${i}` }));
    const file = {
      format: 'verkostokartta',
      version: 1,
      exportedAt: NOW,
      map: {
        id: 'kartta-1',
        title: m.title,
        kind: m.kind,
        ...(m.author !== undefined ? { author: m.author } : {}),
        ...(m.region !== undefined ? { region: m.region } : {}),
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-02T00:00:00.000Z',
        actors: actors.map(({ organisation, note, ...a }) => ({
          ...a,
          ...(organisation !== undefined ? { organisation } : {}),
          ...(note !== undefined ? { note } : {}),
        })),
        relations: m.relations.map(({ s, t, note, ...r }, i) => ({
          ...r,
          id: `y${i}`,
          source: `x${s % actors.length}`,
          target: `x${t % actors.length}`,
          ...(note !== undefined ? { note } : {}),
        })),
        questions: m.questions.map(({ author, ...q }, i) => ({ ...q, id: `z${i}`, ...(author !== undefined ? { author } : {}) })),
        reflection: Object.fromEntries(REFLECTION_KEYS.map((k, i) => [k, m.reflection[i]])),
      },
    };
    const restored = restoreFile(file);
    if (!restored.ok) throw new Error(JSON.stringify(restored.error));
    return restored.map;
  });

/** What the compact form promises to keep: the map with list-position ids, whole-unit positions and the share's time. */
function expected(map: MapDoc): MapDoc {
  const actorId = new Map(map.actors.map((a, i) => [a.id, `a${i}`]));
  return {
    ...map,
    createdAt: NOW,
    updatedAt: NOW,
    actors: map.actors.map(({ sources: _s, ...a }, i) => ({
      ...a,
      id: `a${i}`,
      ...(a.position ? { position: { x: Math.round(a.position.x) + 0, y: Math.round(a.position.y) + 0 } } : {}),
    })),
    relations: map.relations.map(({ sources: _s, weight: _w, ...r }, i) => ({
      ...r,
      id: `r${i}`,
      source: actorId.get(r.source)!,
      target: actorId.get(r.target)!,
    })),
    questions: map.questions.map((q, i) => ({ ...q, id: `q${i}` })),
  };
}

const roundTrip = (map: MapDoc) => {
  const result = restoreFile(fromCompact(JSON.parse(JSON.stringify(toCompact(map))), NOW));
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.map;
};

describe('compact map', () => {
  it('keeps everything a map needs through the round trip (ids by position, positions rounded)', () => {
    fc.assert(
      fc.property(mapArb, (map) => {
        const { views: _v, ...want } = expected(map);
        const got = roundTrip(map);
        // -0 and 0 are the same position; JSON writes both as 0.
        expect(JSON.parse(JSON.stringify(got))).toEqual(JSON.parse(JSON.stringify(want)));
      }),
      { numRuns: 150 },
    );
  });

  it('is smaller than the interchange file by writing numbers for vocabularies and positions for ids', () => {
    fc.assert(
      fc.property(mapArb, (map) => {
        expect(JSON.stringify(toCompact(map)).length).toBeLessThan(JSON.stringify(map).length);
      }),
      { numRuns: 50 },
    );
  });

  it('hands anything not shaped like a compact map back as null, and odd values on to the validator', () => {
    for (const bad of [null, 1, 'x', [], {}, { v: 2, a: [], r: [] }, { v: 1, a: 'x', r: [] }, { v: 1, a: [1], r: [] }]) {
      expect(fromCompact(bad, NOW)).toBeNull();
    }
    const dangling = restoreFile(fromCompact({ v: 1, i: 'm', t: 'T', k: 0, a: [['Minä', 0]], r: [[0, 7, 0]] }, NOW));
    expect(dangling).toMatchObject({ ok: false, error: { code: 'invalid', path: 'map.relations[0].target', reason: 'dangling' } });
    const badType = restoreFile(fromCompact({ v: 1, i: 'm', t: 'T', k: 0, a: [['Minä', 9]] }, NOW));
    expect(badType).toMatchObject({ ok: false, error: { code: 'invalid', path: 'map.actors[0].type' } });
  });
});
