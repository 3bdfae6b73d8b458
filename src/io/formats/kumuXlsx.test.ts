import fc from 'fast-check';
import writeXlsxFile from 'write-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { expectedAfterRoundTrip, restored, trickyMapArb } from './interchangeTestMaps';
import { kumuXlsxFormat } from './kumuXlsx';
import { readKumuXlsx, writeKumuXlsx } from './kumuXlsxCodec';
import { FormatError } from './registry';

/** A data format never asks for the picture. */
const NO_PICTURE = {
  picture: () => {
    throw new Error('not a picture format');
  },
};

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

describe('Kumu XLSX workbook', () => {
  it('round-trips generated maps: map → XLSX → map', async () => {
    await fc.assert(
      fc.asyncProperty(trickyMapArb, async (map) => {
        const bytes = await bytesOf(await writeKumuXlsx(map));
        expect(restored(await readKumuXlsx(bytes, 'x.xlsx'))).toEqual(expectedAfterRoundTrip(map, { sources: true }));
      }),
      { numRuns: 25 },
    );
  }, 60_000);

  it('writes the sheets Elements, Connections and Map through the FileFormat', async () => {
    const [map] = fc.sample(trickyMapArb, { numRuns: 1, seed: 5 });
    const { blob, extension } = await kumuXlsxFormat.write!(map!, NO_PICTURE);
    expect(extension).toBe('.xlsx');
    const back = restored(await kumuXlsxFormat.read!({ name: 'x.xlsx', bytes: await bytesOf(blob) }));
    expect(back.actors.map((a) => a.id)).toEqual(map!.actors.map((a) => a.id));
  });

  it('reads a hand-made workbook (numbers as numbers, labels as ends) and names a bad cell by sheet, row and column', async () => {
    const workbook = async (connections: (string | number)[][]) =>
      bytesOf(
        await writeXlsxFile([
          {
            sheet: 'Elements',
            data: [
              ['Label', 'Type', 'X', 'Y', 'Ring'],
              ['Ohjaamo', 'organisation', 10.5, -20, 2],
              ['Kela', 'Organization', 0, 0, 3],
            ],
          },
          { sheet: 'Connections', data: connections },
        ]).toBlob(),
      );
    const map = restored(
      await readKumuXlsx(
        await workbook([
          ['From', 'To', 'Weight'],
          ['Kela', 'Ohjaamo', 3],
        ]),
        'Kainuu.xlsx',
      ),
    );
    expect(map.title).toBe('Kainuu');
    expect(map.actors[0]).toMatchObject({ name: 'Ohjaamo', position: { x: 10.5, y: -20 }, ring: 2 });
    expect(map.relations[0]).toMatchObject({ source: map.actors[1]!.id, target: map.actors[0]!.id, direction: 'forward', weight: 3 });

    const error = await kumuXlsxFormat.read!({
      name: 'x.xlsx',
      bytes: await workbook([
        ['From', 'To'],
        ['Kela', 'Ohjaamo'],
        ['Kela', 'Kelaa'],
      ]),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FormatError);
    expect(error).toMatchObject({ code: 'unknownElement', values: { sheet: 'Connections', row: 3, column: 'To', value: 'Kelaa' } });
  });

  it('says a file that is not a workbook is not one', async () => {
    const error = await kumuXlsxFormat.read!({ name: 'x.xlsx', bytes: new TextEncoder().encode('not a zip') }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'notXlsx' });
  });
});
