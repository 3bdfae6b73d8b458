import { describe, expect, it } from 'vitest';
import { normaliseName, tidyName } from './normaliseName';

describe('normaliseName', () => {
  it.each([
    ['ohjaamo  kajaani ', 'Ohjaamo Kajaani'],
    ['\tTE-toimisto\u00a0Kainuu\n', 'te-toimisto kainuu'],
    ['ETSIVÄ NUORISOTYÖ', 'Etsivä nuorisotyö'],
    ['Työpaja'.normalize('NFD'), 'Työpaja'.normalize('NFC')],
    ['ÅBO AKADEMI', 'Åbo Akademi'.normalize('NFD')],
  ])('treats %j and %j as one name', (a, b) => {
    expect(normaliseName(a)).toBe(normaliseName(b));
  });

  it.each([
    ['Ohjaamo Kajaani', 'Ohjaamo, Kajaani'],
    ['Etsivä nuorisotyö', 'Etsiva nuorisotyo'],
    ['Åbo', 'Abo'],
  ])('keeps %j and %j apart (only proposed, never merged by itself)', (a, b) => {
    expect(normaliseName(a)).not.toBe(normaliseName(b));
  });

  it('returns composed characters', () => {
    expect(normaliseName('Työpaja'.normalize('NFD'))).toBe('työpaja'.normalize('NFC'));
    expect(normaliseName('Työpaja'.normalize('NFD')).length).toBe(7);
  });

  it('does not depend on the locale (Turkish dotted I)', () => {
    expect(normaliseName('İ')).toBe('i̇'.normalize('NFC'));
  });
});

describe('tidyName', () => {
  it('keeps case but tidies spacing and Unicode form', () => {
    expect(tidyName('  Ohjaamo   Kajaani ')).toBe('Ohjaamo Kajaani');
    expect(tidyName('Työpaja'.normalize('NFD'))).toBe('Työpaja');
  });
});
