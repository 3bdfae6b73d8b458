import { describe, expect, it } from 'vitest';
import { textMatcher } from './textMatch';

describe('textMatcher', () => {
  it('finds a row whatever the case and diacritics of the query or the text', () => {
    expect(textMatcher('tyopaja')(['Nuorten työpaja'])).toBe(true);
    expect(textMatcher('TYÖPAJA')(['nuorten tyopaja'])).toBe(true);
    expect(textMatcher('kela')(['Ohjaamo'])).toBe(false);
  });

  it('forgives a small typo, as the lens search does', () => {
    expect(textMatcher('tyoppaja')(['Nuorten työpaja'])).toBe(true);
  });

  it('needs every word, each in any of the row’s texts', () => {
    const row = ['Ohjaamo Kajaani', 'asumisneuvonta'];
    expect(textMatcher('ohjaamo asumis')(row)).toBe(true);
    expect(textMatcher('ohjaamo kela')(row)).toBe(false);
  });

  it('matches everything when the query is empty or blank', () => {
    expect(textMatcher('')([])).toBe(true);
    expect(textMatcher('   ')(['x'])).toBe(true);
  });
});
