/**
 * Merge many maps into one regional map: the exercise's output, "one titled
 * network map of the region". The sources are not changed.
 */
import { emptyReflection } from '../factories';
import { newId as randomId } from '../ids';
import { LIMITS } from '../limits';
import type { Actor, MapDoc, Question, Relation } from '../schema';
import { canonicalOrder } from './canonicalOrder';
import { mergeActorGroup, type ActorMember } from './mergeActors';
import { mergeMarks } from './mergeMarks';
import { mergeQuestions } from './mergeQuestions';
import { mergeRelations } from './mergeRelations';
import { tidyName } from './normaliseName';
import { actorKey, planMerge, resolveGroups } from './plan';
import type { ActorKey, MergeDecisions, MergeOptions, MergePlan, MergeResult } from './types';

/** Title used when the caller passes a blank one (the format requires a title). */
const FALLBACK_TITLE = 'Verkostokartta';

/** Hands out ids, keeping a source's id when it is still free (so a later merge can match by id). */
function idClaimer(newId: () => string): (preferred: string) => string {
  const used = new Set<string>();
  return (preferred) => {
    let id = preferred;
    while (used.has(id)) id = newId();
    used.add(id);
    return id;
  };
}

/** Whether a plan was made for exactly these sources (a stale one from the dialog is recomputed instead). */
function planFits(plan: MergePlan, sources: readonly MapDoc[]): boolean {
  const keys = new Set(sources.flatMap((map, mapIndex) => map.actors.map((actor) => actorKey(mapIndex, actor.id))));
  return plan.actors.length === keys.size && plan.actors.every((a) => keys.has(a.key));
}

/**
 * Merge `sources` into a new regional map, following the plan of `planMerge`
 * and the user's `decisions`.
 *
 * - Actors: one per group (same id, same normalised name, accepted proposals,
 *   joins; minus splits), see `mergeActorGroup`. Each lists its source maps.
 * - Relations: one per pair of merged actors, see `mergeRelations`; relations
 *   whose ends became one actor are dropped and counted.
 * - Questions: all kept and signed, see `mergeQuestions`.
 * - Reflection: empty. The answers are each trainee's own view of their own
 *   networks; pasting them together would publish them in a shared map and
 *   would not answer the questions for the region.
 * - Positions: none; call `layoutMap` (or let the app place actors).
 *
 * The same map given twice counts once (weights count distinct map ids), so
 * merging a map with itself gives back its actors and relations.
 */
export function mergeMaps(sources: readonly MapDoc[], decisions: MergeDecisions, options: MergeOptions): MergeResult {
  const newId = options.newId ?? randomId;
  const plan = options.plan && planFits(options.plan, sources) ? options.plan : planMerge(sources);
  const { auto, final } = resolveGroups(plan, decisions);
  const ordered = canonicalOrder(sources);

  // Canonical position of every source actor: (rank of its map, index in the map).
  const members = new Map<ActorKey, ActorMember & { rank: number; index: number }>();
  const plannedByKey = new Map(plan.actors.map((a) => [a.key, a]));
  ordered.forEach(({ map, mapIndex }, rank) =>
    map.actors.forEach((actor, index) => {
      const key = actorKey(mapIndex, actor.id);
      members.set(key, { map, actor, planned: plannedByKey.get(key)!, rank, index });
    }),
  );
  const byPosition = (a: { rank: number; index: number }, b: { rank: number; index: number }) => a.rank - b.rank || a.index - b.index;
  const groups = final.map((keys) => keys.map((key) => members.get(key)!).sort(byPosition)).sort((a, b) => byPosition(a[0]!, b[0]!));

  const claimActorId = idClaimer(newId);
  const actorIdByKey = new Map<ActorKey, string>();
  const actors: Actor[] = [];
  let droppedLabels = 0;
  for (const group of groups.slice(0, LIMITS.actors)) {
    const merged = mergeActorGroup(claimActorId(group[0]!.actor.id), group);
    actors.push(merged.actor);
    droppedLabels += merged.droppedLabels;
    for (const member of group) actorIdByKey.set(member.planned.key, merged.actor.id);
  }

  const merged = mergeRelations(ordered, actorIdByKey);
  const claimRelationId = idClaimer(newId);
  const relations: Relation[] = merged.relations.slice(0, LIMITS.relations).map(({ firstId, ...relation }) => ({ id: claimRelationId(firstId), ...relation }));

  const claimQuestionId = idClaimer(newId);
  const allQuestions = mergeQuestions(ordered);
  const questions: Question[] = allQuestions.slice(0, LIMITS.questions).map((q) => ({ ...q, id: claimQuestionId(q.id) }));

  // Drop–renew–keep marks come along, signed with their source map's author.
  const marks = mergeMarks(ordered, actorIdByKey, actors, relations, idClaimer(newId));

  const now = (options.now ?? new Date()).toISOString();
  const author = options.author && tidyName(options.author);
  const region = options.region && tidyName(options.region);
  const map: MapDoc = {
    id: newId(),
    title: (tidyName(options.title) || FALLBACK_TITLE).slice(0, LIMITS.title),
    kind: 'regional',
    ...(author ? { author: author.slice(0, LIMITS.name) } : {}),
    ...(region ? { region: region.slice(0, LIMITS.name) } : {}),
    createdAt: now,
    updatedAt: now,
    actors,
    relations,
    questions,
    reflection: emptyReflection(),
    ...(marks.length > 0 ? { marks } : {}),
  };

  return {
    map,
    actorIdByKey,
    report: {
      sourceCount: new Set(sources.map((s) => s.id)).size,
      sourceActorCount: plan.actors.length,
      sourceRelationCount: sources.reduce((n, s) => n + s.relations.length, 0),
      actorCount: actors.length,
      relationCount: relations.length,
      questionCount: questions.length,
      autoMerged: plan.actors.length - auto.length,
      userMerged: auto.length - final.length,
      droppedSelfLoops: merged.droppedSelfLoops,
      droppedDangling: merged.droppedDangling,
      truncated: {
        actors: Math.max(0, groups.length - LIMITS.actors),
        relations: merged.droppedWithActors + Math.max(0, merged.relations.length - LIMITS.relations),
        questions: Math.max(0, allQuestions.length - LIMITS.questions),
        labels: droppedLabels + merged.droppedLabels,
      },
    },
  };
}
