import { LIMITS } from '../limits';
import type { Relation, SourceRef } from '../schema';
import type { Direction } from '../vocabulary';
import type { OrderedSource } from './canonicalOrder';
import { combine, reverse } from './directions';
import { joinNotes, unionLabels } from './labels';
import { actorKey } from './plan';
import { provenanceOf, uniqueRefs } from './provenance';
import type { ActorKey } from './types';

/** The largest weight the format allows. */
const MAX_WEIGHT = 100000;

interface Pending {
  firstId: string;
  source: string;
  target: string;
  direction: Direction;
  topics: string[][];
  methods: string[][];
  notes: (string | undefined)[];
  refs: SourceRef[];
}

export interface MergedRelations {
  /** Without ids yet: the caller gives ids (preferring `firstId`) so that they are unique. */
  relations: (Omit<Relation, 'id'> & { firstId: string })[];
  droppedSelfLoops: number;
  droppedDangling: number;
  /** Relations to actors left out by the actor limit. */
  droppedWithActors: number;
  droppedLabels: number;
}

/**
 * The relations of the regional map. All source relations between the same two
 * merged actors, drawn either way, become one relation whose direction is the
 * first source's orientation: each source's direction is first turned to that
 * orientation, then → and ← combine to ↔. Its weight is the number of distinct
 * source maps that drew it.
 *
 * A relation whose two ends became one actor would be an arrow from an actor to
 * itself; it is dropped and counted in `droppedSelfLoops`.
 */
export function mergeRelations(ordered: readonly OrderedSource[], actorIdByKey: ReadonlyMap<ActorKey, string>): MergedRelations {
  const pending = new Map<string, Pending>();
  let droppedSelfLoops = 0;
  let droppedDangling = 0;
  let droppedWithActors = 0;
  for (const { map, mapIndex } of ordered) {
    const known = new Set(map.actors.map((a) => a.id));
    for (const relation of map.relations) {
      if (!known.has(relation.source) || !known.has(relation.target)) {
        droppedDangling++;
        continue;
      }
      const source = actorIdByKey.get(actorKey(mapIndex, relation.source));
      const target = actorIdByKey.get(actorKey(mapIndex, relation.target));
      if (source === undefined || target === undefined) {
        droppedWithActors++;
        continue;
      }
      if (source === target) {
        droppedSelfLoops++;
        continue;
      }
      const pairKey = JSON.stringify(source < target ? [source, target] : [target, source]);
      let merged = pending.get(pairKey);
      const direction = merged && merged.source !== source ? reverse(relation.direction) : relation.direction;
      if (!merged) {
        merged = { firstId: relation.id, source, target, direction, topics: [], methods: [], notes: [], refs: [] };
        pending.set(pairKey, merged);
      }
      merged.direction = combine(merged.direction, direction);
      merged.topics.push(relation.topics);
      merged.methods.push(relation.methods);
      merged.notes.push(relation.note);
      merged.refs.push(...provenanceOf(map, relation.sources));
    }
  }

  let droppedLabels = 0;
  const relations = [...pending.values()].map((p) => {
    const topics = unionLabels(p.topics);
    const methods = unionLabels(p.methods);
    droppedLabels += topics.dropped + methods.dropped;
    const refs = uniqueRefs(p.refs);
    const note = joinNotes(p.notes);
    return {
      firstId: p.firstId,
      source: p.source,
      target: p.target,
      direction: p.direction,
      topics: topics.labels,
      methods: methods.labels,
      ...(note ? { note } : {}),
      weight: Math.min(refs.length, MAX_WEIGHT),
      sources: refs.slice(0, LIMITS.questions),
    };
  });
  return { relations, droppedSelfLoops, droppedDangling, droppedWithActors, droppedLabels };
}
