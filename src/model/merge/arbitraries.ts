/**
 * fast-check arbitraries of valid source maps for the merge's property tests.
 * Test helper only. Names come from a small pool of Finnish and Swedish actors,
 * written in varying case, spacing and Unicode form, so that maps share actors
 * the way trainees' maps do.
 */
import fc from 'fast-check';
import { emptyReflection } from '../factories';
import type { Actor, MapDoc, Question, Relation, Service } from '../schema';
import { CONTENT_AREAS, DIRECTIONS, PRESET_METHODS, TNO_LEVELS } from '../vocabulary';

export const ACTOR_NAMES = [
  'Ohjaamo Kajaani',
  'TE-toimisto Kainuu',
  'Kainuun TE-toimisto',
  'TE-toimisto Oulu',
  'Etsivä nuorisotyö',
  'Työpaja Väylä',
  'Kela',
  'Kuraattori',
  'Kuratori',
  'Opinto-ohjaaja',
  'Nuorisotoimi',
  'Sosiaalitoimi',
  'Navigatorn Vasa',
  'Arbetskraftsbyrån',
  'Uppsökande ungdomsarbete',
  'Studiehandledare',
  'Åbo Akademi',
  'Ungdomsverkstaden',
  'Oppisopimustoimisto',
  'TYP',
] as const;
const AUTHORS = ['Aino Virtanen', 'Pekka Lindqvist', 'Elsa Nyström', 'Mikko Korhonen'] as const;
const TITLES = ['Omat verkostosuhteeni', 'Ryhmä 1', 'Mina nätverksrelationer'] as const;
const TOPICS = ['Opiskelu', 'työnhaku', 'asuminen', 'Toimeentulo', 'studier', 'Sysselsättning', 'mielenterveys'] as const;
const SERVICES = ['Työnhaun tuki', 'Henkilökohtainen ohjaus', 'Studiehandledning', 'Vapaa-ajan toiminta'] as const;
const FREE_METHODS = ['Teams', 'WhatsApp', 'kotikäynti'] as const;
const QUESTIONS = ['Miten tavoitan etsivän nuorisotyön?', 'Vem samordnar nätverket?', 'Kuka vastaa nivelvaiheesta?'] as const;
const DATES = ['2025-01-10T09:00:00.000Z', '2025-01-10T09:00:00.000Z', '2025-02-01T12:30:00+02:00'] as const;
/** Long enough to count as app-generated (see `MIN_GLOBAL_ID_LENGTH`): shared ids merge actors across maps. */
const SHARED_IDS = ['shared-actor-0000-1', 'shared-actor-0000-2', 'shared-actor-0000-3'] as const;

/** The same text as a trainee might type it: other case, stray spaces, decomposed letters. */
export function spelling(text: string): fc.Arbitrary<string> {
  return fc
    .record({
      letterCase: fc.constantFrom('as is', 'lower', 'upper'),
      spacing: fc.constantFrom('tidy', 'padded', 'doubled'),
      form: fc.constantFrom('NFC', 'NFD'),
    })
    .map(({ letterCase, spacing, form }) => {
      let out = letterCase === 'lower' ? text.toLowerCase() : letterCase === 'upper' ? text.toUpperCase() : text;
      if (spacing === 'padded') out = `  ${out} `;
      if (spacing === 'doubled') out = out.replace(/ /g, '  ');
      return out.normalize(form);
    });
}

const nameArb = fc.constantFrom(...ACTOR_NAMES).chain(spelling);

const serviceArb: fc.Arbitrary<Service> = fc.record({
  name: fc.constantFrom(...SERVICES).chain(spelling),
  tno: fc.subarray([...TNO_LEVELS]),
  areas: fc.subarray([...CONTENT_AREAS]),
});

interface ActorDraft {
  shared: number | undefined;
  local: number;
  name: string;
  type: 'person' | 'group' | 'organisation';
  organisation: string | undefined;
  services: Service[];
  note: string | undefined;
}

