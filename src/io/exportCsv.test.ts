import { describe, expect, it } from 'vitest';
import { BOM, csvBlob, csvField, toCsv } from './exportCsv';

describe('csvField', () => {
  it('leaves plain text and numbers as they are', () => {
    expect(csvField('Ohjaamo Kajaani')).toBe('Ohjaamo Kajaani');
    expect(csvField(0.25)).toBe('0.25');
    expect(csvField(-1)).toBe('-1');
  });

  it('quotes fields with a comma, a quote or a line break, doubling the quotes (RFC 4180)', () => {
    expect(csvField('tapaaminen, puhelin')).toBe('"tapaaminen, puhelin"');
    expect(csvField('Nuorten "Paja"')).toBe('"Nuorten ""Paja"""');
    expect(csvField('rivi 1\nrivi 2')).toBe('"rivi 1\nrivi 2"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
  });

  it('puts an apostrophe before text that a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://x","klik")')).toBe(`"'=HYPERLINK(""http://x"",""klik"")"`);
    expect(csvField('+358 40 123')).toBe("'+358 40 123");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tpiilossa')).toBe("'\tpiilossa");
    expect(csvField('\rpiilossa')).toBe(`"'\rpiilossa"`);
    // Only at the start: inside a text the same characters are harmless.
    expect(csvField('TE-toimisto = työvoima')).toBe('TE-toimisto = työvoima');
  });
});

describe('toCsv', () => {
  it('writes a BOM, the header and the rows, each line ended by CRLF', () => {
    const csv = toCsv(
      ['Nimi', 'Tyyppi'],
      [
        ['Työpaja Ähtäri', 'Ryhmä'],
        ['Åbo, Akademi', 'Organisaatio'],
      ],
    );
    expect(csv).toBe(`${BOM}Nimi,Tyyppi\r\nTyöpaja Ähtäri,Ryhmä\r\n"Åbo, Akademi",Organisaatio\r\n`);
  });

  it('writes only the header for an empty table', () => {
    expect(toCsv(['a', 'b'], [])).toBe(`${BOM}a,b\r\n`);
  });
});

describe('csvBlob', () => {
  it('is UTF-8 starting with the bytes EF BB BF, so Excel reads ä and ö right', async () => {
    const blob = csvBlob(['Nimi'], [['Ä']]);
    expect(blob.type).toContain('text/csv');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('Nimi\r\nÄ\r\n');
  });
});
