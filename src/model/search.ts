/**
 * Search over one map: "whom do I call about X?". Finds actors by name and
 * organisation, and the map's topics, methods and services, tolerant of case,
 * of å/ä/ö typed as a/a/o (a keyboard without them, or a hurried hand) and of
 * small typos. A topic, method or service hit carries every relation and actor
 * it concerns, so the lens can emphasise them; an actor hit is focused.
 *
 * Words are matched whole or by their beginning ("asumis" finds
 * "Asumisneuvonta"), never in the middle, so a short query does not light up
 * half the map.
 */
import { labelKey } from './labelKey';
import type { MapDoc } from './schema';

export type SearchHitKind = 'actor' | 'topic' | 'method' | 'service';

export interface SearchHit {
  kind: SearchHitKind;
  /** As shown: the actor's name, the topic or service as the map spells it, the method's translated name. */
  label: string;
  /** Actors: the id; methods: the stored value (preset code or free text); topics and services: the label. */
  value: string;
  /** Actors: the organisation or the service that matched, to tell namesakes apart. */
  detail?: string;
  /** Lower is better: 0 is every query word found whole. */
  cost: number;
  /** Actor: just itself. Topic, method, service: carriers of the service and the ends of the relations. */
  actors: string[];
  relations: string[];
}

export interface SearchOptions {
  /** Preset method codes → their names in the user's language, so "puhelin" finds 'phone'. */
  methodNames?: Readonly<Record<string, string>>;
  /** At most this many hits (best first). */
  limit?: number;
}

/** Without diacritics (and soft hyphens, which only say where a long word may break), so "kayttaja" meets "käyttäjä" and "abo" meets "Åbo"; letters and digits only. */
export function foldText(text: string): string {
  return labelKey(text)
    .normalize('NFD')
    .replace(/\p{M}|\u00ad/gu, '')
    .replace(/ß/g, 'ss');
}

