/**
 * Properties of the merge over generated maps (fast-check). The expected counts
 * come from `referenceMerge` below, a deliberately naive restatement of the
 * rules that shares no code with the merge.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapSchema, type MapDoc } from '../schema';
import { mapArb, mapsArb } from './arbitraries';
import { counterIds } from './fixtures';
import { mergeMaps } from './mergeMaps';
import { actorKey, mergeName } from './plan';
import { NO_DECISIONS, type MergeResult } from './types';

const RUNS = { numRuns: 150 };

function merge(sources: MapDoc[]): MergeResult {
  return mergeMaps(sources, NO_DECISIONS, { title: 'Alueen verkostokartta', now: new Date('2025-03-01T00:00:00Z'), newId: counterIds() });
}

/** The rules' idea of "same text": Unicode form, spacing and case do not matter. */
const sameText = (s: string) => s.normalize('NFC').trim().split(/\s+/).join(' ').toLowerCase();

const flip = { forward: 'backward', backward: 'forward', both: 'both' } as const;

/** A form of a merged map that ignores ids, positions and the order of elements. */
function canonical({ map, report }: MergeResult) {
  const nameOf = new Map(map.actors.map((a) => [a.id, a.name]));
  const sortedJson = (items: unknown[]) => items.map((i) => JSON.stringify(i)).sort();
  return {
    actors: sortedJson(
      map.actors.map((a) => ({
        name: a.name,
        type: a.type,
        organisation: a.organisation,
        note: a.note,
        services: a.services,
        sources: a.sources!.map((s) => s.mapId).sort(),
      })),
    ),
    relations: sortedJson(
      map.relations.map((r) => {
        const source = nameOf.get(r.source)!;
        const target = nameOf.get(r.target)!;
        const swap = target < source;
        return {
          ends: swap ? [target, source] : [source, target],
          direction: swap ? flip[r.direction] : r.direction,
          topics: [...r.topics].sort(),
          methods: [...r.methods].sort(),
          weight: r.weight,
          sources: r.sources!.map((s) => s.mapId).sort(),
        };
      }),
    ),
    questions: sortedJson(map.questions.map((q) => [q.author, q.text])),
    report: { ...report },
  };
}

/** What the rules say, computed the slow and obvious way. */
function referenceMerge(sources: MapDoc[]) {
  const nodes = sources.flatMap((map, m) =>
    map.actors.map((actor) => ({
      key: `${m}:${actor.id}`,
      // An id of 16+ characters is global; a shorter one only within its map (by map id).
      identity: actor.id.length >= 16 ? actor.id : `${map.id} ${actor.id}`,
      name: actor.type === 'self' ? (map.author?.trim() ? sameText(map.author) : undefined) : sameText(actor.name),
    })),
  );
  const component = nodes.map((_, i) => i);
  for (let changed = true; changed; ) {
    changed = false;
    nodes.forEach((a, i) =>
      nodes.forEach((b, j) => {
        const same = a.identity === b.identity || (a.name !== undefined && a.name === b.name);
        if (same && component[j]! < component[i]!) {
          component[i] = component[j]!;
          changed = true;
        }
      }),
    );
  }
  const componentOf = new Map(nodes.map((n, i) => [n.key, component[i]!]));
  const pairs = new Map<string, { maps: Set<string>; keys: [string, string] }>();
  let selfLoops = 0;
  sources.forEach((map, m) =>
    map.relations.forEach((r) => {
      const a = componentOf.get(`${m}:${r.source}`)!;
      const b = componentOf.get(`${m}:${r.target}`)!;
      if (a === b) {
        selfLoops++;
        return;
      }
      const pair = a < b ? `${a}-${b}` : `${b}-${a}`;
      const entry = pairs.get(pair) ?? { maps: new Set<string>(), keys: [`${m}:${r.source}`, `${m}:${r.target}`] };
      entry.maps.add(map.id);
      pairs.set(pair, entry);
    }),
  );
  return { actorCount: new Set(component).size, pairs, selfLoops };
}

function relationBetween(result: MergeResult, a: string, b: string) {
  return result.map.relations.find((r) => (r.source === a && r.target === b) || (r.source === b && r.target === a));
}

