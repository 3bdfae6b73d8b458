import { describe, expect, it } from 'vitest';
import { layoutMap } from '../layout';
import { mapSchema, type MapDoc } from '../schema';
import { counterIds, personalMap, regionOfManyMaps, testMap } from './fixtures';
import { mergeMaps } from './mergeMaps';
import { planMerge } from './plan';
import { NO_DECISIONS, type MergeDecisions } from './types';

const OPTIONS = { title: 'Kainuun nuorten TNO-verkosto', region: 'Kainuu', now: new Date('2025-03-01T12:00:00Z') };

function merge(sources: MapDoc[], decisions: MergeDecisions = NO_DECISIONS) {
  return mergeMaps(sources, decisions, { ...OPTIONS, newId: counterIds() });
}

function actorNamed(map: MapDoc, name: string) {
  const actor = map.actors.find((a) => a.name === name);
  if (!actor) throw new Error(`no actor ${name} in ${map.actors.map((a) => a.name).join(', ')}`);
  return actor;
}

function relationBetween(map: MapDoc, a: string, b: string) {
  const x = actorNamed(map, a).id;
  const y = actorNamed(map, b).id;
  return map.relations.filter((r) => (r.source === x && r.target === y) || (r.source === y && r.target === x));
}

const aino = personalMap(
  'map-aino',
  'Aino Virtanen',
  [
    { id: 'a1', name: 'Ohjaamo Kajaani', services: [{ name: 'Työnhaun tuki', tno: ['advice'], areas: ['employment'] }] },
    { id: 'a2', name: 'Työpaja'.normalize('NFC'), type: 'group', note: 'Pajalla 12 paikkaa' },
    { id: 'a3', name: 'Kuraattori', type: 'person' },
  ],
  [
    { source: 'me', target: 'a1', direction: 'forward', topics: ['Opiskelu'], methods: ['meeting'] },
    { source: 'a1', target: 'a2', direction: 'forward', topics: ['työkokeilu'], methods: ['email'] },
  ],
);
const pekka = personalMap(
  'map-pekka',
  'Pekka Lindqvist',
  [
    {
      id: 'p1',
      name: 'ohjaamo  kajaani ',
      services: [
        { name: 'työnhaun  TUKI', tno: ['guidance'], areas: ['employment', 'education'] },
        { name: 'Vapaa-aika', tno: [], areas: ['everyday'] },
      ],
    },
    { id: 'p2', name: 'Työpaja'.normalize('NFD'), type: 'organisation', organisation: 'Kajaanin kaupunki', note: 'Pajalla 12 paikkaa' },
    { id: 'p3', name: 'Aino Virtanen', type: 'person' },
  ],
  [
    { source: 'p2', target: 'p1', direction: 'forward', topics: ['opiskelu', 'Työkokeilu'], methods: ['Email', 'phone'] },
    { source: 'me', target: 'p3', direction: 'both', topics: ['yhteinen asiakas'] },
  ],
);

describe('mergeMaps: a regional map from personal maps', () => {
  const { map, report } = merge([aino, pekka]);

  it('is a new, valid regional map and leaves the sources alone', () => {
    const before = structuredClone([aino, pekka]);
    const again = merge([aino, pekka]);
    expect([aino, pekka]).toEqual(before);
    expect(again.map.id).not.toBe(aino.id);
    expect(mapSchema.safeParse(map).success).toBe(true);
    expect(map).toMatchObject({ kind: 'regional', title: OPTIONS.title, region: 'Kainuu', createdAt: '2025-03-01T12:00:00.000Z' });
    expect(Object.values(map.reflection).every((answer) => answer === '')).toBe(true);
    expect(map.actors.every((a) => a.ring === undefined && a.position === undefined)).toBe(true);
  });

  it('makes one actor of case, spacing and NFD variants of a name', () => {
    expect(map.actors.map((a) => a.name).sort()).toEqual(['Aino Virtanen', 'Kuraattori', 'Ohjaamo Kajaani', 'Pekka Lindqvist', 'Työpaja']);
    expect(report).toMatchObject({ sourceCount: 2, sourceActorCount: 8, actorCount: 5, autoMerged: 3, userMerged: 0 });
  });

  it('turns "me" into a person named after the author, who meets others\' drawing of her', () => {
    const ainoActor = actorNamed(map, 'Aino Virtanen');
    expect(ainoActor.type).toBe('person');
    expect(ainoActor.sources!.map((s) => s.mapId).sort()).toEqual(['map-aino', 'map-pekka']);
  });

  it('records provenance once per source map', () => {
    expect(actorNamed(map, 'Ohjaamo Kajaani').sources).toEqual([
      { mapId: 'map-aino', title: 'Kartta map-aino', author: 'Aino Virtanen' },
      { mapId: 'map-pekka', title: 'Kartta map-pekka', author: 'Pekka Lindqvist' },
    ]);
    expect(actorNamed(map, 'Kuraattori').sources).toEqual([{ mapId: 'map-aino', title: 'Kartta map-aino', author: 'Aino Virtanen' }]);
  });

  it('unites services by name, with their TNO levels and areas', () => {
    expect(actorNamed(map, 'Ohjaamo Kajaani').services).toEqual([
      { name: 'Työnhaun tuki', tno: ['advice', 'guidance'], areas: ['education', 'employment'] },
      { name: 'Vapaa-aika', tno: [], areas: ['everyday'] },
    ]);
  });

  it('takes type by majority, the first organisation, and each distinct note once', () => {
    const workshop = actorNamed(map, 'Työpaja');
    expect(workshop).toMatchObject({ organisation: 'Kajaanin kaupunki', note: 'Pajalla 12 paikkaa' });
    expect(['group', 'organisation']).toContain(workshop.type);
  });

  it('makes one relation of → and ← between the same actors: ↔, drawn by two maps', () => {
    const [relation, ...others] = relationBetween(map, 'Ohjaamo Kajaani', 'Työpaja');
    expect(others).toEqual([]);
    expect(relation).toMatchObject({ direction: 'both', weight: 2, topics: ['työkokeilu', 'opiskelu'], methods: ['email', 'phone'] });
    expect(relation!.sources!.map((s) => s.mapId)).toEqual(['map-aino', 'map-pekka']);
  });

  it('keeps relations drawn once with weight 1', () => {
    expect(relationBetween(map, 'Aino Virtanen', 'Ohjaamo Kajaani')).toMatchObject([{ direction: 'forward', weight: 1, topics: ['Opiskelu'] }]);
    expect(report).toMatchObject({ sourceRelationCount: 4, relationCount: 3, droppedSelfLoops: 0 });
  });
});

