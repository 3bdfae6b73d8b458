import { LIMITS } from '../limits';
import { resolves } from '../marks';
import type { Actor, Mark, MarkTarget, Relation } from '../schema';
import type { OrderedSource } from './canonicalOrder';
import { normaliseName } from './normaliseName';
import { actorKey } from './plan';
import type { ActorKey } from './types';

/**
 * The drop–renew–keep marks of the regional map: every source map's marks, each
 * signed with who made it (the mark's own author from an earlier merge, else the
 * source map's author, else its title) and where it came from (`source`: the
 * mark's earlier source, else the source map's id), and pointed at the merged
 * actor, relation or service. Marks whose target did not survive the merge
 * (an actor past the limit, a relation that became a loop, a service dropped)
 * are left out; the same mark from the same map given twice counts once.
 */
export function mergeMarks(
  ordered: readonly OrderedSource[],
  actorIdByKey: ReadonlyMap<ActorKey, string>,
  actors: readonly Actor[],
  relations: readonly Relation[],
  claimId: (preferred: string) => string,
): Mark[] {
  const mergedActors = new Map(actors.map((a) => [a.id, a]));
  const relationByPair = new Map(relations.map((r) => [pairKey(r.source, r.target), r.id]));
  const seen = new Set<string>();
  const marks: Mark[] = [];
  for (const { map, mapIndex } of ordered) {
    const sourceActors = new Map(map.actors.map((a) => [a.id, a]));
    const sourceRelations = new Map(map.relations.map((r) => [r.id, r]));
    const actorOf = (id: string) => actorIdByKey.get(actorKey(mapIndex, id));
    for (const mark of map.marks ?? []) {
      if (!resolves(map, mark.target, sourceActors, new Set(sourceRelations.keys()))) continue;
      const target = retarget(mark.target, actorOf, sourceRelations, relationByPair, mergedActors);
      if (!target) continue;
      const source = mark.source ?? map.id;
      const dedupe = JSON.stringify([source, mark.id]);
      if (seen.has(dedupe)) continue;
      seen.add(dedupe);
      const author = (mark.author ?? map.author ?? map.title).slice(0, LIMITS.name);
      marks.push({ ...mark, id: claimId(mark.id), target, ...(author ? { author } : {}), source });
    }
  }
  return marks.slice(0, LIMITS.relations);
}

function pairKey(a: string, b: string): string {
  return JSON.stringify(a < b ? [a, b] : [b, a]);
}

function retarget(
  target: MarkTarget,
  actorOf: (id: string) => string | undefined,
  sourceRelations: ReadonlyMap<string, Relation>,
  relationByPair: ReadonlyMap<string, string>,
  mergedActors: ReadonlyMap<string, Actor>,
): MarkTarget | undefined {
  if (target.kind === 'actor') {
    const id = actorOf(target.id);
    return id ? { kind: 'actor', id } : undefined;
  }
  if (target.kind === 'relation') {
    const relation = sourceRelations.get(target.id)!;
    const source = actorOf(relation.source);
    const end = actorOf(relation.target);
    const id = source && end ? relationByPair.get(pairKey(source, end)) : undefined;
    return id ? { kind: 'relation', id } : undefined;
  }
  const actor = actorOf(target.actor);
  // Services named alike are one service of the merged actor (mergeServices): find it by the same key.
  const key = normaliseName(target.service);
  const service = actor ? mergedActors.get(actor)?.services.find((s) => normaliseName(s.name) === key) : undefined;
  return actor && service ? { kind: 'service', actor, service: service.name } : undefined;
}
