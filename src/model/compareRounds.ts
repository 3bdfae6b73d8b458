/**
 * What changed between two rounds of a map (or any two maps that share ids):
 * actors added, gone, moved closer or farther (rings of a personal map), moved
 * to another sector; relations added, gone, with their direction or labels
 * (topics, methods) changed.
 *
 * Actors are matched by id first; actors left over on both sides are then
 * matched by their normalised name (`labelKey`), so an actor drawn by hand in
 * both maps is one actor. "Me" matches "me". Relations are matched by id, then
 * by their (matched) pair of ends. Pairing within a group goes by stored order,
 * so swapping the arguments pairs the same elements: added and gone swap exactly.
 */
import { labelKey } from './labelKey';
import type { Actor, MapDoc, Relation } from './schema';

export interface ActorChange {
  before: Actor;
  after: Actor;
}

export interface RelationChange {
  before: Relation;
  after: Relation;
}

export interface LabelChange extends RelationChange {
  topicsAdded: string[];
  topicsGone: string[];
  methodsAdded: string[];
  methodsGone: string[];
}

export interface RoundComparison {
  actors: {
    /** In the later map only. */
    added: Actor[];
    /** In the earlier map only (with the earlier map's positions). */
    gone: Actor[];
    /** On a ring nearer to "me" than before. */
    closer: ActorChange[];
    farther: ActorChange[];
    /** Placed in another sector (both sectors known). */
    sectorChanged: ActorChange[];
  };
  relations: {
    added: Relation[];
    gone: Relation[];
    directionChanged: RelationChange[];
    labelsChanged: LabelChange[];
  };
  /** Id in the earlier map → id in the later map, for every matched actor. */
  actorMatch: ReadonlyMap<string, string>;
}

/** Pair items of two lists: first by id, then by a key within each key's group, in stored order. */
function pairUp<T extends { id: string }>(before: readonly T[], after: readonly T[], keyOf: (item: T, side: 'before' | 'after') => string | undefined) {
  const afterById = new Map(after.map((item) => [item.id, item]));
  const pairs: [T, T][] = [];
  const matchedAfter = new Set<string>();
  const restBefore: T[] = [];
  for (const item of before) {
    const other = afterById.get(item.id);
    if (other) {
      pairs.push([item, other]);
      matchedAfter.add(other.id);
    } else restBefore.push(item);
  }
  const restAfter = after.filter((item) => !matchedAfter.has(item.id));
  const groups = new Map<string, T[]>();
  for (const item of restAfter) {
    const key = keyOf(item, 'after');
    if (key === undefined) continue;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  const pairedAfter = new Set<string>();
  const gone: T[] = [];
  for (const item of restBefore) {
    const key = keyOf(item, 'before');
    const other = key === undefined ? undefined : groups.get(key)?.shift();
    if (other) {
      pairs.push([item, other]);
      pairedAfter.add(other.id);
    } else gone.push(item);
  }
  const added = restAfter.filter((item) => !pairedAfter.has(item.id));
  return { pairs, added, gone };
}

/** The arrowheads of a relation as "from>to" strings, in the later map's actor ids. */
function arrows(relation: Relation, idOf: (id: string) => string): Set<string> {
  const s = idOf(relation.source);
  const t = idOf(relation.target);
  const result = new Set<string>();
  if (relation.direction !== 'backward') result.add(`${s}>${t}`);
  if (relation.direction !== 'forward') result.add(`${t}>${s}`);
  return result;
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

/** Labels of `list` whose key is not among `other`'s keys. */
function labelsMissingFrom(list: readonly string[], other: readonly string[]): string[] {
  const keys = new Set(other.map(labelKey));
  return list.filter((label) => !keys.has(labelKey(label)));
}

/** Compare an earlier map (`before`) with a later one (`after`). Pure; neither map is changed. */
export function compareRounds(before: MapDoc, after: MapDoc): RoundComparison {
  const actorKey = (a: Actor) => (a.type === 'self' ? '\u0000self' : labelKey(a.name));
  const actorPairs = pairUp(before.actors, after.actors, actorKey);
  const actorMatch = new Map(actorPairs.pairs.map(([b, a]) => [b.id, a.id]));
  const afterIdOf = (id: string) => actorMatch.get(id) ?? `\u0000gone:${id}`;
  const pairKey = (x: string, y: string) => (x < y ? `${x}|${y}` : `${y}|${x}`);
  const relationKey = (r: Relation, side: 'before' | 'after') =>
    side === 'before' ? pairKey(afterIdOf(r.source), afterIdOf(r.target)) : pairKey(r.source, r.target);
  const relationPairs = pairUp(before.relations, after.relations, relationKey);

  const closer: ActorChange[] = [];
  const farther: ActorChange[] = [];
  const sectorChanged: ActorChange[] = [];
  for (const [b, a] of actorPairs.pairs) {
    if (b.ring !== undefined && a.ring !== undefined && b.ring !== a.ring) (a.ring < b.ring ? closer : farther).push({ before: b, after: a });
    if (b.sector && a.sector && b.sector !== a.sector) sectorChanged.push({ before: b, after: a });
  }
  const directionChanged: RelationChange[] = [];
  const labelsChanged: LabelChange[] = [];
  for (const [b, a] of relationPairs.pairs) {
    if (
      !sameSet(
        arrows(b, afterIdOf),
        arrows(a, (id) => id),
      )
    )
      directionChanged.push({ before: b, after: a });
    const change = {
      before: b,
      after: a,
      topicsAdded: labelsMissingFrom(a.topics, b.topics),
      topicsGone: labelsMissingFrom(b.topics, a.topics),
      methodsAdded: labelsMissingFrom(a.methods, b.methods),
      methodsGone: labelsMissingFrom(b.methods, a.methods),
    };
    if (change.topicsAdded.length + change.topicsGone.length + change.methodsAdded.length + change.methodsGone.length > 0) labelsChanged.push(change);
  }
  return {
    actors: { added: actorPairs.added, gone: actorPairs.gone, closer, farther, sectorChanged },
    relations: { added: relationPairs.added, gone: relationPairs.gone, directionChanged, labelsChanged },
    actorMatch,
  };
}

/** How many changes a comparison found in all. */
export function changeCount(c: RoundComparison): number {
  return (
    c.actors.added.length +
    c.actors.gone.length +
    c.actors.closer.length +
    c.actors.farther.length +
    c.actors.sectorChanged.length +
    c.relations.added.length +
    c.relations.gone.length +
    c.relations.directionChanged.length +
    c.relations.labelsChanged.length
  );
}
