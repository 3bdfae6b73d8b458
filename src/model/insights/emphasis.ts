/** The relations a figure is about, for highlighting it on the map. */
import type { MapDoc } from '../schema';

/** Relations with both ends among the given actors. */
export function relationsAmong(map: Pick<MapDoc, 'relations'>, actors: Iterable<string>): string[] {
  const set = new Set(actors);
  return map.relations.filter((r) => set.has(r.source) && set.has(r.target)).map((r) => r.id);
}

/** An actor's relations and the actors at their other ends (the actor first). */
export function relationsOf(map: Pick<MapDoc, 'relations'>, actor: string): { actors: string[]; relations: string[] } {
  const actors = [actor];
  const seen = new Set(actors);
  const relations: string[] = [];
  for (const r of map.relations) {
    if (r.source !== actor && r.target !== actor) continue;
    relations.push(r.id);
    const other = r.source === actor ? r.target : r.source;
    if (!seen.has(other)) {
      seen.add(other);
      actors.push(other);
    }
  }
  return { actors, relations };
}