/** The comparison words of a text: folded, split at everything that is not a letter or a digit. */
export function searchWords(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Typos forgiven in a query word: none in one or two letters ("CV", "TE"), one up to five letters, two beyond. */
export function allowedTypos(word: string): number {
  if (word.length <= 2) return 0;
  return word.length <= 5 ? 1 : 2;
}

/**
 * Edit distance with adjacent transpositions ("optimal string alignment"), given
 * up as soon as it exceeds `max` (returns max + 1): a search compares every
 * query word with every word of the map on each key press.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prevPrev[j - 2]! + 1);
      row.push(d);
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** Costs of one query word against one text word; null when it does not match. Whole beats beginning beats typo. */
function wordCost(query: string, word: string): number | null {
  if (word === query) return 0;
  if (word.startsWith(query)) return 1;
  const max = allowedTypos(query);
  if (max === 0) return null;
  // People get the start of a word right: a word sharing neither of its first two letters with the query's (in
  // either order) is not a typo of it. Most words of a map go out here, before any distance is computed.
  if (word[0] !== query[0] && word[1] !== query[1] && word[0] !== query[1] && word[1] !== query[0]) return null;
  const whole = editDistance(query, word, max);
  if (whole <= max) return 2 + whole;
  // A typo in the beginning of a longer word: "asumsi" → "asumisneuvonta".
  if (query.length >= 4 && word.length > query.length) {
    let best = max + 1;
    for (const len of [query.length - 1, query.length, query.length + 1]) best = Math.min(best, editDistance(query, word.slice(0, len), max));
    if (best <= max) return 3 + best;
  }
  return null;
}

/** How well a text answers the query: every query word must match a word of the text; null if one does not. */
export function matchCost(queryWords: readonly string[], text: string): number | null {
  const words = searchWords(text);
  if (queryWords.length === 0 || words.length === 0) return null;
  let total = 0;
  for (const q of queryWords) {
    let best: number | null = null;
    for (const w of words) {
      const c = wordCost(q, w);
      if (c !== null && (best === null || c < best)) best = c;
      if (best === 0) break;
    }
    if (best === null) return null;
    total += best;
  }
  return total;
}

interface LabelGroup {
  label: string;
  relations: Set<string>;
  carriers: Set<string>;
}

const KIND_ORDER: Record<SearchHitKind, number> = { actor: 0, topic: 1, service: 2, method: 3 };

/** One thing that can be found, and the texts it is found by (word numbers into the vocabulary), each with a penalty. */
interface Entry {
  hit: Omit<SearchHit, 'cost'>;
  texts: { words: number[]; penalty: number }[];
}

/**
 * A map prepared for searching: its words folded once, each distinct word
 * stored once. A query then compares its words with the vocabulary (a few
 * thousand words on a large regional map), not with every text again.
 */
export interface SearchIndex {
  vocabulary: string[];
  entries: Entry[];
}

/** Prepare a map for `searchIndex`; build it again when the map or the language (`methodNames`) changes. */
export function buildSearchIndex(map: Pick<MapDoc, 'actors' | 'relations'>, methodNames: Readonly<Record<string, string>> = {}): SearchIndex {
  const vocabulary: string[] = [];
  const numbers = new Map<string, number>();
  const wordsOf = (text: string) =>
    [...new Set(searchWords(text))].map((w) => {
      let n = numbers.get(w);
      if (n === undefined) {
        n = vocabulary.length;
        vocabulary.push(w);
        numbers.set(w, n);
      }
      return n;
    });
  const entries: Entry[] = [];

  for (const actor of map.actors) {
    entries.push({
      hit: {
        kind: 'actor',
        label: actor.name,
        value: actor.id,
        ...(actor.organisation ? { detail: actor.organisation } : {}),
        actors: [actor.id],
        relations: [],
      },
      // Found by its organisation only: a little behind a name match (the organisation, shown beside it, says why).
      texts: [{ words: wordsOf(actor.name), penalty: 0 }, ...(actor.organisation ? [{ words: wordsOf(actor.organisation), penalty: 1 }] : [])],
    });
  }

  // Topics and services grouped by their comparison key: one hit however many relations and actors carry it.
  const labels = new Map<string, LabelGroup>();
  const group = (text: string) => {
    const key = labelKey(text);
    let g = labels.get(key);
    if (!g) {
      g = { label: text, relations: new Set(), carriers: new Set() };
      labels.set(key, g);
    }
    return g;
  };
  for (const relation of map.relations) for (const topic of relation.topics) group(topic).relations.add(relation.id);
  for (const actor of map.actors) for (const service of actor.services) group(service.name).carriers.add(actor.id);

  const ends = new Map(map.relations.map((r) => [r.id, [r.source, r.target] as const]));
  const actorsOf = (relations: Iterable<string>, carriers: Iterable<string> = []) => {
    const ids = new Set(carriers);
    for (const id of relations) for (const end of ends.get(id) ?? []) ids.add(end);
    return [...ids];
  };

  for (const g of labels.values()) {
    entries.push({
      hit: {
        kind: g.relations.size > 0 ? 'topic' : 'service',
        label: g.label,
        value: g.label,
        actors: actorsOf(g.relations, g.carriers),
        relations: [...g.relations],
      },
      texts: [{ words: wordsOf(g.label), penalty: 0 }],
    });
  }

  const methods = new Map<string, { value: string; relations: Set<string> }>();
  for (const relation of map.relations) {
    for (const method of relation.methods) {
      const key = labelKey(method);
      const m = methods.get(key) ?? { value: method, relations: new Set<string>() };
      m.relations.add(relation.id);
      methods.set(key, m);
    }
  }
  for (const m of methods.values()) {
    const name = methodNames[m.value] ?? m.value;
    entries.push({
      hit: { kind: 'method', label: name, value: m.value, actors: actorsOf(m.relations), relations: [...m.relations] },
      texts: [{ words: wordsOf(name), penalty: 0 }],
    });
  }
  return { vocabulary, entries };
}

/** The hits of a query in a prepared map, best first. */
export function searchIndex(index: SearchIndex, query: string, limit?: number): SearchHit[] {
  const queryWords = searchWords(query);
  if (queryWords.length === 0) return [];
  // Each query word against each distinct word of the map, once.
  const costs = queryWords.map((q) => index.vocabulary.map((w) => wordCost(q, w)));
  const textCost = (words: readonly number[]): number | null => {
    let total = 0;
    for (const perWord of costs) {
      let best: number | null = null;
      for (const w of words) {
        const c = perWord[w]!;
        if (c !== null && (best === null || c < best)) best = c;
      }
      if (best === null) return null;
      total += best;
    }
    return total;
  };
  const hits: SearchHit[] = [];
  for (const entry of index.entries) {
    let cost: number | null = null;
    for (const text of entry.texts) {
      const c = textCost(text.words);
      if (c !== null && (cost === null || c + text.penalty < cost)) cost = c + text.penalty;
    }
    if (cost !== null) hits.push({ ...entry.hit, cost });
  }
  hits.sort(
    (a, b) =>
      a.cost - b.cost ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      b.relations.length + b.actors.length - (a.relations.length + a.actors.length) ||
      a.label.localeCompare(b.label, 'fi'),
  );
  return limit === undefined ? hits : hits.slice(0, limit);
}

/**
 * The map's answers to a query, best first: actors, topics, services and
 * methods whose words match. A topic and a service of the same name are one
 * hit (the relations about it and the actors offering it): that is the
 * answer to "whom do I call about asumisneuvonta?". For a search on every key
 * press, build the index once (`buildSearchIndex`) and use `searchIndex`.
 *
 * @example searchMap(map, 'asumis')[0] // { kind: 'topic', label: 'asumisneuvonta', relations: [...], actors: [...] }
 */
export function searchMap(map: Pick<MapDoc, 'actors' | 'relations'>, query: string, options: SearchOptions = {}): SearchHit[] {
  return searchIndex(buildSearchIndex(map, options.methodNames), query, options.limit);
}
