/** Which source maps an element of a merged map came from. */
import type { Actor, MapDoc, SourceRef } from '../schema';
import { storedSector } from '../sectors';

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

/**
 * Provenance of an actor: as `provenanceOf`, and the contributor's closeness
 * with it. A personal map's ring is the whole point of the exercise; without
 * it, an actor placed on a ring but never connected by an arrow would reach
 * the regional map as an unexplained island. The sector the contributor put
 * it in (when their map has sectors) is kept the same way: a merged map has no
 * wedges of its own, but its filter by sector reads these.
 */
export function actorProvenanceOf(map: MapDoc, actor: Actor): readonly SourceRef[] {
  if (actor.sources && actor.sources.length > 0) return actor.sources;
  const ref = sourceRefOf(map);
  if (actor.type === 'self') return [{ ...ref, self: true }];
  const sector = storedSector(map, actor);
  return [{ ...ref, ...(actor.ring ? { ring: actor.ring } : {}), ...(sector ? { sector } : {}) }];
}

/**
 * References unique by map id, first one kept. When one map gave several
 * actors that became one (joined by hand), the closest ring wins, "me"
 * stays marked and the first sector given is kept.
 */
export function uniqueRefs(refs: readonly SourceRef[]): SourceRef[] {
  const byMap = new Map<string, SourceRef>();
  for (const ref of refs) {
    const seen = byMap.get(ref.mapId);
    if (!seen) {
      byMap.set(ref.mapId, ref);
      continue;
    }
    const ring = seen.ring && ref.ring ? Math.min(seen.ring, ref.ring) : (seen.ring ?? ref.ring);
    const self = seen.self || ref.self;
    const sector = seen.sector ?? ref.sector;
    if (ring !== seen.ring || self !== seen.self || sector !== seen.sector)
      byMap.set(ref.mapId, { ...seen, ...(ring ? { ring: ring as 1 | 2 | 3 } : {}), ...(self ? { self } : {}), ...(sector ? { sector } : {}) });
  }
  return [...byMap.values()];
}
