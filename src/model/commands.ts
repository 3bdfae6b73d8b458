/**
 * Edits of a map. Each takes a map and returns a new one (never mutates), so the
 * store can keep old versions for undo by reference.
 */
import { createActor, createRelation } from './factories';
import { newId } from './ids';
import { labelKey } from './labelKey';
import { afterActorEdit, dropMarksOfRemoved } from './marks';
import { estimateActorBox } from './actorBox';
import { boxAt, centreOf, NEW_ACTOR_BOX, spotFor, takenBoxes } from './placement';
import { ringAt } from './rings';
import { dropFromAssessments } from './assessmentCascade';
import { arcOfActor, schemeOf, sectorArc, settleInSector, withSectorAt } from './sectors';
import { actorTraits, canRemove } from './traits';
import type { Actor, MapDoc, Position, Question, Reflection, Relation } from './schema';
import { DIRECTIONS, type ActorType, type Direction, type ReflectionKey, type Ring, type Sector, type SectorScheme } from './vocabulary';

type ActorPatch = Partial<Pick<Actor, 'name' | 'type' | 'organisation' | 'note' | 'services'>>;
type RelationPatch = Partial<Pick<Relation, 'direction' | 'topics' | 'methods' | 'note'>>;
type MetaPatch = Partial<Pick<MapDoc, 'title' | 'author' | 'region'>>;

export function updateMeta(map: MapDoc, patch: MetaPatch): MapDoc {
  return { ...map, ...patch };
}

/**
 * Add an actor. On a personal map it lands on the given ring (or the ring under
 * its position); without a position, on a spot of that ring where its box (with
 * room for a longer name than the placeholder) overlaps no other actor's. On a
 * map with sectors it gets the sector its position lies in.
 */
export function addActor(
  map: MapDoc,
  input: { type: ActorType; name: string; position?: Position; ring?: Ring; id?: string; now?: Date },
): { map: MapDoc; actor: Actor } {
  const centre = centreOf(map);
  // createdAt: when it was drawn, so the map can be replayed in drawing order (model/replay).
  const createdAt = (input.now ?? new Date()).toISOString();
  const base = createActor({ type: input.type, name: input.name, ...(input.id ? { id: input.id } : {}), createdAt });
  let position = input.position;
  let ring: Ring | undefined;
  if (map.kind === 'personal') {
    ring = input.ring ?? (position ? ringAt(position, centre) : 2);
    if (!position) {
      const estimate = estimateActorBox(base);
      const size = { width: Math.max(estimate.width, NEW_ACTOR_BOX.width), height: Math.max(estimate.height, NEW_ACTOR_BOX.height) };
      position = spotFor(base, ring, centre, takenBoxes(map), { index: map.actors.length }, size);
    }
  } else {
    position ??= { x: map.actors.length * 40, y: map.actors.length * 30 };
  }
  const actor: Actor = settleInSector({ ...base, position, ...(ring ? { ring } : {}) }, schemeOf(map), centre, estimateActorBox(base));
  return { map: { ...map, actors: [...map.actors, actor] }, actor };
}

function mapActors(map: MapDoc, ids: ReadonlySet<string>, change: (actor: Actor) => Actor): MapDoc {
  return { ...map, actors: map.actors.map((a) => (ids.has(a.id) ? change(a) : a)) };
}

export function updateActor(map: MapDoc, actorId: string, patch: ActorPatch): MapDoc {
  const next = mapActors(map, new Set([actorId]), (a) => {
    // "me" stays "me": its type is fixed by the map's kind.
    const type = a.type === 'self' || patch.type === 'self' ? a.type : (patch.type ?? a.type);
    return { ...a, ...patch, type };
  });
  // A renamed service keeps its drop–renew–keep marks; a removed one takes them along.
  return patch.services ? afterActorEdit(map, next, actorId) : next;
}

/**
 * Move actors (end of a drag). On a personal map the ring (and on a map with
 * sectors, the sector) follows the new position, in the same edit, so one undo
 * step takes both back; "me" stays where it is: it is the centre of the rings,
 * and moving it alone would put every other actor into another ring than its own.
 */
