import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { createActor, createMap, createRelation, type MapDoc } from '../../model';
import { resources } from '../../i18n/resources';
import { actorTable, methodsText, parseLabels, parseMethods, relationTable, sortRows } from './tableRows';

async function translator(lng: 'fi' | 'sv' | 'en') {
  const instance = i18next.createInstance();
  await instance.init({ resources, lng, interpolation: { escapeValue: false } });
  return instance.t;
}

function sampleMap(): MapDoc {
  const map = createMap({ title: 'Kainuu', kind: 'regional' });
  const ohj = {
    ...createActor({ id: 'ohj', type: 'organisation', name: 'Ohjaamo' }),
    services: [{ name: 'Työnhaku', tno: ['advice' as const], areas: ['employment' as const, 'everyday' as const] }],
  };
  const paja = { ...createActor({ id: 'paja', type: 'group', name: 'Ähtärin paja' }), sources: [{ mapId: 'a', title: 'Aino', author: 'Aino K' }] };
  const kela = createActor({ id: 'kela', type: 'organisation', name: 'Kela' });
  return {
    ...map,
    actors: [ohj, paja, kela],
    relations: [
      { ...createRelation({ id: 'r1', source: 'ohj', target: 'paja', direction: 'both' }), topics: ['CV'], methods: ['phone', 'Teams'], weight: 3 },
      createRelation({ id: 'r2', source: 'kela', target: 'ohj', direction: 'forward' }),
    ],
  };
}

describe('actorTable and relationTable', () => {
  it('write every cell in the UI language: types, areas in the areas’ order, sources with their authors', async () => {
    const t = await translator('fi');
    const table = actorTable(t, sampleMap(), null);
    expect(table.columns.map((c) => c.key)).toEqual(['name', 'type', 'services', 'areas', 'sources']);
    const ohj = table.rows.find((r) => r.id === 'ohj')!;
    expect(ohj.cells.type.text).toBe('Organisaatio');
    expect(ohj.cells.areas.text).toBe('arki, työllistyminen');
    expect(ohj.cells.services.text).toBe('Työnhaku');
    expect(table.rows.find((r) => r.id === 'paja')!.cells.sources.text).toBe('Aino (Aino K)');
  });

  it('add degree and betweenness once the insights are there, betweenness in percent as the Insights panel says it', async () => {
    const t = await translator('fi');
    const figures = { figures: { ohj: { degree: 2, betweenness: 1 / 3 }, paja: { degree: 1, betweenness: 0.004 }, kela: { degree: 1, betweenness: 0 } } };
    const table = actorTable(t, sampleMap(), figures);
    expect(table.columns.map((c) => c.key)).toEqual(['name', 'type', 'services', 'areas', 'degree', 'betweenness', 'sources']);
    const cells = (id: string) => table.rows.find((r) => r.id === id)!.cells;
    expect(cells('ohj').degree).toEqual({ text: '2', sort: 2, csv: 2 });
    expect(cells('ohj').betweenness).toEqual({ text: '33', sort: 1 / 3, csv: 33.33 });
    expect(cells('paja').betweenness.text).toBe('< 1');
    expect(cells('kela').betweenness.text).toBe('0');
  });

  it('leave the figures empty until the worker has answered', async () => {
    const t = await translator('fi');
    const ohj = actorTable(t, sampleMap(), { figures: {} }).rows.find((r) => r.id === 'ohj')!;
    expect(ohj.cells.degree).toEqual({ text: '', sort: null });
  });

  it('name a relation’s ends and direction, and translate preset methods only', async () => {
    const t = await translator('sv');
    const r1 = relationTable(t, sampleMap()).rows.find((r) => r.id === 'r1')!;
    expect(r1.cells.source.text).toBe('Ohjaamo');
    expect(r1.cells.target.text).toBe('Ähtärin paja');
    expect(r1.cells.direction.text).toBe('↔');
    expect(r1.cells.methods.text).toBe('telefon, Teams');
    expect(r1.cells.weight).toEqual({ text: '3', sort: 3, csv: 3 });
  });
});

describe('sortRows', () => {
  const rows = ['Öljy', 'Åbo', 'Zeta', 'Ärrä', 'Ahvenanmaa', 'ohjaamo', 'Oulu'].map((name, i) => ({
    id: String(i),
    cells: { name: { text: name, sort: name } },
  }));
  const names = (list: typeof rows) => list.map((r) => r.cells.name.text);

  it('puts å, ä and ö after z in Finnish and Swedish, in that order', () => {
    for (const lang of ['fi', 'sv']) {
      expect(names(sortRows(rows, 'name', 'ascending', new Intl.Collator(lang, { sensitivity: 'base' })))).toEqual([
        'Ahvenanmaa',
        'ohjaamo',
        'Oulu',
        'Zeta',
        'Åbo',
        'Ärrä',
        'Öljy',
      ]);
    }
  });

  it('sorts å with a in English, and reverses for descending', () => {
    const sorted = names(sortRows(rows, 'name', 'descending', new Intl.Collator('en', { sensitivity: 'base' })));
    expect(sorted).toEqual(['Zeta', 'Oulu', 'Öljy', 'ohjaamo', 'Ärrä', 'Ahvenanmaa', 'Åbo']);
  });

  it('sorts figures by value and keeps empty cells last in both directions', () => {
    const figures = [3, null, 10, 2].map((n, i) => ({ id: String(i), cells: { w: { text: n === null ? '' : String(n), sort: n } } }));
    const collator = new Intl.Collator('fi');
    expect(sortRows(figures, 'w', 'ascending', collator).map((r) => r.cells.w.sort)).toEqual([2, 3, 10, null]);
    expect(sortRows(figures, 'w', 'descending', collator).map((r) => r.cells.w.sort)).toEqual([10, 3, 2, null]);
  });
});

describe('editing lists as text', () => {
  it('splits topics at commas, trims them and keeps each once', () => {
    expect(parseLabels(' CV, asuminen ,, cv, Asuminen ')).toEqual(['CV', 'asuminen']);
  });

  it('turns translated preset methods back into their codes, whatever the language, and keeps free text', async () => {
    const fi = await translator('fi');
    expect(parseMethods(fi, 'Puhelin, sähköposti, Teams')).toEqual(['phone', 'email', 'Teams']);
    expect(parseMethods(fi, 'phone')).toEqual(['phone']);
    expect(methodsText(fi, ['phone', 'Teams'])).toBe('puhelin, Teams');
  });
});
