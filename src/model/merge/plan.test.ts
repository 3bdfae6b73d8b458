import { describe, expect, it } from 'vitest';
import { personalMap, testMap } from './fixtures';
import { planMerge, resolveGroups } from './plan';
import { NO_DECISIONS } from './types';

const sorted = (groups: string[][]) => groups.map((g) => [...g].sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));

describe('planMerge: automatic groups', () => {
  it('makes one actor of names that differ only in case, spacing or Unicode form', () => {
    const plan = planMerge([
      testMap({
        id: 'A',
        actors: [
          { id: 'a', name: 'Ohjaamo Kajaani' },
          { id: 'b', name: 'Työpaja'.normalize('NFC') },
        ],
      }),
      testMap({
        id: 'B',
        actors: [
          { id: 'c', name: 'ohjaamo  kajaani ' },
          { id: 'd', name: 'Työpaja'.normalize('NFD') },
        ],
      }),
    ]);
    expect(sorted(plan.groups)).toEqual([
      ['0:a', '1:c'],
      ['0:b', '1:d'],
    ]);
  });

  it('makes one actor of the same app id in different maps, whatever its name', () => {
    const id = '6f1c2a9e-4b7d-4c1e-9a7b-0d5e8f3a2c11';
    const plan = planMerge([testMap({ id: 'A', actors: [{ id, name: 'Kela' }] }), testMap({ id: 'B', actors: [{ id, name: 'Kelan toimisto' }] })]);
    expect(plan.groups).toEqual([[`0:${id}`, `1:${id}`]]);
    expect(plan.proposals).toEqual([]);
  });

  it('trusts short ids (another tool numbering actors) only within versions of one map', () => {
    const plan = planMerge([
      testMap({ id: 'A', actors: [{ id: '1', name: 'Kela' }] }),
      testMap({ id: 'B', actors: [{ id: '1', name: 'TYP' }] }),
      testMap({ id: 'A', actors: [{ id: '1', name: 'Kelan toimisto' }] }),
    ]);
    expect(sorted(plan.groups)).toEqual([['0:1', '2:1'], ['1:1']]);
  });

  it('names "me" after the author: different trainees stay apart, and meet where others drew them', () => {
    const plan = planMerge([
      personalMap('A', 'Aino Virtanen', [{ id: 'k', name: 'Kuraattori' }]),
      personalMap('B', 'Pekka Lindqvist', [{ id: 'a', name: 'aino virtanen', type: 'person' }]),
    ]);
    expect(plan.actors.find((a) => a.key === '0:me')).toMatchObject({ name: 'Aino Virtanen', self: true });
    expect(sorted(plan.groups)).toEqual([['0:k'], ['0:me', '1:a'], ['1:me']]);
  });

  it('keeps every anonymous "me" apart, even when all are called "Minä"', () => {
    const plan = planMerge([personalMap('A', undefined, []), { ...personalMap('B', undefined, []), title: 'Omat verkostosuhteeni' }]);
    expect(plan.groups).toEqual([['0:me'], ['1:me']]);
    expect(plan.actors.map((a) => a.name)).toEqual(['Minä (Kartta A)', 'Minä (Omat verkostosuhteeni)']);
    expect(plan.proposals).toEqual([]);
  });

  it('proposes near-duplicates between groups only', () => {
    const SHARED = 'b1e7c7de-1f7a-4e55-8d0c-3f6f0c2b9a10';
    const plan = planMerge([
      testMap({
        id: 'A',
        actors: [
          { id: SHARED, name: 'Kainuun TE-toimisto' },
          { id: 'o', name: 'TE-toimisto Oulu' },
        ],
      }),
      testMap({
        id: 'B',
        actors: [
          { id: SHARED, name: 'TE-toimisto Kainuu' },
          { id: 'y', name: 'Kuratori' },
        ],
      }),
      testMap({ id: 'C', actors: [{ id: 'z', name: 'Kuraattori' }] }),
    ]);
    expect(plan.proposals.map((p) => p.names)).toEqual([['Kuraattori', 'Kuratori']]);
    expect(plan.proposals[0]!.actorKeys).toEqual(['2:z', '1:y']);
  });
});

describe('resolveGroups: the user decides', () => {
  const sources = [
    testMap({
      id: 'A',
      actors: [
        { id: 'a', name: 'Kuraattori' },
        { id: 'b', name: 'Ohjaamo' },
        { id: 'c', name: 'Kela' },
      ],
    }),
    testMap({
      id: 'B',
      actors: [
        { id: 'd', name: 'Kuratori' },
        { id: 'e', name: 'ohjaamo' },
        { id: 'f', name: 'TYP' },
      ],
    }),
  ];
  const plan = planMerge(sources);
  const proposal = plan.proposals.find((p) => p.names.includes('Kuratori'))!;

  it('without decisions keeps the automatic groups', () => {
    const { auto, final } = resolveGroups(plan, NO_DECISIONS);
    expect(sorted(final)).toEqual(sorted(plan.groups));
    expect(auto).toEqual(final);
  });

  it('merges accepted proposals, unless also rejected', () => {
    expect(sorted(resolveGroups(plan, { ...NO_DECISIONS, accepted: [proposal.id] }).final)).toContainEqual(['0:a', '1:d']);
    const both = resolveGroups(plan, { ...NO_DECISIONS, accepted: [proposal.id], rejected: [proposal.id] });
    expect(sorted(both.final)).toContainEqual(['0:a']);
  });

  it('joins by hand and splits out of an automatic group', () => {
    const { auto, final } = resolveGroups(plan, { ...NO_DECISIONS, joins: [['0:c', '1:f']], splits: ['1:e'] });
    expect(sorted(final)).toEqual([['0:a'], ['0:b'], ['0:c', '1:f'], ['1:d'], ['1:e']]);
    expect(auto).toHaveLength(6);
  });

  it('ignores unknown proposal ids and keys', () => {
    const { final } = resolveGroups(plan, { accepted: ['nope'], rejected: [], joins: [['0:a', '9:z']], splits: ['7:q'] });
    expect(sorted(final)).toEqual(sorted(plan.groups));
  });
});
