/**
 * Rounds of the same map: the training asks about contacts "in the last six
 * months", so a trainee draws the same map again half a year later. A new round
 * is a copy that keeps every actor's and relation's id (so the two rounds can
 * be compared element by element) and remembers the map it was started from.
 */
import { newId } from './ids';
import type { MapDoc } from './schema';

/** The number of a map's round: 1 unless the map says otherwise. */
export function roundNumber(map: Pick<MapDoc, 'round'>): number {
  return map.round?.number ?? 1;
}

/**
 * Start the next round of `map`: a new map id and title, `round.number` one
 * more, `round.previous` pointing at `map`. The original is not touched.
 * `title` gets the new round's number (the caller words it in the user's language).
 */
export function startNewRound(map: MapDoc, options: { title: (number: number) => string; now?: Date }): MapDoc {
  const now = (options.now ?? new Date()).toISOString();
  const number = roundNumber(map) + 1;
  return {
    ...map,
    id: newId(),
    title: options.title(number),
    createdAt: now,
    updatedAt: now,
    round: { number, previous: { mapId: map.id, title: map.title, createdAt: map.createdAt } },
  };
}

/**
 * The title without a trailing round suffix in parentheses, so round 3 of
 * "Oma kartta (kierros 2)" is "Oma kartta (kierros 3)", not a title with two suffixes.
 * Only strips the suffix when the map has a round (a title of a first round is the user's own).
 */
export function baseTitle(map: Pick<MapDoc, 'title' | 'round'>): string {
  if (!map.round) return map.title;
  const stripped = map.title.replace(/\s*\([^()]*\d+[^()]*\)\s*$/, '').trim();
  return stripped || map.title;
}
