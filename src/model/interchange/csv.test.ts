import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv, unguard, writeCsv } from './csv';
import { joinList, splitList } from './lists';

describe('CSV', () => {
  it('reads back what it writes, for any texts and numbers', () => {
    const cell = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.constantFrom('=1+1', "'=x", "''+y", '@a', '-b', '\tc', '"q"', 'a,b', 'x\r\ny', 'x\ry'),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const back = readCsv(writeCsv(rows));
        expect(back).toEqual(rows.map((row) => row.map((c) => (typeof c === 'number' ? String(c) : c))));
      }),
      { numRuns: 300 },
    );
  });

  it('guards would-be formulas with one apostrophe and takes only that one off', () => {
    expect(writeCsv([['=SUM(A1)', '-5', -5, "'=x", 'ok']])).toBe(`\uFEFF'=SUM(A1),'-5,-5,''=x,ok\r\n`);
    expect(unguard("'=SUM(A1)")).toBe('=SUM(A1)');
    expect(unguard("''=x")).toBe("'=x");
    expect(unguard("'plain")).toBe("'plain");
  });

  it('reads what spreadsheets save: semicolons, LF line ends, no final line end, a BOM', () => {
    expect(readCsv('\uFEFFLabel;Type\nKela;"org; x"')).toEqual([
      ['Label', 'Type'],
      ['Kela', 'org; x'],
    ]);
  });

  it('joins lists with | and splits them back, escapes included', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1 }).filter((s) => s.trim() === s && s !== '')), (values) => {
        expect(splitList(joinList(values))).toEqual(values);
      }),
    );
    expect(splitList('a | b || c|')).toEqual(['a', 'b', 'c']);
  });
});
