import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addActor, setSectorScheme } from '../commands';
import { createMap } from '../factories';
import { restoreFile } from '../restore';
import type { MapDoc } from '../schema';
import { mapArb } from '../merge/arbitraries';
import { kumuToFile, mapToKumu, type Table } from './kumu';

const withoutColumns = (table: Table, names: readonly string[]) => {
  const drop = new Set(names.map((n) => table[0]!.indexOf(n)));
  return table.map((row) => row.filter((_, i) => !drop.has(i)));
};

const restored = (file: unknown): MapDoc => {
  const result = restoreFile(file);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.map;
};

describe('Kumu tables', () => {
  it('a hand-made sheet without IDs, positions or a Map table finds every connection end by its label', () => {
    fc.assert(
      fc.property(mapArb(0, { distinctNames: true }), (map) => {
        const original = restored({ format: 'verkostokartta', version: 1, exportedAt: map.createdAt, map });
        const tables = mapToKumu(original);
        const elements = withoutColumns(tables.elements, ['ID', 'X', 'Y']);
        const connections = withoutColumns(tables.connections, ['ID']);
        const back = restored(kumuToFile({ elements, connections }, { fallbackTitle: 'Käsin tehty', now: new Date(0) }));
        const nameOf = (m: MapDoc) => new Map(m.actors.map((a) => [a.id, a.name]));
        const arcs = (m: MapDoc) => {
          const names = nameOf(m);
          return m.relations.map((r) => {
            const [s, t] = r.direction === 'backward' ? [r.target, r.source] : [r.source, r.target];
            return [names.get(s), names.get(t), r.direction === 'both' ? 'both' : 'forward', r.topics];
          });
        };
        expect(back.title).toBe('Käsin tehty');
        expect(back.actors.map((a) => [a.name, a.type])).toEqual(original.actors.map((a) => [a.name, a.type]));
        expect(arcs(back)).toEqual(arcs(original));
      }),
      { numRuns: 80 },
    );
  });

  it('writes From/To as labels when unique, as IDs when two elements share a label', () => {
    const base = { id: 'm', title: 't', kind: 'regional' as const, createdAt: '', updatedAt: '', questions: [], reflection: {} as never };
    const map: MapDoc = {
      ...base,
      actors: [
        { id: 'a1', name: 'Kela', type: 'organisation', services: [] },
        { id: 'a2', name: 'KELA ', type: 'organisation', services: [] },
        { id: 'a3', name: 'Ohjaamo', type: 'organisation', services: [] },
      ],
      relations: [{ id: 'r', source: 'a1', target: 'a3', direction: 'backward', topics: [], methods: [] }],
    };
    const { connections } = mapToKumu(map);
    expect(connections[1]!.slice(0, 3)).toEqual(['r', 'Ohjaamo', 'a1']);
    expect(connections[1]![5]).toBe('directed');
  });
});

describe('Kumu tables: drop–renew–keep marks', () => {
  const map: MapDoc = {
    id: 'm',
    title: 't',
    kind: 'regional',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    questions: [],
    reflection: {} as never,
    actors: [
      { id: 'a1', name: 'Ohjaamo', type: 'organisation', services: [{ name: 'Työnhaku', tno: [], areas: [] }] },
      { id: 'a2', name: 'Koulu', type: 'organisation', services: [] },
    ],
    relations: [{ id: 'r', source: 'a1', target: 'a2', direction: 'forward', topics: [], methods: [] }],
    marks: [
      { id: 'k1', target: { kind: 'relation', id: 'r' }, verdict: 'renew', note: 'harvoin, mutta' },
      { id: 'k2', target: { kind: 'service', actor: 'a1', service: 'Työnhaku' }, verdict: 'keep', author: 'Aino', source: 'map-aino' },
      { id: 'k3', target: { kind: 'actor', id: 'a2' }, verdict: 'drop' },
    ],
  };

  it('writes a Marks table only for a map with marks, and reads the marks back', () => {
    const tables = mapToKumu(map);
    expect(tables.marks![0]).toEqual(['ID', 'Verdict', 'Kind', 'Target', 'Services', 'Description', 'Author', 'Source']);
    expect(mapToKumu({ ...map, marks: undefined }).marks).toBeUndefined();
    const back = restored(kumuToFile(tables, { fallbackTitle: 'x', now: new Date(0) }));
    expect(back.marks).toEqual(map.marks);
  });

  it('skips rows of the Marks table that are not marks', () => {
    const marks: Table = [
      ['Verdict', 'Kind', 'Target', 'Service'],
      ['maybe', 'actor', 'a1', ''],
      ['keep', 'thing', 'a1', ''],
      ['keep', 'service', 'a1', ''],
      ['KEEP', 'Actor', 'a1', ''],
    ];
    const back = restored(kumuToFile({ ...mapToKumu({ ...map, marks: undefined }), marks }, { fallbackTitle: 'x', now: new Date(0) }));
    expect(back.marks).toEqual([{ id: 'kumu-m5', target: { kind: 'actor', id: 'a1' }, verdict: 'keep' }]);
  });
});

describe('Kumu: the Sector column', () => {
  it('writes each actor’s sector and reads it back, with the scheme of a personal map', () => {
    let map = setSectorScheme(createMap({ kind: 'personal', title: 'Sektorit', author: 'Aino' }), 'publicThirdPrivate');
    map = addActor(map, { type: 'organisation', name: 'Kela', position: { x: 0, y: -300 } }).map;
    map = addActor(map, { type: 'group', name: 'Yhdistys', position: { x: 300, y: 150 } }).map;
    const tables = mapToKumu(map);
    const header = tables.elements[0]!;
    const column = header.indexOf('Sector');
    expect(column).toBeGreaterThan(0);
    expect(tables.elements.slice(1).map((row) => row[column])).toEqual(['', 'public', 'third']);
    const restored = restoreFile(kumuToFile(tables, { fallbackTitle: 'x' }));
    if (!restored.ok) throw new Error('not restored');
    expect(restored.map.sectors).toBe('publicThirdPrivate');
    expect(restored.map.actors.map((a) => a.sector)).toEqual([undefined, 'public', 'third']);
  });
});
