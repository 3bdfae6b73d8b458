/**
 * Name keys for merging. Two actors whose names are equal after `normaliseName`
 * are the same actor without asking the user; anything fuzzier is only proposed
 * (see `proposeMatches`).
 */

/**
 * The key that decides automatic merging: NFC, trimmed, runs of whitespace as one
 * space, lower-cased without a locale (so the result does not depend on the
 * browser's language; Finnish and Swedish letters lower-case the same everywhere).
 *
 * NFC comes first because macOS and some keyboards produce "ö" as "o" + U+0308:
 * the two look identical and must be the same actor. It runs again at the end
 * because lower-casing can produce decomposed sequences (e.g. "İ").
 */
export function normaliseName(name: string): string {
  return tidyName(name).toLowerCase().normalize('NFC');
}

/** The display form of a name: NFC, trimmed, single spaces; case is kept. */
export function tidyName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ');
}
