import readXlsxFile from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { createMap, linkWorkToolItem, setWorkToolNote, setWorkToolStatus, type MapDoc } from '../../model';
import { readKumuXlsx, writeKumuXlsx } from './kumuXlsxCodec';

function assessed(): MapDoc {
  const base = createMap({ kind: 'regional', title: 'Kainuu', now: new Date('2025-03-03T10:00:00.000Z') });
  const org = (id: string, name: string) => ({ id, name, type: 'organisation' as const, position: { x: 0, y: 0 }, services: [] });
  let map: MapDoc = {
    ...base,
    actors: [org('ohj', 'Ohjaamo Kajaani'), org('te', 'TE-toimisto')],
    relations: [{ id: 'r1', source: 'ohj', target: 'te', direction: 'both', topics: [], methods: [] }],
  };
  map = setWorkToolStatus(map, 'commitmentTrust', 'inProgress');
  map = setWorkToolNote(map, 'commitmentTrust', 'Sopimus puuttuu');
  map = linkWorkToolItem(map, 'commitmentTrust', { actors: ['ohj', 'te'], relations: ['r1'] });
  return setWorkToolStatus(map, 'networkBuilding', 'inPlace');
}

describe('the Ohjaamo work tool in the Kumu XLSX workbook', () => {
  it('is a sheet of its own, one row per assessed item with the linked actors and relations by name', async () => {
    const blob = await writeKumuXlsx(assessed());
    const workbook = await readXlsxFile((await blob.arrayBuffer()) as ArrayBuffer);
    expect(workbook.map((s) => s.sheet)).toEqual(['Elements', 'Connections', 'Map', 'Work tool']);
    expect(workbook[3]!.data).toEqual([
      ['Item', 'Heading', 'Status', 'Note', 'Actors', 'Relations'],
      ['commitmentTrust', 'network', 'inProgress', 'Sopimus puuttuu', 'Ohjaamo Kajaani; TE-toimisto', 'Ohjaamo Kajaani – TE-toimisto'],
      ['networkBuilding', 'network', 'inPlace', null, null, null],
    ]);
    // The reader ignores the extra sheet: the map still opens.
    const bytes = new Uint8Array(await blob.arrayBuffer());
    await expect(readKumuXlsx(bytes, 'x.xlsx')).resolves.toBeTruthy();
  });

  it('is left out when the map has no work tool assessment', async () => {
    const map = { ...assessed() };
    delete map.workTool;
    const workbook = await readXlsxFile((await (await writeKumuXlsx(map)).arrayBuffer()) as ArrayBuffer);
    expect(workbook.map((s) => s.sheet)).toEqual(['Elements', 'Connections', 'Map']);
  });
});
