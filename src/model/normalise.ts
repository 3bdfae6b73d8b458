import { addLabel } from './commands';
import { placeActors } from './placement';
import type { MapDoc } from './schema';

const dedupe = (labels: readonly string[]) => labels.reduce<string[]>((list, l) => addLabel(list, l), []);

/**
 * Tidy a valid map: trim names, drop repeated topics and methods, and give every
 * actor a position (and a ring on a personal map).
 */
export function normaliseMap(map: MapDoc): MapDoc {
  return placeActors({
    ...map,
    title: map.title.trim(),
    actors: map.actors.map((a) => ({ ...a, name: a.name.trim() })),
    relations: map.relations.map((r) => ({ ...r, topics: dedupe(r.topics), methods: dedupe(r.methods) })),
  });
}
