import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from './text';

describe('wrapText', () => {
  it('breaks at word boundaries and never inside a word that fits a line', () => {
    const lines = wrapText('Oppisopimustoimisto ja Työllisyyspalvelut', 150, 11, 3);
    expect(lines).toEqual(['Oppisopimustoimisto ja', 'Työllisyyspalvelut']);
    for (const line of lines) expect(textWidth(line, 11)).toBeLessThanOrEqual(150);
  });

  it('puts a long word on its own line rather than splitting it', () => {
    expect(wrapText('asumisneuvonta ja talousneuvonta', 130, 11, 3)).toEqual(['asumisneuvonta ja', 'talousneuvonta']);
  });

  it('hyphenates only a word longer than a whole line', () => {
    const lines = wrapText('Nuorisotakuuyhteistyöverkostokoordinaattori', 100, 11, 4);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(0, -1)) expect(line.endsWith('-')).toBe(true);
    expect(lines.join('').replace(/-/g, '')).toBe('Nuorisotakuuyhteistyöverkostokoordinaattori');
  });

  it('ends a cut text with an ellipsis, at most maxLines lines, each fitting', () => {
    const lines = wrapText('yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän', 80, 11, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    for (const line of lines) expect(textWidth(line, 11)).toBeLessThanOrEqual(80);
  });

  it('estimates wide letters wider than narrow ones', () => {
    expect(textWidth('mmmm', 11)).toBeGreaterThan(textWidth('iiii', 11));
  });
});
