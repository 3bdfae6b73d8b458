/**
 * Closeness in a merged map: how close the contributors of the personal maps
 * had each actor, read from the actor's `sources[].ring` (see docs/format.md).
 */
import type { Actor, MapDoc, SourceRef } from '../schema';
import type { Ring } from '../vocabulary';

/** How many contributors had an actor on each ring. */
export type RingCounts = Record<Ring, number>;

/** Counts of the rings the source maps put an actor on; all zero for an actor with no ring in any source. */
export function ringCounts(sources: readonly SourceRef[] | undefined): RingCounts {
  const counts: RingCounts = { 1: 0, 2: 0, 3: 0 };
  for (const source of sources ?? []) if (source.ring) counts[source.ring]++;
  return counts;
}

/**
 * A dashed "in my network" tie: the contributor (their "me", merged into the
 * regional map as a person named after them) had `to` on `ring`. It is derived,
 * never stored as a relation: a place on a ring says "I know them", not "we
 * were in contact about X by Y", so it must not count as a drawn relation.
 */
export interface ClosenessTie {
  /** The merged actor that was the contributor's "me". */
  from: string;
  to: string;
  ring: Ring;
  /** The contributor's source map. */
  mapId: string;
}

/**
 * The ties to draw on a merged map. A tie is left out where a relation already
 * joins the two actors (the arrow says more than the tie) and where the
 * contributor's "me" is not on the map (an anonymous map's "me" still is: it
 * merges under the map's title).
 */
export function closenessTies(map: Pick<MapDoc, 'actors' | 'relations'>): ClosenessTie[] {
  const selfOfMap = new Map<string, string>();
  for (const actor of map.actors) for (const source of actor.sources ?? []) if (source.self) selfOfMap.set(source.mapId, actor.id);
  const related = new Set(map.relations.flatMap((r) => [`${r.source} ${r.target}`, `${r.target} ${r.source}`]));
  const ties: ClosenessTie[] = [];
  for (const actor of map.actors) {
    for (const source of actor.sources ?? []) {
      const from = source.ring ? selfOfMap.get(source.mapId) : undefined;
      if (!from || from === actor.id || related.has(`${from} ${actor.id}`)) continue;
      ties.push({ from, to: actor.id, ring: source.ring!, mapId: source.mapId });
    }
  }
  return ties;
}

/** Whether an actor of a merged map came with closeness from any contributor. */
export const hasCloseness = (actor: Pick<Actor, 'sources'>) => (actor.sources ?? []).some((s) => s.ring !== undefined);