describe('mergeMaps: directions', () => {
  const make = (id: string, direction: 'forward' | 'backward' | 'both', reversed = false) =>
    testMap({
      id,
      actors: [
        { id: `${id}-x`, name: 'Kela' },
        { id: `${id}-y`, name: 'TYP' },
      ],
      relations: [reversed ? { source: `${id}-y`, target: `${id}-x`, direction } : { source: `${id}-x`, target: `${id}-y`, direction }],
    });
  const directionOf = (map: MapDoc) => {
    const [relation] = map.relations;
    // Express as seen from Kela to TYP, whichever way the merged relation is stored.
    return relation!.source === actorNamed(map, 'Kela').id
      ? relation!.direction
      : relation!.direction === 'forward'
        ? 'backward'
        : relation!.direction === 'backward'
          ? 'forward'
          : 'both';
  };

  it.each([
    ['Kela→TYP and Kela→TYP give Kela→TYP', make('A', 'forward'), make('B', 'forward'), 'forward'],
    ['Kela→TYP and TYP→Kela give Kela↔TYP', make('A', 'forward'), make('B', 'forward', true), 'both'],
    ['Kela→TYP and TYP←Kela give Kela→TYP', make('A', 'forward'), make('B', 'backward', true), 'forward'],
    ['Kela←TYP and TYP→Kela give Kela←TYP', make('A', 'backward'), make('B', 'forward', true), 'backward'],
    ['Kela→TYP and Kela↔TYP give Kela↔TYP', make('A', 'forward'), make('B', 'both'), 'both'],
  ])('%s', (_, a, b, expected) => {
    expect(directionOf(merge([a, b]).map)).toBe(expected);
    expect(directionOf(merge([b, a]).map)).toBe(expected);
  });
});