const actorDraftArb: fc.Arbitrary<ActorDraft> = fc.record({
  shared: fc.option(fc.integer({ min: 0, max: SHARED_IDS.length - 1 }), { freq: 6, nil: undefined }),
  local: fc.nat(30),
  name: nameArb,
  type: fc.constantFrom('person', 'group', 'organisation'),
  organisation: fc.option(fc.constantFrom('Kajaanin kaupunki', 'Kainuun hyvinvointialue', 'Vasa stad'), { nil: undefined }),
  services: fc.array(serviceArb, { maxLength: 2 }),
  note: fc.option(fc.constantFrom('Tavataan kuukausittain', 'Ny kontakt'), { nil: undefined }),
});

interface RelationDraft {
  s: number;
  t: number;
  direction: Relation['direction'];
  topics: string[];
  methods: string[];
}

const relationDraftArb: fc.Arbitrary<RelationDraft> = fc.record({
  s: fc.nat(),
  t: fc.nat(),
  direction: fc.constantFrom(...DIRECTIONS),
  topics: fc.uniqueArray(fc.constantFrom(...TOPICS), { maxLength: 3 }).chain((ts) => fc.tuple(...ts.map(spelling))),
  methods: fc.uniqueArray(fc.constantFrom(...PRESET_METHODS, ...FREE_METHODS), { maxLength: 2 }),
});

export interface MapArbOptions {
  /** Every actor name different after normalisation (and no shared ids): the map merges into itself unchanged. */
  distinctNames?: boolean;
}

/** A valid map; `index` makes its id and its local actor ids unique among the maps of one test. */
export function mapArb(index: number, options: MapArbOptions = {}): fc.Arbitrary<MapDoc> {
  const actorsArb = options.distinctNames
    ? fc
        .uniqueArray(fc.constantFrom(...ACTOR_NAMES), { maxLength: 8 })
        .chain((names) => fc.tuple(...names.map((name) => fc.tuple(spelling(name), actorDraftArb))))
        .map((pairs) => pairs.map(([name, draft], local): ActorDraft => ({ ...draft, name, shared: undefined, local })))
    : fc.uniqueArray(actorDraftArb, { maxLength: 8, selector: (a) => (a.shared !== undefined ? `s${a.shared}` : `l${a.local}`) });
  return fc
    .record({
      kind: fc.constantFrom('personal', 'regional'),
      author: fc.option(fc.constantFrom(...AUTHORS), { freq: 4, nil: undefined }),
      title: fc.constantFrom(...TITLES),
      createdAt: fc.constantFrom(...DATES),
      actors: actorsArb,
      relations: fc.array(relationDraftArb, { maxLength: 12 }),
      questions: fc.array(fc.record({ text: fc.constantFrom(...QUESTIONS, ''), author: fc.option(fc.constantFrom(...AUTHORS), { freq: 5, nil: undefined }) }), {
        maxLength: 3,
      }),
    })
    .map(({ kind, author, title, createdAt, actors: drafts, relations: relationDrafts, questions: questionDrafts }): MapDoc => {
      const mapId = `map-${index}`;
      const actors: Actor[] = drafts.map((d) => ({
        id: d.shared !== undefined ? SHARED_IDS[d.shared]! : `m${index}a${d.local}`,
        name: d.name,
        type: d.type,
        ...(d.organisation ? { organisation: d.organisation } : {}),
        services: d.services,
        ...(d.note ? { note: d.note } : {}),
      }));
      if (kind === 'personal') actors.unshift({ id: `m${index}-me`, name: author ?? 'Minä', type: 'self', services: [], position: { x: 0, y: 0 } });
      const relations: Relation[] =
        actors.length < 2
          ? []
          : relationDrafts.flatMap((r, i) => {
              const source = actors[r.s % actors.length]!.id;
              const target = actors[r.t % actors.length]!.id;
              return source === target ? [] : [{ id: `m${index}r${i}`, source, target, direction: r.direction, topics: r.topics, methods: r.methods }];
            });
      const questions: Question[] = questionDrafts.map((q, i) => ({ id: `m${index}q${i}`, text: q.text, ...(q.author ? { author: q.author } : {}) }));
      return {
        id: mapId,
        title,
        kind,
        ...(author ? { author } : {}),
        createdAt,
        updatedAt: createdAt,
        actors,
        relations,
        questions,
        reflection: emptyReflection(),
      };
    });
}

/** Between one and `max` maps with distinct ids. */
export function mapsArb(max = 5): fc.Arbitrary<MapDoc[]> {
  return fc.integer({ min: 1, max }).chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => mapArb(i))));
}
