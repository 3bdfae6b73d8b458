import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { INTERCHANGE_ERROR_CODES } from '../model/interchange/errors';
import { describeFormatError } from './describeFormatError';
import en from './locales/en';
import fi from './locales/fi';
import sv from './locales/sv';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    lng: 'en',
    interpolation: { escapeValue: false },
    resources: { en: { translation: en }, fi: { translation: fi }, sv: { translation: sv } },
  });
});

describe('describeFormatError', () => {
  it('names the sheet, row and column of a hand-edited cell, and the value, in each language', () => {
    const error = { code: 'unknownElement', values: { sheet: 'Connections', row: 7, column: 'To', value: 'Kelaa' } };
    expect(describeFormatError(i18n.getFixedT('en'), error)).toBe('Sheet Connections, row 7, column To: no element has the label or ID "Kelaa".');
    expect(describeFormatError(i18n.getFixedT('fi'), error)).toBe(
      'Taulukko Connections, rivi 7, sarake To: yhdenkään toimijan nimi tai tunnus ei ole "Kelaa".',
    );
    expect(describeFormatError(i18n.getFixedT('sv'), error)).toBe('Bladet Connections, rad 7, kolumn To: ingen aktör har namnet eller id:t "Kelaa".');
  });

  it('says as much as it knows: a missing column, a missing sheet, an edge, a whole file, an unknown code', () => {
    const t = i18n.getFixedT('en');
    expect(describeFormatError(t, { code: 'missingColumn', values: { sheet: 'Elements', column: 'Label' } })).toBe(
      'Sheet Elements, column Label: the header row lacks this column.',
    );
    expect(describeFormatError(t, { code: 'missingSheet', values: { sheet: 'Elements' } })).toBe(
      'Sheet Elements: not found in the file (in a zip: elements.csv).',
    );
    expect(describeFormatError(t, { code: 'unknownNode', values: { row: 3, value: 'zz' } })).toBe('Edge 3: refers to a node "zz" that does not exist.');
    expect(describeFormatError(t, { code: 'notXlsx', values: {} })).toBe('The file is not an Excel workbook (.xlsx).');
    expect(describeFormatError(t, { code: 'somethingNew' })).toBe('The file could not be read.');
  });

  it('has a sentence for every code the readers throw', () => {
    for (const code of INTERCHANGE_ERROR_CODES) expect(en.interchange.error[code]).toBeTruthy();
  });
});
