/** Which source maps an element of a merged map came from. */
import type { MapDoc, SourceRef } from '../schema';

/** The reference to a source map stored on merged elements. */
export function sourceRefOf(map: MapDoc): SourceRef {
  return map.author ? { mapId: map.id, title: map.title, author: map.author } : { mapId: map.id, title: map.title };
}

/**
 * Where an element came from: the maps it already lists (an earlier merge), or
 * else the map it is in. Carrying earlier lists forward keeps weights and the
 * contributor filter meaningful when a regional map is merged again.
 */
export function provenanceOf(map: MapDoc, sources: readonly SourceRef[] | undefined): readonly SourceRef[] {
  return sources && sources.length > 0 ? sources : [sourceRefOf(map)];
}

/** References unique by map id, first one kept. */
export function uniqueRefs(refs: readonly SourceRef[]): SourceRef[] {
  const byMap = new Map<string, SourceRef>();
  for (const ref of refs) if (!byMap.has(ref.mapId)) byMap.set(ref.mapId, ref);
  return [...byMap.values()];
}
