import { newId } from './ids';
import type { MapDoc } from './schema';

/**
 * A regional copy of a personal map: "me" becomes a person named after the
 * author, rings are dropped (positions stay), and the copy gets a new id so the
 * personal map is untouched.
 */
export function copyAsRegional(map: MapDoc, options: { now?: Date; region?: string } = {}): MapDoc {
  const now = (options.now ?? new Date()).toISOString();
  return {
    ...map,
    id: newId(),
    kind: 'regional',
    region: options.region ?? map.region,
    createdAt: now,
    updatedAt: now,
    actors: map.actors.map(({ ring: _ring, ...actor }) =>
      actor.type === 'self' ? { ...actor, type: 'person' as const, name: map.author?.trim() || actor.name } : actor,
    ),
  };
}
