import { describe, expect, it } from 'vitest';
import { mapSchema } from '../schema';
import { closenessTies, ringCounts } from './closeness';
import { counterIds, personalMap } from './fixtures';
import { mergeMaps } from './mergeMaps';
import { NO_DECISIONS } from './types';

/** Three trainees each put "Ohjaamo" on a ring and drew no arrow to it. */
const trainees = [
  personalMap('map-aino', 'Aino', [{ id: 'o', name: 'Ohjaamo', type: 'organisation', ring: 1 }]),
  personalMap('map-pekka', 'Pekka', [{ id: 'o', name: 'ohjaamo ', type: 'organisation', ring: 1 }]),
  personalMap('map-liisa', 'Liisa', [
    { id: 'o', name: 'OHJAAMO', type: 'organisation', ring: 3 },
    { id: 'k', name: 'Kuraattori', type: 'person', ring: 2 },
  ]),
];
const merge = (sources = trainees) => mergeMaps(sources, NO_DECISIONS, { title: 'Kainuu', now: new Date('2025-03-01T00:00:00Z'), newId: counterIds() });

describe("merge keeps each contributor's closeness in the provenance", () => {
  it('the same actor on ring 1 by two trainees and ring 3 by one has three source refs with those rings', () => {
    const { map } = merge();
    const ohjaamo = map.actors.find((a) => a.name === 'Ohjaamo')!;
    // In the merge's canonical source order (by map id), not the order the files were given in.
    expect(ohjaamo.sources).toEqual([
      { mapId: 'map-aino', title: 'Kartta map-aino', author: 'Aino', ring: 1 },
      { mapId: 'map-liisa', title: 'Kartta map-liisa', author: 'Liisa', ring: 3 },
      { mapId: 'map-pekka', title: 'Kartta map-pekka', author: 'Pekka', ring: 1 },
    ]);
    expect(ringCounts(ohjaamo.sources)).toEqual({ 1: 2, 2: 0, 3: 1 });
  });

  it('marks each trainee\'s "me" as the contributor, without a ring', () => {
    const { map } = merge();
    const aino = map.actors.find((a) => a.name === 'Aino')!;
    expect(aino.sources).toEqual([{ mapId: 'map-aino', title: expect.any(String), author: 'Aino', self: true }]);
  });

  it('the merged map with rings in its sources is a valid file of the format', () => {
    expect(mapSchema.safeParse(merge().map).success).toBe(true);
  });

  it('an actor placed on a ring but never connected is tied to each contributor, not left an island', () => {
    const { map } = merge();
    const nameOf = (id: string) => map.actors.find((a) => a.id === id)!.name;
    const ties = closenessTies(map).map((t) => `${nameOf(t.from)} → ${nameOf(t.to)} (${t.ring})`);
    expect(ties.sort()).toEqual(['Aino → Ohjaamo (1)', 'Liisa → Kuraattori (2)', 'Liisa → Ohjaamo (3)', 'Pekka → Ohjaamo (1)']);
    expect(map.relations).toEqual([]); // ties are derived, never stored as drawn relations
  });

  it('leaves out a tie where the contributor drew a relation to the actor', () => {
    const drawn = personalMap(
      'map-aino',
      'Aino',
      [{ id: 'o', name: 'Ohjaamo', ring: 1 }],
      [{ source: 'me', target: 'o', direction: 'both', topics: ['opiskelu'] }],
    );
    const { map } = merge([drawn, trainees[1]!]);
    const ties = closenessTies(map);
    expect(ties).toHaveLength(1);
    expect(ties[0]!.mapId).toBe('map-pekka');
  });

  it('keeps the rings when a merged map is merged again', () => {
    const again = mergeMaps([merge().map], NO_DECISIONS, { title: 'Again', newId: counterIds('again') }).map;
    expect(ringCounts(again.actors.find((a) => a.name === 'Ohjaamo')!.sources)).toEqual({ 1: 2, 2: 0, 3: 1 });
    expect(closenessTies(again)).toHaveLength(4);
  });

  it("one trainee's two actors joined by hand keep the closer ring", () => {
    const twice = personalMap('map-x', 'X', [
      { id: 'a', name: 'TE-toimisto', ring: 3 },
      { id: 'b', name: 'TE-palvelut', ring: 2 },
    ]);
    const { map } = mergeMaps([twice], { ...NO_DECISIONS, joins: [['0:a', '0:b']] }, { title: 'T', newId: counterIds() });
    const joined = map.actors.find((a) => a.name.startsWith('TE'))!;
    expect(joined.sources).toEqual([{ mapId: 'map-x', title: expect.any(String), author: 'X', ring: 2 }]);
  });
});