export function moveActors(map: MapDoc, moves: ReadonlyMap<string, Position>): MapDoc {
  const personal = map.kind === 'personal';
  const centre = centreOf(map);
  let changed = false;
  const actors = map.actors.map((a) => {
    const position = moves.get(a.id);
    if (!position || (personal && !actorTraits(a.type, map.kind).movable)) return a;
    if (a.position && a.position.x === position.x && a.position.y === position.y) return a;
    changed = true;
    if (!personal) return { ...a, position };
    return settleInSector({ ...a, position, ring: ringAt(position, centre) }, schemeOf(map), centre, estimateActorBox(a));
  });
  return changed ? { ...map, actors } : map;
}

/**
 * Set the closeness ring of an actor of a personal map, moving it onto that
 * ring: in the same direction from "me" when that spot is free, else to the
 * nearest spot of the ring where its box overlaps no other actor's.
 */
export function setRing(map: MapDoc, actorId: string, ring: Ring): MapDoc {
  const actor = map.actors.find((a) => a.id === actorId);
  // Nothing to do is no edit at all (and so no empty undo step): "me", regional maps, the same ring.
  if (!actor || actor.type === 'self' || map.kind !== 'personal' || actor.ring === ring) return map;
  const centre = centreOf(map);
  const arc = arcOfActor(map, actor);
  const position = spotFor(actor, ring, centre, takenBoxes(map, actorId), { towards: actor.position ?? centre, ...(arc ? { arc } : {}) });
  return mapActors(map, new Set([actorId]), (a) => ({ ...a, ring, position }));
}

/**
 * Set the sector of an actor of a personal map with sectors, moving it into
 * that sector's wedge on its own ring: towards the wedge's middle, to the
 * nearest spot where its box overlaps no other actor's.
 */
export function setSector(map: MapDoc, actorId: string, sector: Sector): MapDoc {
  const actor = map.actors.find((a) => a.id === actorId);
  const scheme = schemeOf(map);
  const arc = scheme ? sectorArc(scheme, sector) : undefined;
  if (!actor || actor.type === 'self' || !arc || actor.sector === sector) return map;
  const centre = centreOf(map);
  const ring = actor.ring ?? ringAt(actor.position ?? centre, centre);
  const towards = { x: centre.x + Math.cos(arc.mid) * 100, y: centre.y + Math.sin(arc.mid) * 100 };
  const position = spotFor(actor, ring, centre, takenBoxes(map, actorId), { towards, arc });
  return mapActors(map, new Set([actorId]), (a) => ({ ...a, ring, position, sector }));
}

/**
 * Choose how a personal map's rings are divided into sectors (or none). Every
 * actor gets the sector its position lies in, so the picture mostly stays as
 * it was, with the dividers drawn over it; an actor whose box lies across a
 * divider moves into its sector (on its ring, near where it was, clear of the
 * other actors), so that it is plainly drawn in it.
 */
/** Extra room (map units) around an actor that choosing a scheme moves off a divider. */
const SCHEME_MOVE_SPARE = 16;

export function setSectorScheme(map: MapDoc, scheme: SectorScheme | undefined): MapDoc {
  if (map.kind !== 'personal' || map.sectors === scheme) return map;
  const { sectors: _old, ...rest } = map;
  const centre = centreOf(map);
  let next: MapDoc = { ...(scheme ? { ...rest, sectors: scheme } : rest), actors: map.actors.map((a) => withSectorAt(a, scheme, centre)) };
  if (!scheme) return next;
  // An actor whose box lies across a divider moves into its sector on its own ring, clear of the others' boxes.
  for (const actor of next.actors) {
    const settled = settleInSector(actor, scheme, centre, estimateActorBox(actor));
    if (settled.position === actor.position || !actor.ring) continue;
    const arc = arcOfActor(next, actor)!;
    // With room to spare: the estimate of a box can fall short of the box drawn (fonts), and this actor moves unasked.
    const estimate = estimateActorBox(actor);
    const size = { width: estimate.width + SCHEME_MOVE_SPARE, height: estimate.height + SCHEME_MOVE_SPARE };
    const taken = takenBoxes(next, actor.id);
    const found = spotFor(actor, actor.ring, centre, taken, { towards: settled.position!, arc }, size);
    // No free spot in the wedge on its ring (a crowded inner ring): it stays, only turned off the divider line itself.
    const free = taken.overlap(boxAt(actor, found, size)) === 0;
    const position = free ? found : settleInSector(actor, scheme, centre).position!;
    next = mapActors(next, new Set([actor.id]), (a) => ({ ...a, position }));
  }
  return next;
}

