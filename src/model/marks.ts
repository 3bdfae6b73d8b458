/**
 * Drop – renew – keep marks (the training's fourth activation: sticky notes
 * P / U / S on the relations between the Ohjaamo and one's own organisation).
 *
 * A map has at most one mark of its own per target (the one its inspector
 * edits); a merged map may have one more per source map, signed with that
 * map's author (`source` set). A mark whose target is gone is ignored, never
 * an error; the commands that delete or rename things keep the list tidy.
 */
import { newId } from './ids';
import type { Actor, MapDoc, Mark, MarkTarget, Service } from './schema';
import { MARK_VERDICTS, type MarkVerdict } from './vocabulary';

/** One string per target: marks on the same thing have the same key. */
export function targetKey(target: MarkTarget): string {
  if (target.kind === 'service') return JSON.stringify(['service', target.actor, target.service]);
  return JSON.stringify([target.kind, target.id]);
}

/** The actor a mark is drawn on or beside (a relation's mark has none). */
export function markActor(target: MarkTarget): string | undefined {
  if (target.kind === 'actor') return target.id;
  if (target.kind === 'service') return target.actor;
  return undefined;
}

/** Whether a mark's target exists on the map (actor, relation, or a service of that name on that actor). */
export function resolves(map: MapDoc, target: MarkTarget, actors = new Map(map.actors.map((a) => [a.id, a])), relations?: ReadonlySet<string>): boolean {
  if (target.kind === 'relation') return (relations ?? new Set(map.relations.map((r) => r.id))).has(target.id);
  const actor = actors.get(target.kind === 'actor' ? target.id : target.actor);
  if (!actor) return false;
  return target.kind === 'actor' || actor.services.some((s) => s.name === target.service);
}

/** The marks whose target is on the map, in their order. */
export function liveMarks(map: MapDoc): Mark[] {
  const marks = map.marks ?? [];
  if (marks.length === 0) return [];
  const actors = new Map(map.actors.map((a) => [a.id, a]));
  const relations = new Set(map.relations.map((r) => r.id));
  return marks.filter((m) => resolves(map, m.target, actors, relations));
}

/** The map's own mark on a target (not one that came from a source map), if any. */
export function ownMark(map: MapDoc, target: MarkTarget): Mark | undefined {
  const key = targetKey(target);
  return (map.marks ?? []).find((m) => !m.source && targetKey(m.target) === key);
}

function withMarks(map: MapDoc, marks: Mark[]): MapDoc {
  if (marks.length === 0) {
    const { marks: _gone, ...rest } = map;
    return rest;
  }
  return { ...map, marks };
}

/**
 * Set the map's own mark on a target: a verdict, and a note (blank: none).
 * Changing only the note of an existing mark keeps its id. Nothing changes when
 * the target is not on the map, or the mark already says this.
 */
export function setMark(map: MapDoc, input: { target: MarkTarget; verdict: MarkVerdict; note?: string; author?: string }): MapDoc {
  if (!resolves(map, input.target)) return map;
  const note = input.note?.trim() || undefined;
  const existing = ownMark(map, input.target);
  const marks = map.marks ?? [];
  if (existing) {
    const nextNote = input.note === undefined ? existing.note : note;
    if (existing.verdict === input.verdict && existing.note === nextNote) return map;
    const { note: _old, ...rest } = existing;
    const changed: Mark = { ...rest, verdict: input.verdict, ...(nextNote ? { note: nextNote } : {}) };
    return withMarks(
      map,
      marks.map((m) => (m === existing ? changed : m)),
    );
  }
  const mark: Mark = {
    id: newId(),
    target: input.target,
    verdict: input.verdict,
    ...(note ? { note } : {}),
    ...(input.author?.trim() ? { author: input.author.trim() } : {}),
  };
  return withMarks(map, [...marks, mark]);
}

/** Change the note of a mark (blank: no note). */
export function setMarkNote(map: MapDoc, markId: string, note: string): MapDoc {
  const mark = (map.marks ?? []).find((m) => m.id === markId);
  const trimmed = note.trim() || undefined;
  if (!mark || mark.note === trimmed) return map;
  const { note: _old, ...rest } = mark;
  return withMarks(
    map,
    (map.marks ?? []).map((m) => (m === mark ? { ...rest, ...(trimmed ? { note: trimmed } : {}) } : m)),
  );
}

export function removeMark(map: MapDoc, markId: string): MapDoc {
  const marks = map.marks ?? [];
  const next = marks.filter((m) => m.id !== markId);
  return next.length === marks.length ? map : withMarks(map, next);
}

