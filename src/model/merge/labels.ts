/** Combining the free-text parts of several actors or relations into one. */
import { LIMITS } from '../limits';
import { labelKey, tidyLabel } from '../labelKey';

/**
 * The value given most often; ties go to the one seen first. Callers pass
 * values in the canonical source order (see `canonicalOrder`), so "first" does
 * not depend on the order the facilitator picked the files in.
 */
export function mostCommon<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: T | undefined;
  let bestCount = 0;
  for (const [value, count] of counts) {
    // Map iteration follows first insertion, so a strict ">" keeps the first of equals.
    if (count > bestCount) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Topics or methods of several relations as one list: duplicates compared by
 * `labelKey` (case, spacing and Unicode form do not matter), as the editor's
 * `addLabel` does; first spelling kept. `dropped` counts labels beyond `LIMITS.listItems`.
 */
export function unionLabels(lists: readonly (readonly string[])[]): { labels: string[]; dropped: number } {
  const seen = new Set<string>();
  const labels: string[] = [];
  let dropped = 0;
  for (const list of lists) {
    for (const label of list) {
      const key = labelKey(label);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      if (labels.length < LIMITS.listItems) labels.push(tidyLabel(label));
      else dropped++;
    }
  }
  return { labels, dropped };
}

/**
 * Notes of several sources as one text: each distinct note once, in order,
 * separated by a blank line; cut at `LIMITS.longText`. `undefined` when none.
 */
export function joinNotes(notes: readonly (string | undefined)[]): string | undefined {
  const distinct = [...new Set(notes.map((n) => n?.trim() ?? '').filter((n) => n.length > 0))];
  if (distinct.length === 0) return undefined;
  const text = distinct.join('\n\n');
  return text.length <= LIMITS.longText ? text : `${text.slice(0, LIMITS.longText - 1)}…`;
}