/** Remove actors ("me" cannot be removed) and relations, with every relation that touches a removed actor. */
export function removeElements(map: MapDoc, ids: { actors?: Iterable<string>; relations?: Iterable<string> }): MapDoc {
  const actorIds = new Set(ids.actors ?? []);
  for (const a of map.actors) if (!canRemove(a)) actorIds.delete(a.id);
  const relationIds = new Set(ids.relations ?? []);
  if (actorIds.size === 0 && relationIds.size === 0) return map;
  for (const r of map.relations) if (actorIds.has(r.source) || actorIds.has(r.target)) relationIds.add(r.id);
  const kept = {
    ...map,
    actors: map.actors.filter((a) => !actorIds.has(a.id)),
    relations: map.relations.filter((r) => !relationIds.has(r.id)),
  };
  // Marks on what was deleted, and its place in assessments and the work tool's links, go with it.
  return dropFromAssessments(dropMarksOfRemoved(map, kept), actorIds, relationIds);
}

/**
 * Draw a relation between two actors. Drawing one where a relation of the same
 * pair already exists returns that relation instead of a duplicate arrow.
 */
export function addRelation(
  map: MapDoc,
  input: { source: string; target: string; direction?: Direction; id?: string; now?: Date },
): { map: MapDoc; relation: Relation | undefined } {
  if (input.source === input.target) return { map, relation: undefined };
  const ids = new Set(map.actors.map((a) => a.id));
  if (!ids.has(input.source) || !ids.has(input.target)) return { map, relation: undefined };
  const existing = map.relations.find(
    (r) => (r.source === input.source && r.target === input.target) || (r.source === input.target && r.target === input.source),
  );
  if (existing) return { map, relation: existing };
  const relation = createRelation({
    source: input.source,
    target: input.target,
    direction: input.direction ?? 'forward',
    ...(input.id ? { id: input.id } : {}),
    createdAt: (input.now ?? new Date()).toISOString(),
  });
  return { map: { ...map, relations: [...map.relations, relation] }, relation };
}

export function updateRelation(map: MapDoc, relationId: string, patch: RelationPatch): MapDoc {
  return { ...map, relations: map.relations.map((r) => (r.id === relationId ? { ...r, ...patch } : r)) };
}

/** → then ← then ↔ then → again. */
export function nextDirection(direction: Direction): Direction {
  return DIRECTIONS[(DIRECTIONS.indexOf(direction) + 1) % DIRECTIONS.length]!;
}

export function cycleDirection(map: MapDoc, relationId: string): MapDoc {
  const relation = map.relations.find((r) => r.id === relationId);
  return relation ? updateRelation(map, relationId, { direction: nextDirection(relation.direction) }) : map;
}

export function addQuestion(map: MapDoc, text = ''): { map: MapDoc; question: Question } {
  const question: Question = { id: newId(), text };
  return { map: { ...map, questions: [...map.questions, question] }, question };
}

export function updateQuestion(map: MapDoc, questionId: string, text: string): MapDoc {
  return { ...map, questions: map.questions.map((q) => (q.id === questionId ? { ...q, text } : q)) };
}

export function removeQuestion(map: MapDoc, questionId: string): MapDoc {
  return { ...map, questions: map.questions.filter((q) => q.id !== questionId) };
}

/** Move a question up (-1) or down (+1) in the list. */
export function moveQuestion(map: MapDoc, questionId: string, delta: -1 | 1): MapDoc {
  const from = map.questions.findIndex((q) => q.id === questionId);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= map.questions.length) return map;
  const questions = [...map.questions];
  [questions[from], questions[to]] = [questions[to]!, questions[from]!];
  return { ...map, questions };
}

export function setReflection(map: MapDoc, key: ReflectionKey, answer: string): MapDoc {
  const reflection: Reflection = { ...map.reflection, [key]: answer };
  return { ...map, reflection };
}

/** Add a topic or method to a list unless it is already there (case-insensitively). */
export function addLabel(list: readonly string[], label: string): string[] {
  const trimmed = label.trim();
  if (!trimmed || list.some((l) => labelKey(l) === labelKey(trimmed))) return [...list];
  return [...list, trimmed];
}
