/**
 * The table's search: the same matching as the lens panel's search
 * (model/search: case, å/ä/ö and small typos forgiven, whole words and word
 * beginnings), applied to a row's texts together, so "asumis ohjaamo" finds the
 * Ohjaamo row whose service is about housing.
 */
import { matchCost, searchWords } from '../../model';

/** A matcher for one query; an empty query matches everything. */
export function textMatcher(query: string): (texts: readonly string[]) => boolean {
  const words = searchWords(query);
  if (words.length === 0) return () => true;
  return (texts) => matchCost(words, texts.join(' ')) !== null;
}
