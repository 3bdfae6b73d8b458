/**
 * Name keys for merging. Two actors whose names are equal after `normaliseName`
 * are the same actor without asking the user; anything fuzzier is only proposed
 * (see `proposeMatches`). Names follow the same "same text" rule as labels
 * (`labelKey`): NFC, trimmed, single spaces, case-insensitive.
 */
import { labelKey, tidyLabel } from '../labelKey';

/** The key that decides automatic merging (see `labelKey`). */
export function normaliseName(name: string): string {
  return labelKey(name);
}

/** The display form of a name: NFC, trimmed, single spaces; case is kept. */
export function tidyName(name: string): string {
  return tidyLabel(name);
}
