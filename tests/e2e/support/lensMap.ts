/**
 * A regional map as the merge makes it from three trainees' maps (sources, weights), with services in the three
 * content areas and TNO levels: the facilitator's lens is tried on it (tests/e2e/lens.spec.ts).
 */
import { fileOf } from './maps';

const SOURCES = {
  a: { mapId: 'aino', title: 'Ainon kartta' },
  b: { mapId: 'bertta', title: 'Bertan kartta' },
  c: { mapId: 'cecilia', title: 'Cecilian kartta' },
};
type Src = keyof typeof SOURCES;
const from = (list: string) => [...list].map((s) => SOURCES[s as Src]);
const service = (name: string, areas: string[], tno: string[]) => ({ name, areas, tno });

type Actor = [
  id: string,
  name: string,
  type: 'person' | 'group' | 'organisation',
  x: number,
  y: number,
  sources: string,
  services?: ReturnType<typeof service>[],
];
const actors: Actor[] = [
  [
    'ohj',
    'Ohjaamo Kajaani',
    'organisation',
    0,
    0,
    'abc',
    [service('Asumisneuvonta', ['everyday'], ['guidance']), service('Uraohjaus', ['education', 'employment'], ['guidance'])],
  ],
  ['te', 'TE-toimisto', 'organisation', 420, -260, 'ab', [service('Työnhaku', ['employment'], ['information'])]],
  ['ets', 'Etsivä nuorisotyö', 'group', -420, -260, 'ac', [service('Nuoren tavoittaminen', ['everyday'], ['guidance'])]],
  ['kela', 'Kela Kajaani', 'organisation', -420, 520, 'b', [service('Toimeentulotuki', ['everyday'], ['information'])]],
  ['sos', 'Sosiaaliohjaaja Pekka', 'person', -420, 260, 'a', [service('Asumisen tuki', ['everyday'], ['advice'])]],
  ['opo', 'Mikko, opinto-ohjaaja', 'person', 420, 260, 'c', [service('Opinto-ohjaus', ['education'], ['guidance'])]],
  ['paja', 'Nuorten työpaja', 'group', 0, -520, 'a', [service('Työkokeilu', ['employment'], ['guidance'])]],
  ['kao', 'Kainuun ammattiopisto', 'organisation', 840, 260, 'c', [service('Ammatillinen koulutus', ['education'], ['information'])]],
  ['yr', 'Yrittäjä Jukka', 'person', 840, -520, 'b'],
  ['sote', 'Kainuun sote', 'organisation', -840, 520, 'c', [service('Mielenterveyspalvelut', ['everyday'], ['advice'])]],
];
type Relation = [id: string, source: string, target: string, direction: 'forward' | 'backward' | 'both', topics: string[], methods: string[], sources: string];
const relations: Relation[] = [
  ['r1', 'ohj', 'sos', 'both', ['asumisneuvonta'], ['meeting'], 'ac'],
  ['r2', 'sos', 'kela', 'forward', ['Asumisneuvonta', 'toimeentulotuki'], ['phone'], 'a'],
  ['r3', 'te', 'ohj', 'forward', ['CV', 'työnhaku'], ['email'], 'abc'],
  ['r4', 'ohj', 'ets', 'both', ['nuoren tavoittaminen'], ['chat'], 'ac'],
  ['r5', 'ets', 'paja', 'forward', ['työkokeilu'], ['meeting'], 'a'],
  ['r6', 'opo', 'kao', 'forward', ['jatko-opinnot'], ['email'], 'c'],
  ['r7', 'ohj', 'opo', 'both', ['jatko-opinnot', 'CV'], ['meeting'], 'bc'],
  ['r8', 'paja', 'yr', 'forward', ['työkokeilu'], ['phone'], 'b'],
  ['r9', 'kela', 'sote', 'forward', ['mielenterveyspalvelut'], ['letter'], 'c'],
  ['r10', 'te', 'paja', 'both', ['palkkatuki'], ['phone'], 'a'],
];

export const LENS_MAP_TITLE = 'Kainuun palveluverkosto';

export const lensMap = fileOf({
  id: 'kainuu-merged',
  title: LENS_MAP_TITLE,
  kind: 'regional',
  actors: actors.map(([id, name, type, x, y, sources, services = []]) => ({ id, name, type, position: { x, y }, services, sources: from(sources) })),
  relations: relations.map(([id, source, target, direction, topics, methods, sources]) => ({
    id,
    source,
    target,
    direction,
    topics,
    methods,
    weight: sources.length,
    sources: from(sources),
  })),
});
