/**
 * The table's search: a row matches when every word of the query is contained
 * in one of its texts, ignoring case and diacritics, so "tyopaja" finds
 * "Työpaja" and "asumis ohjaamo" finds the Ohjaamo row whose service is about
 * housing. Deliberately small: no typo tolerance (the side panel's search has it).
 */

/** Lower case, without combining marks (ä → a, å → a, é → e), spaces collapsed. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('und')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A matcher for one query; an empty query matches everything. */
export function textMatcher(query: string): (texts: readonly string[]) => boolean {
  const words = foldText(query).split(' ').filter(Boolean);
  if (words.length === 0) return () => true;
  return (texts) => {
    const folded = texts.map(foldText);
    return words.every((word) => folded.some((text) => text.includes(word)));
  };
}