/** None → drop → renew → keep → none: the keyboard's way (M) to mark the selected actor or relation. */
export function cycleMark(map: MapDoc, target: MarkTarget): MapDoc {
  const existing = ownMark(map, target);
  if (!existing) return setMark(map, { target, verdict: MARK_VERDICTS[0] });
  const index = MARK_VERDICTS.indexOf(existing.verdict);
  const next = MARK_VERDICTS[index + 1];
  return next ? setMark(map, { target, verdict: next }) : removeMark(map, existing.id);
}

/**
 * Cascade of deleting: marks on the removed actors (and their services) and on
 * the removed relations go with them. `before` is the map before the deletion.
 */
export function dropMarksOfRemoved(before: MapDoc, after: MapDoc): MapDoc {
  if (!after.marks?.length) return after;
  const actors = new Set(after.actors.map((a) => a.id));
  const relations = new Set(after.relations.map((r) => r.id));
  const wasActor = new Set(before.actors.map((a) => a.id));
  const wasRelation = new Set(before.relations.map((r) => r.id));
  const gone = (m: Mark) => {
    if (m.target.kind === 'relation') return wasRelation.has(m.target.id) && !relations.has(m.target.id);
    const actor = markActor(m.target)!;
    return wasActor.has(actor) && !actors.has(actor);
  };
  const marks = after.marks.filter((m) => !gone(m));
  return marks.length === after.marks.length ? after : withMarks(after, marks);
}

/**
 * Cascade of editing an actor's services: a service renamed in place (same
 * position in the list, new name) keeps its marks under the new name; marks on
 * a service that is no longer there are dropped.
 */
export function retargetServiceMarks(map: MapDoc, actorId: string, before: readonly Service[], after: readonly Service[]): MapDoc {
  if (!map.marks?.length || before === after) return map;
  const renamed = new Map<string, string>();
  if (before.length === after.length) {
    before.forEach((s, i) => {
      const now = after[i]!.name;
      if (s.name !== now && !after.some((a) => a.name === s.name)) renamed.set(s.name, now);
    });
  }
  const names = new Set(after.map((s) => s.name));
  let changed = false;
  const marks = map.marks.flatMap((m): Mark[] => {
    if (m.target.kind !== 'service' || m.target.actor !== actorId) return [m];
    const to = renamed.get(m.target.service);
    if (to !== undefined) {
      changed = true;
      return [{ ...m, target: { ...m.target, service: to } }];
    }
    if (names.has(m.target.service)) return [m];
    changed = true;
    return [];
  });
  return changed ? withMarks(map, marks) : map;
}

/** An actor edit's cascade: retarget service marks when the services changed. */
export function afterActorEdit(before: MapDoc, after: MapDoc, actorId: string): MapDoc {
  const was = before.actors.find((a) => a.id === actorId);
  const now = after.actors.find((a) => a.id === actorId);
  if (!was || !now || was.services === now.services) return after;
  return retargetServiceMarks(after, actorId, was.services, now.services);
}

export interface MarksSummary {
  counts: Record<MarkVerdict, number>;
  /** The live marks of each verdict, in the map's order. */
  byVerdict: Record<MarkVerdict, Mark[]>;
  total: number;
}

/** "5 to drop, 8 to renew, 12 to keep", with the marks of each verdict. Marks on things not on the map are left out. */
export function marksSummary(map: MapDoc): MarksSummary {
  const byVerdict: Record<MarkVerdict, Mark[]> = { drop: [], renew: [], keep: [] };
  for (const mark of liveMarks(map)) byVerdict[mark.verdict].push(mark);
  const counts = { drop: byVerdict.drop.length, renew: byVerdict.renew.length, keep: byVerdict.keep.length };
  return { counts, byVerdict, total: counts.drop + counts.renew + counts.keep };
}

/** What a mark is on, in words the reader knows: the actor's name, "service (actor)", or "source → target". */
export function markTargetName(map: MapDoc, target: MarkTarget, actors: ReadonlyMap<string, Actor> = new Map(map.actors.map((a) => [a.id, a]))): string {
  if (target.kind === 'actor') return actors.get(target.id)?.name ?? '';
  if (target.kind === 'service') return `${target.service} (${actors.get(target.actor)?.name ?? ''})`;
  const relation = map.relations.find((r) => r.id === target.id);
  if (!relation) return '';
  const arrow = relation.direction === 'both' ? '↔' : relation.direction === 'backward' ? '←' : '→';
  return `${actors.get(relation.source)?.name ?? ''} ${arrow} ${actors.get(relation.target)?.name ?? ''}`;
}

/** The actors and relations a mark points at, for emphasis on the map (a relation's two ends stay visible). */
export function markEmphasis(map: MapDoc, target: MarkTarget): { actors: string[]; relations: string[] } {
  if (target.kind !== 'relation') return { actors: [markActor(target)!], relations: [] };
  const relation = map.relations.find((r) => r.id === target.id);
  return { actors: relation ? [relation.source, relation.target] : [], relations: relation ? [relation.id] : [] };
}