describe('mergeMaps properties', () => {
  it('gives a valid regional map and leaves the sources unchanged', () => {
    fc.assert(
      fc.property(mapsArb(), (sources) => {
        const before = structuredClone(sources);
        const result = merge(sources);
        expect(mapSchema.safeParse(result.map).success).toBe(true);
        expect(sources).toEqual(before);
      }),
      RUNS,
    );
  });

  it('(a) does not depend on the order of the maps, up to ids and positions', () => {
    fc.assert(
      fc.property(
        mapsArb().chain((sources) => fc.tuple(fc.constant(sources), fc.shuffledSubarray(sources, { minLength: sources.length }))),
        ([sources, shuffled]) => {
          expect(canonical(merge(shuffled))).toEqual(canonical(merge(sources)));
        },
      ),
      RUNS,
    );
  });

  it('(b) merging a map with itself gives what merging it alone gives: the same map id counts once', () => {
    fc.assert(
      fc.property(mapArb(0), (map) => {
        expect(canonical(merge([map, map])).actors).toEqual(canonical(merge([map])).actors);
        expect(canonical(merge([map, map])).relations).toEqual(canonical(merge([map])).relations);
      }),
      RUNS,
    );
  });

  it('(b) a map whose actors all have different names merges into itself: same actors, relations and labels, weight 1', () => {
    fc.assert(
      fc.property(mapArb(0, { distinctNames: true }), (map) => {
        const { map: merged, actorIdByKey } = merge([map, map]);
        expect(merged.actors.map((a) => a.name).sort()).toEqual(map.actors.map((a) => mergeName(map, a)).sort());
        expect(merged.actors.map((a) => a.type).sort()).toEqual(map.actors.map((a) => (a.type === 'self' ? 'person' : a.type)).sort());
        const pairs = new Set(map.relations.map((r) => [r.source, r.target].sort().join(' ')));
        expect(merged.relations).toHaveLength(pairs.size);
        for (const relation of map.relations) {
          const twin = relationBetween(
            { map: merged } as MergeResult,
            actorIdByKey.get(actorKey(0, relation.source))!,
            actorIdByKey.get(actorKey(0, relation.target))!,
          );
          expect(twin!.weight).toBe(1);
          expect(twin!.topics.map(sameText)).toEqual(expect.arrayContaining(relation.topics.map(sameText)));
        }
      }),
      RUNS,
    );
  });

  it('(c) loses no actor, service, relation, topic, method or question of any source', () => {
    fc.assert(
      fc.property(mapsArb(), (sources) => {
        const result = merge(sources);
        const actorById = new Map(result.map.actors.map((a) => [a.id, a]));
        sources.forEach((source, m) => {
          for (const actor of source.actors) {
            const merged = actorById.get(result.actorIdByKey.get(actorKey(m, actor.id))!)!;
            expect(merged.sources!.map((s) => s.mapId)).toContain(source.id);
            for (const service of actor.services) {
              const twin = merged.services.find((s) => sameText(s.name) === sameText(service.name))!;
              expect(twin.tno).toEqual(expect.arrayContaining(service.tno));
              expect(twin.areas).toEqual(expect.arrayContaining(service.areas));
            }
          }
          for (const relation of source.relations) {
            const a = result.actorIdByKey.get(actorKey(m, relation.source))!;
            const b = result.actorIdByKey.get(actorKey(m, relation.target))!;
            if (a === b) continue; // a dropped self-loop, counted below
            const twin = relationBetween(result, a, b)!;
            const direction = twin.source === a ? relation.direction : flip[relation.direction];
            expect(twin.direction === 'both' || twin.direction === direction).toBe(true);
            expect(twin.topics.map(sameText)).toEqual(expect.arrayContaining(relation.topics.map(sameText)));
            expect(twin.methods.map(sameText)).toEqual(expect.arrayContaining(relation.methods.map(sameText)));
            expect(twin.sources!.map((s) => s.mapId)).toContain(source.id);
          }
          for (const question of source.questions.filter((q) => q.text.trim() !== '')) {
            const author = question.author ?? source.author ?? source.title;
            expect(result.map.questions).toContainEqual(expect.objectContaining({ author, text: question.text }));
          }
        });
      }),
      RUNS,
    );
  });

  it('(d) has exactly as many actors, relations, weights and dropped self-loops as the rules say', () => {
    fc.assert(
      fc.property(mapsArb(), (sources) => {
        const result = merge(sources);
        const expected = referenceMerge(sources);
        expect(result.map.actors).toHaveLength(expected.actorCount);
        expect(result.map.relations).toHaveLength(expected.pairs.size);
        expect(result.report.droppedSelfLoops).toBe(expected.selfLoops);
        expect(result.report).toMatchObject({ actorCount: expected.actorCount, relationCount: expected.pairs.size, userMerged: 0 });
        for (const { maps, keys } of expected.pairs.values()) {
          const twin = relationBetween(result, result.actorIdByKey.get(keys[0])!, result.actorIdByKey.get(keys[1])!);
          expect(twin?.weight).toBe(maps.size);
        }
      }),
      RUNS,
    );
  });
});
