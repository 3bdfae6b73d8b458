import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import en from './locales/en';
import { describeFilters, filtersLine } from './describeFilters';

const t = i18next.createInstance();
beforeAll(async () => {
  await t.init({ lng: 'en', resources: { en: { translation: en } } });
});

describe('describeFilters', () => {
  it('is empty without active filters', () => {
    expect(describeFilters(t.t, {})).toEqual([]);
    expect(filtersLine(t.t, { areas: [], minWeight: 1 })).toBe('');
  });
  it('names each active filter and its values in the user language, presets translated', () => {
    const line = filtersLine(t.t, { areas: ['education'], methods: ['phone', 'Teams'], directions: ['mutual'], minWeight: 3 });
    expect(line).toBe('Filters: Content area: education · Contact method: phone, Teams · Direction: both ways (↔) · Drawn: in at least 3 maps');
  });
  it('names source maps by their titles', () => {
    expect(describeFilters(t.t, { sources: ['m1'] }, (id) => (id === 'm1' ? 'Aino’s map' : id))[0]!.values).toEqual(['Aino’s map']);
  });
});
