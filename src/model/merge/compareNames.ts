/**
 * How alike two actor names are, for proposing probable duplicates. Scoring is
 * fuzzball's (a port of Python's thefuzz); this module only decides what to feed
 * it and how to read the result for Finnish and Swedish organisation names.
 */
import { full_process, ratio, token_sort_ratio } from 'fuzzball';

/**
 * fuzzball's own clean-up: punctuation to spaces, lower case, collapsed spaces.
 * `force_ascii: false` keeps å, ä and ö as letters; with `true` fuzzball deletes
 * them ("Työpaja Åbo" → "typaja bo"). Names are NFC-normalised before this,
 * because fuzzball's `[^\p{L}\p{N}]` clean-up turns the combining mark of a
 * decomposed "ö" into a space ("tyo paja").
 */
const PROCESS = { force_ascii: false, collapseWhitespace: true } as const;
/** Our strings are already processed; skipping fuzzball's pass is also faster. */
const SCORE = { full_process: false } as const;
/**
 * Our tokens are already sorted (diacritic-insensitively, see `toComparable`);
 * `proc_sorted` stops fuzzball from re-sorting them by code unit, which would put
 * "åbo" after "navigator" but "abo" before it. Not in fuzzball's typings, hence
 * no literal at the call site.
 */
const SORTED = { full_process: false, proc_sorted: true } as const;

/** Shorter words keep their last letter, so abbreviations ("TYP", "Kela") are left alone. */
const MIN_INFLECTED_LENGTH = 5;
/**
 * When both names have words the other lacks, those words must be at least this
 * alike (fuzzball ratio) for a proposal: typos score 80–95 ("kuraattori" /
 * "kuratori" 89, "etsivä nuorisotyö" / "etsiva nuorisotyo" 88, "seinäjoki" /
 * "seinäjoe(n)" 82), different places score far lower ("kainuu" / "oulu" 40).
 */
export const MIN_DIFFERENCE_SCORE = 80;
/** A name wholly contained in another is proposed only if it says something ("TE" alone does not). */
const MIN_CONTAINED_CHARS = 3;

/** A name prepared once for many comparisons. */
export interface ComparableName {
  /** Distinct comparison words, sorted. */
  tokens: readonly string[];
  tokenSet: ReadonlySet<string>;
  /** `tokens` joined by spaces: the input to fuzzball's token-sort scoring. */
  sorted: string;
  /** `sorted` without diacritics, for names typed on a keyboard without å, ä and ö. */
  folded: string;
  /** The UTF-16 code units of `sorted`, in ascending order: a cheap upper bound on the score. */
  units: Uint16Array;
}

/** Why two names look like one actor. */
export type MatchReason =
  /** Same words in another order, with other punctuation or a genitive ending: "Kainuun TE-toimisto" / "TE-toimisto Kainuu". */
  | 'sameWords'
  /** Differ by typos or diacritics: "Kuraattori" / "Kuratori". */
  | 'similar'
  /** Every word of one is in the other: "Ohjaamo" / "Ohjaamo Kajaani". */
  | 'contained';

export interface NameComparison {
  /** fuzzball token_sort_ratio of the prepared names, 0–100. */
  score: number;
  reason: MatchReason;
}

/**
 * Strip a final genitive so that the inflected and the base form compare equal:
 * Finnish "-n" ("Kainuun" → "kainuu", "Kajaanin" → "kajaani"), Swedish "-s" and
 * the definite "-n" before it ("Navigatorns" and "Navigatorn" → "navigator").
 * Applied to both names, so a nominative that happens to end in n or s
 * ("Kuntoutus") changes on both sides and still equals itself. Only proposals
 * depend on this, never automatic merging.
 */
function stem(token: string): string {
  let word = token;
  if (word.length >= MIN_INFLECTED_LENGTH && word.endsWith('s')) word = word.slice(0, -1);
  if (word.length >= MIN_INFLECTED_LENGTH && word.endsWith('n')) word = word.slice(0, -1);
  return word;
}

/** Prepare a name (already NFC) for `compareNames`. */
export function toComparable(name: string): ComparableName {
  const processed = full_process(name.normalize('NFC'), PROCESS);
  // Sorted as if without diacritics so that "Åbo Navigatorn" and "Abo Navigatorn" put their words in the same order.
  const tokens = [
    ...new Set(
      processed
        .split(' ')
        .filter((t) => t.length > 0)
        .map(stem),
    ),
  ]
    .map((token) => ({ token, key: fold(token) }))
    .sort((x, y) => compareStrings(x.key, y.key) || compareStrings(x.token, y.token))
    .map(({ token }) => token);
  const sorted = tokens.join(' ');
  const units = Uint16Array.from(sorted, (c) => c.charCodeAt(0)).sort();
  return { tokens, tokenSet: new Set(tokens), sorted, folded: fold(sorted), units };
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** "Työpaja" → "tyopaja", "Åbo" → "abo". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * How many characters two strings have in common, ignoring order: no alignment
 * can match more, so `2·common / total` bounds fuzzball's ratio from above.
 */
function commonUnits(a: Uint16Array, b: Uint16Array): number {
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return common;
}

function sharesToken(a: ComparableName, b: ComparableName): boolean {
  const [small, large] = a.tokens.length <= b.tokens.length ? [a, b] : [b, a];
  return small.tokens.some((t) => large.tokenSet.has(t));
}

/** Whether the words only one of the names has look like typos or lost diacritics of each other. */
function differenceIsSmall(restA: string, restB: string): boolean {
  return fold(restA) === fold(restB) || ratio(restA, restB, SCORE) >= MIN_DIFFERENCE_SCORE;
}

/**
 * Compare two prepared names; `undefined` when they should not be proposed.
 *
 * Plain token-set scoring over-rates names that share a long generic part and
 * differ in the one word that matters ("Etsivä nuorisotyö Kajaani" / "Etsivä
 * nuorisotyö Kuhmo" scores 85 in token_set_ratio, "TE-toimisto Kainuu" / "TE-toimisto
 * Oulu" 82), so the words that are not shared are compared on
 * their own and must look like a typo of each other.
 */
export function compareNames(a: ComparableName, b: ComparableName): NameComparison | undefined {
  if (a.tokens.length === 0 || b.tokens.length === 0) return undefined;
  if (a.sorted === b.sorted) return { score: 100, reason: 'sameWords' };
  if (!sharesToken(a, b)) {
    // Most pairs of a 1000-name merge end in this branch, so it avoids allocating.
    const bound = (200 * commonUnits(a.units, b.units)) / (a.units.length + b.units.length);
    if (bound < MIN_DIFFERENCE_SCORE && a.folded !== b.folded) return undefined;
    if (!differenceIsSmall(a.sorted, b.sorted)) return undefined;
    return { score: token_sort_ratio(a.sorted, b.sorted, SORTED), reason: 'similar' };
  }
  const onlyA = a.tokens.filter((t) => !b.tokenSet.has(t));
  const onlyB = b.tokens.filter((t) => !a.tokenSet.has(t));
  if (onlyA.length === 0 || onlyB.length === 0) {
    const contained = onlyA.length === 0 ? a : b;
    if (contained.sorted.replace(/ /g, '').length < MIN_CONTAINED_CHARS) return undefined;
    return { score: token_sort_ratio(a.sorted, b.sorted, SORTED), reason: 'contained' };
  }
  if (!differenceIsSmall(onlyA.join(' '), onlyB.join(' '))) return undefined;
  return { score: token_sort_ratio(a.sorted, b.sorted, SORTED), reason: 'similar' };
}
