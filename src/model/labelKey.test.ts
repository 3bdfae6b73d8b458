import { describe, expect, it } from 'vitest';
import { addLabel } from './commands';
import { labelKey, tidyLabel } from './labelKey';
import { unionLabels } from './merge/labels';
import { normaliseName } from './merge/normaliseName';

/** Pairs that are one label: case, spaces (also no-break space) and Unicode form do not matter. */
const SAME: [string, string][] = [
  ['Puhelin', 'puhelin'],
  ['  opiskelupaikka ', 'opiskelupaikka'],
  ['Teams  palaveri', 'teams palaveri'],
  ['Teams\u00a0palaveri', 'Teams palaveri'],
  ['Työllistyminen', 'TYÖLLISTYMINEN'],
  ['Mo\u0308kki', 'Mökki'], // o + combining diaeresis (macOS) vs precomposed ö
  ['Åbo', 'åbo'],
];
const DIFFERENT: [string, string][] = [
  ['opiskelupaikka', 'opiskelupaikat'],
  ['puhelin', 'puhelin soitto'],
  ['Mokki', 'Mökki'],
];

describe('labelKey: one definition of "the same label"', () => {
  it.each(SAME)('"%s" and "%s" are the same label', (a, b) => {
    expect(labelKey(a)).toBe(labelKey(b));
  });
  it.each(DIFFERENT)('"%s" and "%s" are different labels', (a, b) => {
    expect(labelKey(a)).not.toBe(labelKey(b));
  });
  it('tidies spacing and Unicode form but keeps case for display', () => {
    expect(tidyLabel('  Mo\u0308kki   Teams ')).toBe('Mökki Teams');
  });

  it.each([...SAME, ...DIFFERENT])('editing (addLabel) and merging (unionLabels) agree on "%s" / "%s"', (a, b) => {
    const editedTogether = addLabel([a], b).length;
    const mergedTogether = unionLabels([[a], [b]]).labels.length;
    expect(editedTogether).toBe(mergedTogether);
    expect(editedTogether).toBe(labelKey(a) === labelKey(b) ? 1 : 2);
  });

  it('names merge by the same rule as labels', () => {
    for (const [a, b] of [...SAME, ...DIFFERENT]) expect(normaliseName(a) === normaliseName(b)).toBe(labelKey(a) === labelKey(b));
  });
});
