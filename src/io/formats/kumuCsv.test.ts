import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { expectedAfterRoundTrip, restored, trickyMapArb } from './interchangeTestMaps';
import { kumuCsvFormat } from './kumuCsv';
import { readKumuCsvZip, writeKumuCsvZip } from './kumuCsvCodec';
import { FormatError } from './registry';

describe('Kumu CSV zip', () => {
  it('round-trips generated maps: map → zip of CSV files → map', async () => {
    await fc.assert(
      fc.asyncProperty(trickyMapArb, async (map) => {
        const bytes = await writeKumuCsvZip(map);
        expect(restored(readKumuCsvZip(bytes, 'x.zip'))).toEqual(expectedAfterRoundTrip(map, { sources: true }));
      }),
      { numRuns: 60 },
    );
  });

  it('writes UTF-8 with a BOM, CRLF, the Kumu columns, and guards formulas', async () => {
    const [map] = fc.sample(
      trickyMapArb.filter((m) => m.actors.length > 1),
      { numRuns: 1, seed: 3 },
    );
    map!.actors[0]!.name = '=HYPERLINK("x")';
    const files = unzipSync(await writeKumuCsvZip(map!));
    expect([...files['elements.csv']!.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const elements = new TextDecoder('utf-8', { ignoreBOM: true }).decode(files['elements.csv']!);
    expect(elements.split('\r\n')[0]).toBe('\uFEFFID,Label,Type,Description,Tags,Organisation,Ring,Sector,Services,Areas,TNO,Sources,X,Y');
    expect(elements).toContain(`"'=HYPERLINK(""x"")"`);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(files['connections.csv']!).split('\r\n')[0]).toBe(
      '\uFEFFID,From,To,Type,Label,Direction,Topics,Methods,Weight,Description,Sources',
    );
  });

  it('reads through the FileFormat and reports a hand-edited sheet by sheet, row and column', async () => {
    const zip = (elements: string, connections: string) => zipSync({ 'elements.csv': strToU8(elements), 'connections.csv': strToU8(connections) });
    const read = (elements: string, connections: string) => kumuCsvFormat.read!({ name: 'Kainuu.zip', bytes: zip(elements, connections) });
    // Hand-made: no IDs, labels as ends, semicolons as a Finnish Excel saves, Kumu's capitalised types.
    const file = await read(
      'Label;Type\r\nOhjaamo;Organization\r\nKela;organisation\r\n;\r\nAino;Person\r\n',
      'From;To;Direction;Topics\r\nohjaamo;KELA;mutual;työ|opiskelu\r\nAino;Ohjaamo;;\r\n',
    );
    const map = restored(file);
    expect(map.title).toBe('Kainuu');
    expect(map.actors.map((a) => [a.name, a.type])).toEqual([
      ['Ohjaamo', 'organisation'],
      ['Kela', 'organisation'],
      ['Aino', 'person'],
    ]);
    expect(map.relations.map((r) => [r.source, r.target, r.direction, r.topics])).toEqual([
      [map.actors[0]!.id, map.actors[1]!.id, 'both', ['työ', 'opiskelu']],
      [map.actors[2]!.id, map.actors[0]!.id, 'forward', []],
    ]);

    const cases: [string, string, string, Record<string, string | number>][] = [
      ['Label,Type\nA,person\nB,robot\n', 'From,To\n', 'unknownType', { sheet: 'Elements', row: 3, column: 'Type', value: 'robot' }],
      ['Type\nperson\n', 'From,To\n', 'missingColumn', { sheet: 'Elements', column: 'Label' }],
      ['Label\nA\nB\n', 'From,To\nA,B\nA,C\n', 'unknownElement', { sheet: 'Connections', row: 3, column: 'To', value: 'C' }],
      ['Label\nA\na\n', 'From,To\nA,B\n', 'ambiguousElement', { sheet: 'Connections', row: 2, column: 'From', value: 'A' }],
      ['Label\nA\nB\n', 'From,To,Direction\nA,B,sideways\n', 'unknownValue', { sheet: 'Connections', row: 2, column: 'Direction', value: 'sideways' }],
      ['Label\nA\nB\n', 'From,Direction\nA,B\n', 'missingColumn', { sheet: 'Connections', column: 'To' }],
      ['Label,X,Y\nA,1,2\nB,x,3\n', 'From,To\n', 'badNumber', { sheet: 'Elements', row: 3, column: 'X', value: 'x' }],
      ['Label,Ring\nA,4\n', 'From,To\n', 'badNumber', { sheet: 'Elements', row: 2, column: 'Ring', value: '4' }],
      ['ID,Label\n1,A\n1,B\n', 'From,To\n', 'duplicateId', { sheet: 'Elements', row: 3, column: 'ID', value: '1' }],
      ['Label,Services,Areas\nA,Ohjaus,everyday|education\n', 'From,To\n', 'unpairedServices', { sheet: 'Elements', row: 2, column: 'Areas' }],
      ['Label,Services,TNO\nA,Ohjaus,neuvonta\n', 'From,To\n', 'unknownValue', { sheet: 'Elements', row: 2, column: 'TNO', value: 'neuvonta' }],
      ['Label,Type\n"  ",person\n', 'From,To\n', 'blankLabel', { sheet: 'Elements', row: 2, column: 'Label' }],
      ['Label,Type\nA,person\n', 'From,To,Weight\nA,A,0\n', 'badNumber', { sheet: 'Connections', row: 2, column: 'Weight', value: '0' }],
    ];
    for (const [elements, connections, code, values] of cases) {
      const error = await read(elements, connections).catch((e: unknown) => e);
      expect(error, `${code} ${JSON.stringify(values)}`).toBeInstanceOf(FormatError);
      expect((error as FormatError).code).toBe(code);
      expect((error as FormatError).values).toMatchObject(values);
    }
  });

  it('names what is missing: not a zip, no elements file', async () => {
    const notZip = await kumuCsvFormat.read!({ name: 'a.zip', bytes: strToU8('hello') }).catch((e: unknown) => e);
    expect((notZip as FormatError).code).toBe('notZip');
    const noElements = await kumuCsvFormat.read!({ name: 'a.zip', bytes: zipSync({ 'other.csv': strToU8('a') }) }).catch((e: unknown) => e);
    expect((noElements as FormatError).values).toEqual({ sheet: 'Elements' });
    // 21 MB of zeros deflate to a few kilobytes: refused before it is unpacked.
    const bomb = zipSync({ 'elements.csv': new Uint8Array(21 * 1024 * 1024) });
    expect(bomb.length).toBeLessThan(100_000);
    const tooLarge = await kumuCsvFormat.read!({ name: 'a.zip', bytes: bomb }).catch((e: unknown) => e);
    expect(tooLarge).toMatchObject({ code: 'tooLarge' });
  });
});
