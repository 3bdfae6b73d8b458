/**
 * The maps of the screens review (tests/e2e/screens.spec.ts): a trainee's personal map as the exercise asks, and
 * three more trainees of the same region whose maps are merged into a regional map. Interchange format version 1.
 */
import { fileOf } from './maps';

type ActorType = 'self' | 'person' | 'group' | 'organisation';
type Actor = [id: string, name: string, type: ActorType, ring?: 1 | 2 | 3, position?: [x: number, y: number]];
type Relation = [source: string, target: string, direction: 'forward' | 'backward' | 'both', topics: string[], methods: string[]];

export function personalMap(input: { id: string; title: string; author: string; actors: Actor[]; relations: Relation[]; questions: string[] }): string {
  return fileOf({
    id: input.id,
    title: input.title,
    kind: 'personal',
    author: input.author,
    actors: input.actors.map(([id, name, type, ring, position]) => ({
      id: `${input.id}-${id}`,
      name,
      type,
      ...(type === 'self' ? { position: { x: 0, y: 0 } } : { ring }),
      ...(position ? { position: { x: position[0], y: position[1] } } : {}),
    })),
    relations: input.relations.map(([source, target, direction, topics, methods], i) => ({
      id: `${input.id}-r${i}`,
      source: `${input.id}-${source}`,
      target: `${input.id}-${target}`,
      direction,
      topics,
      methods,
    })),
    questions: input.questions.map((text, i) => ({ id: `${input.id}-q${i}`, text })),
  });
}

/**
 * A trainee's personal map as the exercise asks: 12 actors of the three types on the three rings, 8 relations,
 * 2 questions. The actors stand where a trainee put them (double-click on a ring, or dragged), apart from each other.
 */
const ainoActors: Actor[] = [
  ['me', 'Aino Virtanen', 'self'],
  ['ohj', 'Ohjaamo Kajaani', 'organisation', 1, [0, -160]],
  ['opo', 'Mikko, opinto-ohjaaja', 'person', 1, [150, 115]],
  ['ets', 'Etsivä nuorisotyö', 'group', 1, [-175, 95]],
  ['kur', 'Kuraattori Liisa', 'person', 1, [175, -85]],
  ['te', 'TE-toimisto', 'organisation', 2, [0, 310]],
  ['paja', 'Nuorten työpaja', 'group', 2, [-290, -120]],
  ['kela', 'Kela Kajaani', 'organisation', 2, [310, 10]],
  ['sos', 'Sosiaaliohjaaja Pekka', 'person', 2, [-250, 195]],
  ['opp', 'Oppisopimustoimisto', 'organisation', 3, [0, -490]],
  ['kao', 'Kainuun ammattiopisto', 'organisation', 3, [420, -260]],
  ['vanh', 'Vanhempainyhdistys', 'group', 3, [-480, 60]],
  ['ely', 'Yrittäjä Jukka', 'person', 3, [460, 185]],
];
const ainoRelations: Relation[] = [
  ['me', 'ohj', 'both', ['nuoren ohjaus'], ['meeting', 'email']],
  ['me', 'opo', 'forward', ['jatko-opinnot'], ['phone']],
  ['ets', 'me', 'backward', ['nuoren tavoittaminen'], ['chat']],
  ['me', 'te', 'forward', ['työnhaku'], ['email']],
  ['kela', 'me', 'forward', ['toimeentulotuki'], ['letter']],
  ['me', 'paja', 'both', ['työkokeilu'], ['meeting']],
  ['me', 'opp', 'forward', ['oppisopimus'], ['phone', 'email']],
  ['sos', 'me', 'forward', ['asumisen tuki'], ['briefing']],
];
const ainoQuestions = ['Kuka koordinoi alueen verkostoa?', 'Miten tavoitan Kelan yhteyshenkilön nopeasti?'];
export const aino = personalMap({
  id: 'aino',
  title: 'Ainon verkostosuhteet',
  author: 'Aino Virtanen',
  actors: ainoActors,
  relations: ainoRelations,
  questions: ainoQuestions,
});

/** Three more trainees of the same region: the same actors written a little differently, for the merge. */
export const bertta = personalMap({
  id: 'bertta',
  title: 'Bertan kartta',
  author: 'Bertta',
  actors: [
    ['me', 'Bertta', 'self'],
    ['ohj', 'Ohjaamo Kajaani', 'organisation', 1],
    ['te', 'Kainuun TE-toimisto', 'organisation', 1],
    ['nuo', 'Kajaanin nuorisopalvelut', 'organisation', 2],
    ['kela', 'Kela Kajaani', 'organisation', 3],
    ['ets', 'Etsivä nuorisotyö', 'group', 2],
  ],
  relations: [
    ['te', 'ohj', 'forward', ['työkokeilu'], ['phone']],
    ['me', 'nuo', 'both', ['harrastukset'], ['chat']],
    ['me', 'ets', 'forward', ['nuoren tavoittaminen'], ['meeting']],
  ],
  questions: ['Miten tavoitan Kelan?'],
});
export const cecilia = personalMap({
  id: 'cecilia',
  title: 'Cecilian kartta',
  author: 'Cecilia',
  actors: [
    ['me', 'Cecilia', 'self'],
    ['ohj', 'ohjaamo  kajaani', 'organisation', 1],
    ['ets', 'Etsivä nuorisotyö', 'group', 1],
    ['kao', 'Kainuun ammattiopisto', 'organisation', 2],
    ['sote', 'Kainuun sote', 'organisation', 3],
  ],
  relations: [
    ['me', 'ohj', 'forward', ['asumisen tuki'], ['meeting']],
    ['kao', 'me', 'forward', ['opintojen keskeytys'], ['email']],
    ['me', 'sote', 'both', ['mielenterveyspalvelut'], ['phone']],
  ],
  questions: [],
});
export const daniel = personalMap({
  id: 'daniel',
  title: 'Danielin kartta',
  author: 'Daniel',
  actors: [
    ['me', 'Daniel', 'self'],
    ['te', 'TE-toimisto Kainuu', 'organisation', 1],
    ['paja', 'Nuorten työpaja', 'group', 1],
    ['opp', 'Oppisopimustoimisto', 'organisation', 2],
    ['yr', 'Kajaanin yrittäjät', 'group', 3],
  ],
  relations: [
    ['me', 'paja', 'both', ['työkokeilu'], ['meeting']],
    ['opp', 'yr', 'forward', ['oppisopimuspaikat'], ['email']],
    ['te', 'me', 'forward', ['palkkatuki'], ['letter']],
  ],
  questions: ['Kuka vastaa nuorten työpajojen rahoituksesta?'],
});
