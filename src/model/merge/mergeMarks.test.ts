import { describe, expect, it } from 'vitest';
import { mapSchema, type MapDoc } from '../schema';
import { counterIds, personalMap, testMap } from './fixtures';
import { mergeMaps } from './mergeMaps';
import { NO_DECISIONS } from './types';

const OPTIONS = { title: 'Alue', now: new Date('2025-03-01T12:00:00Z') };
const merge = (sources: MapDoc[]) => mergeMaps(sources, NO_DECISIONS, { ...OPTIONS, newId: counterIds() });

const aino: MapDoc = {
  ...personalMap(
    'map-aino',
    'Aino',
    [
      { id: 'a1', name: 'Ohjaamo', services: [{ name: 'Työnhaku', tno: [], areas: [] }] },
      { id: 'a2', name: 'Paja' },
    ],
    [{ id: 'ra', source: 'a1', target: 'a2' }],
  ),
  marks: [
    { id: 'k1', target: { kind: 'relation', id: 'ra' }, verdict: 'renew', note: 'harvoin' },
    { id: 'k2', target: { kind: 'service', actor: 'a1', service: 'Työnhaku' }, verdict: 'keep' },
    // Dangling: ignored by the merge as by the app.
    { id: 'k3', target: { kind: 'actor', id: 'gone' }, verdict: 'drop' },
  ],
};
const untitledAuthor: MapDoc = {
  ...testMap({
    id: 'map-x',
    title: 'Kolmas kartta',
    actors: [
      { id: 'x1', name: 'ohjaamo' },
      { id: 'x2', name: 'paja' },
    ],
    relations: [{ id: 'rx', source: 'x2', target: 'x1', direction: 'backward' }],
  }),
  marks: [
    { id: 'k1', target: { kind: 'relation', id: 'rx' }, verdict: 'drop' },
    { id: 'k4', target: { kind: 'actor', id: 'x2' }, verdict: 'keep', note: 'tärkeä' },
  ],
};

describe('mergeMaps: drop–renew–keep marks keep their author', () => {
  it('brings every source map’s marks, signed and retargeted to the merged ids', () => {
    const { map } = merge([aino, untitledAuthor]);
    expect(mapSchema.safeParse(map).success).toBe(true);
    const ohjaamo = map.actors.find((a) => a.name === 'Ohjaamo')!;
    const paja = map.actors.find((a) => a.name === 'Paja')!;
    const relation = map.relations.find((r) => [r.source, r.target].sort().join() === [ohjaamo.id, paja.id].sort().join())!;
    const marks = map.marks!.map(({ id: _id, ...m }) => m);
    expect(marks).toEqual([
      { target: { kind: 'relation', id: relation.id }, verdict: 'renew', note: 'harvoin', author: 'Aino', source: 'map-aino' },
      { target: { kind: 'service', actor: ohjaamo.id, service: 'Työnhaku' }, verdict: 'keep', author: 'Aino', source: 'map-aino' },
      // No author on the map: its title signs the mark.
      { target: { kind: 'relation', id: relation.id }, verdict: 'drop', author: 'Kolmas kartta', source: 'map-x' },
      { target: { kind: 'actor', id: paja.id }, verdict: 'keep', note: 'tärkeä', author: 'Kolmas kartta', source: 'map-x' },
    ]);
    expect(new Set(map.marks!.map((m) => m.id)).size).toBe(4);
  });

  it('counts a map given twice once, keeps earlier signatures when merged again, and adds no marks to maps without', () => {
    expect(merge([aino, aino]).map.marks).toHaveLength(2);
    const first = merge([aino, untitledAuthor]).map;
    const again = merge([first, personalMap('map-z', 'Zeta', [{ id: 'z', name: 'Paja' }])]).map;
    expect(again.marks!.map((m) => [m.author, m.source])).toEqual([
      ['Aino', 'map-aino'],
      ['Aino', 'map-aino'],
      ['Kolmas kartta', 'map-x'],
      ['Kolmas kartta', 'map-x'],
    ]);
    expect(merge([personalMap('p', 'P', [{ id: 'q', name: 'Q' }])]).map.marks).toBeUndefined();
  });
});
