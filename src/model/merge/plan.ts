/**
 * Step one of a merge: which actors become one on their own, and which pairs the
 * user should look at. Nothing here changes a map.
 */
import { LIMITS } from '../limits';
import type { Actor, MapDoc } from '../schema';
import { normaliseName, tidyName } from './normaliseName';
import { proposeMatches } from './proposeMatches';
import type { ActorKey, MergeDecisions, MergePlan, PlannedActor } from './types';
import { UnionFind } from './unionFind';

/** The key of an actor of `sources[mapIndex]`. */
export function actorKey(mapIndex: number, actorId: string): ActorKey {
  return `${mapIndex}:${actorId}`;
}

/**
 * The name an actor carries into the regional map. "Me" is the map's author
 * there: one trainee's "me" is another trainee's "Aino Virtanen", and the two
 * should meet. Without an author the map title tells readers whose "me" it was.
 */
export function mergeName(map: MapDoc, actor: Actor): string {
  if (actor.type !== 'self') return tidyName(actor.name);
  const author = map.author ? tidyName(map.author) : '';
  if (author) return author;
  return `${tidyName(actor.name)} (${tidyName(map.title)})`.slice(0, LIMITS.name);
}

function planActor(map: MapDoc, mapIndex: number, actor: Actor): PlannedActor {
  const self = actor.type === 'self';
  const name = mergeName(map, actor);
  // An anonymous "me" has no name key: every trainee's "Minä" is someone else.
  const anonymous = self && !(map.author && tidyName(map.author));
  return {
    key: actorKey(mapIndex, actor.id),
    mapIndex,
    mapId: map.id,
    actorId: actor.id,
    name,
    ...(anonymous ? {} : { nameKey: normaliseName(name) }),
    self,
  };
}

/**
 * Shorter ids count as the same actor only within versions of one map (same map
 * id). The format makes ids unique only within a map, so another tool may well
 * number actors "1", "2", … in every file; the app's own ids are random UUIDs
 * (36 characters), unique across maps, so sharing one means the actor was
 * copied (the same map given twice, a template, an earlier merge).
 */
export const MIN_GLOBAL_ID_LENGTH = 16;

/** Actors with equal identity keys are the same actor by the id rule. */
function identityKey(mapId: string, actorId: string): string {
  return actorId.length >= MIN_GLOBAL_ID_LENGTH ? actorId : JSON.stringify([mapId, actorId]);
}

/**
 * The automatic rules: actors with the same id (see `MIN_GLOBAL_ID_LENGTH`) and
 * actors with the same normalised name are one actor. Split actors take part in
 * neither rule.
 */
function autoGroups(actors: readonly PlannedActor[], splits: ReadonlySet<ActorKey>): UnionFind {
  const sets = new UnionFind();
  const firstById = new Map<string, ActorKey>();
  const firstByName = new Map<string, ActorKey>();
  for (const actor of actors) {
    sets.add(actor.key);
    if (splits.has(actor.key)) continue;
    const identity = identityKey(actor.mapId, actor.actorId);
    const byId = firstById.get(identity);
    if (byId) sets.union(byId, actor.key);
    else firstById.set(identity, actor.key);
    if (actor.nameKey === undefined) continue;
    const byName = firstByName.get(actor.nameKey);
    if (byName) sets.union(byName, actor.key);
    else firstByName.set(actor.nameKey, actor.key);
  }
  return sets;
}

/** Every actor of every source, in source order. */
export function planActors(sources: readonly MapDoc[]): PlannedActor[] {
  return sources.flatMap((map, mapIndex) => map.actors.map((actor) => planActor(map, mapIndex, actor)));
}

/**
 * Plan a merge: the automatic groups and the proposals for the user.
 *
 * Proposals compare each distinct name once, and pairs already in one group
 * are left out, so the dialog only asks what it has to.
 */
export function planMerge(sources: readonly MapDoc[]): MergePlan {
  const actors = planActors(sources);
  const sets = autoGroups(actors, new Set());
  const candidates = actors.flatMap((a) => (a.nameKey === undefined ? [] : [{ key: a.key, name: a.name }]));
  const proposals = proposeMatches(candidates).filter((p) => sets.find(p.actorKeys[0]) !== sets.find(p.actorKeys[1]));
  return { actors, groups: sets.groups(), proposals };
}

/** The groups after the user's decisions, and the automatic groups after splits (for the report). */
export function resolveGroups(plan: MergePlan, decisions: MergeDecisions): { auto: ActorKey[][]; final: ActorKey[][] } {
  const sets = autoGroups(plan.actors, new Set(decisions.splits));
  const auto = sets.groups();
  const known = new Set(plan.actors.map((a) => a.key));
  const rejected = new Set(decisions.rejected);
  const accepted = new Set(decisions.accepted.filter((id) => !rejected.has(id)));
  for (const proposal of plan.proposals) {
    if (accepted.has(proposal.id)) sets.union(proposal.actorKeys[0], proposal.actorKeys[1]);
  }
  for (const [a, b] of decisions.joins) {
    if (known.has(a) && known.has(b)) sets.union(a, b);
  }
  return { auto, final: sets.groups() };
}
