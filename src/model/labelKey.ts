/**
 * One definition of "the same text" for labels (topics, methods) and names:
 * editing (`addLabel`) and merging (`unionLabels`, `normaliseName`) both use it,
 * so a label that the editor refuses as a duplicate is also one label after a
 * merge, and the other way round.
 */

/**
 * The display form: NFC, trimmed, runs of whitespace as one space; case is kept.
 *
 * NFC because macOS and some keyboards produce "ö" as "o" + U+0308: the two look
 * identical and must be one label.
 */
export function tidyLabel(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/**
 * The comparison key: `tidyLabel`, lower-cased without a locale (the result must
 * not depend on the browser's language; Finnish and Swedish letters lower-case
 * the same everywhere), NFC again because lower-casing can decompose (e.g. "İ").
 *
 * @example labelKey('  Puhelin\u00a0 SOITTO ') === labelKey('puhelin soitto') // true
 */
export function labelKey(text: string): string {
  return tidyLabel(text).toLowerCase().normalize('NFC');
}
