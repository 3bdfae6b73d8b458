/**
 * Test helper: terse source maps for merge tests. Not part of the model's API.
 */
import { emptyReflection } from '../factories';
import type { Actor, MapDoc, Question, Relation } from '../schema';
import type { ActorType, Direction } from '../vocabulary';

type ActorInput = Partial<Actor> & { id: string; name: string };
type RelationInput = Partial<Relation> & { source: string; target: string; direction?: Direction };

let relationCounter = 0;

/** A valid map; actors default to organisations, relations to → with no labels. */
export function testMap(input: {
  id: string;
  title?: string;
  kind?: MapDoc['kind'];
  author?: string;
  createdAt?: string;
  actors: ActorInput[];
  relations?: RelationInput[];
  questions?: (Partial<Question> & { text: string })[];
}): MapDoc {
  const at = input.createdAt ?? '2025-01-01T10:00:00.000Z';
  return {
    id: input.id,
    title: input.title ?? `Kartta ${input.id}`,
    kind: input.kind ?? 'personal',
    ...(input.author ? { author: input.author } : {}),
    createdAt: at,
    updatedAt: at,
    actors: input.actors.map((a) => ({ type: 'organisation' as ActorType, services: [], ...a })),
    relations: (input.relations ?? []).map((r) => ({
      id: `r${++relationCounter}`,
      direction: 'forward' as Direction,
      topics: [],
      methods: [],
      ...r,
    })),
    questions: (input.questions ?? []).map((q, i) => ({ id: `${input.id}-q${i}`, ...q })),
    reflection: emptyReflection(),
  };
}

/** A personal map of `author` with "me" (id `me`) and the given actors. */
export function personalMap(id: string, author: string | undefined, actors: ActorInput[], relations: RelationInput[] = []): MapDoc {
  return testMap({
    id,
    ...(author ? { author } : {}),
    actors: [{ id: 'me', name: author ?? 'Minä', type: 'self', position: { x: 0, y: 0 } }, ...actors],
    relations,
  });
}

/** Deterministic ids for merged maps: m1, m2, … */
export function counterIds(prefix = 'new'): () => string {
  let n = 0;
  return () => `${prefix}${++n}`;
}

const PLACES = ['Kajaani', 'Kuhmo', 'Sotkamo', 'Suomussalmi', 'Paltamo', 'Vaala', 'Puolanka', 'Hyrynsalmi', 'Ristijärvi', 'Oulu', 'Vasa', 'Jakobstad'];
const KINDS = [
  'Ohjaamo',
  'TE-toimisto',
  'Etsivä nuorisotyö',
  'Nuorisotoimi',
  'Kela',
  'Työpaja',
  'Sosiaalitoimi',
  'Kuraattori',
  'Opinto-ohjaaja',
  'TYP',
  'Navigatorn',
  'Uppsökande ungdomsarbete',
  'Ungdomsverkstaden',
  'Lukio',
  'Ammattiopisto',
];
const TOPICS = ['opiskelu', 'Opiskelu', 'työnhaku', 'asuminen', 'toimeentulo', 'studier', 'mielenterveys'];
const METHODS = ['meeting', 'email', 'phone', 'Teams', 'chat'];

/**
 * `maps` personal maps of `perMap` actors each (plus "me"), as trainees of one
 * region would draw them: the same few hundred actors under a few spellings,
 * and about two relations per actor. Deterministic.
 */
export function regionOfManyMaps(maps: number, perMap: number): MapDoc[] {
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  return Array.from({ length: maps }, (_, m) => {
    const actors: ActorInput[] = Array.from({ length: perMap }, (_, i) => {
      const kind = pick(KINDS);
      const place = pick(PLACES);
      const style = random();
      const name =
        style < 0.5 ? `${kind} ${place}` : style < 0.7 ? `${kind}, ${place}` : style < 0.85 ? `${place}n ${kind}` : `${kind.toLowerCase()}  ${place} `;
      return {
        id: `m${m}a${i}`,
        name,
        type: pick(['person', 'group', 'organisation'] as const),
        services: [{ name: `${kind} palvelu`, tno: ['guidance'], areas: ['employment'] }],
      };
    });
    const relations: RelationInput[] = Array.from({ length: perMap * 2 }, () => {
      const source = pick(['me', ...actors.map((a) => a.id)]);
      const target = pick(actors.map((a) => a.id));
      return { source, target, direction: pick(['forward', 'backward', 'both'] as const), topics: [pick(TOPICS)], methods: [pick(METHODS)] };
    }).filter((r) => r.source !== r.target);
    return personalMap(`map-${m}`, `Kouluttautuja ${m + 1}`, actors, relations);
  });
}

/** Many distinct made-up names sharing syllables (a worst case for matching). */
export function syntheticNames(count: number): { key: string; name: string }[] {
  const syllables = [
    'ka',
    'ja',
    'ni',
    'oh',
    'mo',
    'ku',
    'ra',
    'to',
    'ri',
    'te',
    'toi',
    'mis',
    'sto',
    'nuo',
    'so',
    'työ',
    'pa',
    'lu',
    've',
    'lä',
    'sö',
    'en',
    'un',
    'gå',
  ];
  let seed = 3;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const word = () => Array.from({ length: 2 + Math.floor(random() * 3) }, () => syllables[Math.floor(random() * syllables.length)]).join('');
  return Array.from({ length: count }, (_, i) => ({ key: String(i), name: Array.from({ length: 1 + Math.floor(random() * 3) }, word).join(' ') }));
}
