import { LIMITS } from '../limits';
import type { Actor, MapDoc } from '../schema';
import type { ActorType } from '../vocabulary';
import { joinNotes, mostCommon } from './labels';
import { tidyName } from './normaliseName';
import { actorProvenanceOf, uniqueRefs } from './provenance';
import { mergeServices } from './services';
import type { PlannedActor } from './types';

/** One source actor of a group, with its map. */
export interface ActorMember {
  map: MapDoc;
  actor: Actor;
  planned: PlannedActor;
}

/**
 * One actor of the regional map from a group of source actors given in
 * canonical order. Name, type and organisation are the most common among the
 * sources (ties: the first); "me" counts as a person. No position (the caller
 * lays the map out) and no ring (regional maps have none); each contributor's
 * ring stays in the actor's `sources` (see `actorProvenanceOf`).
 */
export function mergeActorGroup(id: string, members: readonly ActorMember[]): { actor: Actor; droppedLabels: number } {
  const name = mostCommon(members.map((m) => m.planned.name))!;
  const type = mostCommon(members.map((m): ActorType => (m.actor.type === 'self' ? 'person' : m.actor.type)))!;
  const organisation = mostCommon(members.map((m) => tidyName(m.actor.organisation ?? '')).filter((o) => o.length > 0));
  const { services, dropped } = mergeServices(members.flatMap((m) => m.actor.services));
  const note = joinNotes(members.map((m) => m.actor.note));
  const sources = uniqueRefs(members.flatMap((m) => actorProvenanceOf(m.map, m.actor))).slice(0, LIMITS.questions);
  const actor: Actor = {
    id,
    name,
    type,
    ...(organisation ? { organisation } : {}),
    services,
    ...(note ? { note } : {}),
    sources,
  };
  return { actor, droppedLabels: dropped };
}