describe('mergeMaps: decisions and drops', () => {
  const a = testMap({
    id: 'A',
    author: 'Aino',
    actors: [
      { id: 'k', name: 'Kuraattori' },
      { id: 'o', name: 'Ohjaamo' },
    ],
    relations: [{ source: 'k', target: 'o', topics: ['poissaolot'] }],
  });
  const b = testMap({
    id: 'B',
    author: 'Elsa',
    actors: [
      { id: 'k', name: 'Kuratori' },
      { id: 'o', name: 'Ohjaamo' },
    ],
    relations: [{ source: 'o', target: 'k', topics: ['Poissaolot', 'opinnot'] }],
  });
  const plan = planMerge([a, b]);
  const proposal = plan.proposals.find((p) => p.names.includes('Kuratori'))!;

  it('merges an accepted proposal', () => {
    const { map, report } = merge([a, b], { ...NO_DECISIONS, accepted: [proposal.id] });
    expect(map.actors.map((x) => x.name)).toEqual(['Kuraattori', 'Ohjaamo']);
    expect(map.relations).toMatchObject([{ weight: 2, direction: 'both', topics: ['poissaolot', 'opinnot'] }]);
    expect(report).toMatchObject({ autoMerged: 1, userMerged: 1 });
  });

  it('can reuse the plan shown to the user', () => {
    const decisions = { ...NO_DECISIONS, accepted: [proposal.id] };
    const reused = mergeMaps([a, b], decisions, { ...OPTIONS, newId: counterIds(), plan });
    expect(reused).toEqual(merge([a, b], decisions));
    const stale = mergeMaps([a, b, testMap({ id: 'C', actors: [{ id: 'x', name: 'Kela' }] })], decisions, { ...OPTIONS, plan });
    expect(stale.map.actors.map((x) => x.name)).toEqual(['Kuraattori', 'Ohjaamo', 'Kela']);
  });

  it('keeps a rejected proposal apart', () => {
    expect(merge([a, b], { ...NO_DECISIONS, rejected: [proposal.id] }).map.actors).toHaveLength(3);
  });

  it('drops a relation whose ends became one actor, and says so', () => {
    const { map, report } = merge([a, b], { ...NO_DECISIONS, joins: [['0:k', '0:o']], accepted: [proposal.id] });
    expect(map.actors).toHaveLength(1);
    expect(map.relations).toEqual([]);
    expect(report.droppedSelfLoops).toBe(2);
    expect(mapSchema.safeParse(map).success).toBe(true);
  });

  it('splits an actor out of its automatic group', () => {
    const { map, actorIdByKey } = merge([a, b], { ...NO_DECISIONS, splits: ['1:o'] });
    expect(map.actors.map((x) => x.name)).toEqual(['Kuraattori', 'Ohjaamo', 'Kuratori', 'Ohjaamo']);
    expect(actorIdByKey.get('0:o')).not.toBe(actorIdByKey.get('1:o'));
  });
});

describe('mergeMaps: questions', () => {
  it('keeps every question signed by its author, the same text by the same author once', () => {
    const a = testMap({ id: 'A', author: 'Aino', actors: [], questions: [{ text: 'Miten tavoitan etsivän nuorisotyön?' }, { text: '  ' }] });
    const b = testMap({
      id: 'B',
      title: 'Ryhmä 2',
      actors: [],
      questions: [{ text: 'Miten tavoitan etsivän nuorisotyön?' }, { text: 'Vem samordnar nätverket?' }],
    });
    const { map } = merge([a, b, a]);
    expect(map.questions.map((q) => [q.author, q.text])).toEqual([
      ['Aino', 'Miten tavoitan etsivän nuorisotyön?'],
      ['Ryhmä 2', 'Miten tavoitan etsivän nuorisotyön?'],
      ['Ryhmä 2', 'Vem samordnar nätverket?'],
    ]);
    expect(new Set(map.questions.map((q) => q.id)).size).toBe(3);
  });
});

describe('mergeMaps: merging again', () => {
  it('carries earlier provenance forward, so weights keep counting source maps', () => {
    const first = merge([aino, pekka]).map;
    const third = personalMap(
      'map-elsa',
      'Elsa Nyström',
      [
        { id: 'e1', name: 'Ohjaamo Kajaani' },
        { id: 'e2', name: 'Työpaja' },
      ],
      [{ source: 'e1', target: 'e2', direction: 'forward' }],
    );
    const { map } = merge([first, third]);
    expect(relationBetween(map, 'Ohjaamo Kajaani', 'Työpaja')).toMatchObject([{ weight: 3, direction: 'both' }]);
    expect(
      actorNamed(map, 'Ohjaamo Kajaani')
        .sources!.map((s) => s.author)
        .sort(),
    ).toEqual(['Aino Virtanen', 'Elsa Nyström', 'Pekka Lindqvist']);
  });

  it('counts the same map given twice once', () => {
    const { map, report } = merge([aino, aino]);
    expect(map.actors).toHaveLength(aino.actors.length);
    expect(map.relations.map((r) => r.weight)).toEqual([1, 1]);
    expect(report.sourceCount).toBe(1);
  });
});

describe('mergeMaps: a training day', () => {
  // How long this takes is measured by `npm run bench` (bench/lib/merge.mjs), not here.
  it('merges 25 maps × 40 actors into one valid map with fewer actors, every element traced to its maps, and lays it out', () => {
    const sources = regionOfManyMaps(25, 40);
    const { map, report } = mergeMaps(sources, NO_DECISIONS, OPTIONS);
    expect(report.sourceCount).toBe(25);
    expect(map.actors.length).toBeLessThan(report.sourceActorCount);
    expect(map.actors.every((a) => (a.sources?.length ?? 0) > 0)).toBe(true);
    expect(map.relations.every((r) => (r.sources?.length ?? 0) > 0 && (r.weight ?? 1) >= 1)).toBe(true);
    const laidOut = layoutMap(map);
    expect(mapSchema.safeParse(laidOut).success).toBe(true);
    expect(laidOut.actors.every((a) => a.position)).toBe(true);
  });
});
