import type { MapDoc } from '../schema';

export interface OrderedSource {
  map: MapDoc;
  /** Position in the `sources` array as given (what actor keys refer to). */
  mapIndex: number;
}

/**
 * Sources oldest first (then by id). Wherever the merge keeps "the first" of
 * something — a name variant on a tie, the spelling of a topic, the direction
 * a relation is drawn in — it means first in this order, so the merged map does
 * not depend on the order in which the maps were picked.
 */
export function canonicalOrder(sources: readonly MapDoc[]): OrderedSource[] {
  return sources
    .map((map, mapIndex) => ({ map, mapIndex, time: Date.parse(map.createdAt) }))
    .sort((a, b) => a.time - b.time || (a.map.id < b.map.id ? -1 : a.map.id > b.map.id ? 1 : 0))
    .map(({ map, mapIndex }) => ({ map, mapIndex }));
}
