/**
 * Replaying a map in the order it was drawn: actors and relations carry the
 * time they were drawn (`createdAt`, stamped by addActor and addRelation).
 * Elements without one (older maps, imports) keep their stored order, which is
 * the order they were added in; a relation never appears before both its ends.
 */
import type { MapDoc } from './schema';

export type ReplayStep = { kind: 'actor' | 'relation'; id: string };

/**
 * The steps of a replay. Elements are sorted by `createdAt` where both have
 * one; an element without a time takes the time of the element stored before it
 * (so stored order decides among them). Then each relation is moved after its
 * later end, if it came earlier.
 */
export function replayOrder(map: Pick<MapDoc, 'actors' | 'relations'>): ReplayStep[] {
  type Item = ReplayStep & { time: string; index: number };
  const items: Item[] = [];
  let last = '';
  let index = 0;
  for (const a of map.actors) {
    last = a.createdAt ?? last;
    items.push({ kind: 'actor', id: a.id, time: last, index: index++ });
  }
  last = '';
  for (const r of map.relations) {
    last = r.createdAt ?? last;
    items.push({ kind: 'relation', id: r.id, time: last, index: index++ });
  }
  // Comparing ISO strings of the same form compares times; ties keep stored order (actors before relations).
  items.sort((x, y) => (x.time === y.time ? x.index - y.index : x.time < y.time ? -1 : 1));
  const placed = new Set<string>();
  const waiting = new Map<string, Item[]>();
  const ends = new Map(map.relations.map((r) => [r.id, [r.source, r.target]] as const));
  const steps: ReplayStep[] = [];
  const emit = (item: Item) => {
    steps.push({ kind: item.kind, id: item.id });
    if (item.kind !== 'actor') return;
    placed.add(item.id);
    const ready = waiting.get(item.id) ?? [];
    waiting.delete(item.id);
    for (const relation of ready) tryRelation(relation);
  };
  const tryRelation = (item: Item) => {
    const missing = ends.get(item.id)!.find((end) => !placed.has(end));
    if (missing === undefined) emit(item);
    else waiting.set(missing, [...(waiting.get(missing) ?? []), item]);
  };
  for (const item of items) (item.kind === 'actor' ? emit : tryRelation)(item);
  return steps;
}

/**
 * The map as it stood after `count` steps of the replay: only the actors and
 * relations drawn so far. Elements that are not in `steps` at all (drawn while
 * the replay runs) are shown, so nothing one just drew disappears.
 */
export function replayPart(map: MapDoc, steps: readonly ReplayStep[], count: number): MapDoc {
  // Keyed by kind too: an actor and a relation may share an id.
  const key = (kind: ReplayStep['kind'], id: string) => `${kind}:${id}`;
  const hidden = new Set(steps.slice(count).map((s) => key(s.kind, s.id)));
  const actors = map.actors.filter((a) => !hidden.has(key('actor', a.id)));
  const present = new Set(actors.map((a) => a.id));
  return {
    ...map,
    actors,
    relations: map.relations.filter((r) => !hidden.has(key('relation', r.id)) && present.has(r.source) && present.has(r.target)),
  };
}
