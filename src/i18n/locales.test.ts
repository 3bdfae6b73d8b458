import { describe, expect, it } from 'vitest';
import en from './locales/en';
import fi from './locales/fi';
import sv from './locales/sv';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}

describe('translations', () => {
  it('every key of any language is in every language', () => {
    const all = new Set(Object.values({ fi, sv, en }).flatMap((resource) => keysOf(resource)));
    for (const [language, resource] of Object.entries({ fi, sv, en })) {
      const own = new Set(keysOf(resource));
      expect(
        [...all].filter((key) => !own.has(key)),
        `missing in ${language}`,
      ).toEqual([]);
    }
  });

  const languages = { fi, sv, en };
  const reference = keysOf(fi).sort();

  it.each(Object.entries(languages))('%s has exactly the keys of Finnish, none empty', (_lang, resource) => {
    const own = new Set(keysOf(resource));
    // Named lists, so a failure says which key to add where.
    expect(
      reference.filter((key) => !own.has(key)),
      'missing here',
    ).toEqual([]);
    expect(
      [...own].filter((key) => !reference.includes(key)),
      'missing in Finnish',
    ).toEqual([]);
    expect(keysOf(resource).sort()).toEqual(reference);
    for (const key of keysOf(resource)) {
      const text = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], resource);
      expect(String(text).trim(), key).not.toBe('');
    }
  });

  it.each(Object.entries(languages))('%s uses the same placeholders as Finnish', (_lang, resource) => {
    const at = (res: unknown, key: string) => key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], res) as string;
    const placeholders = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
    for (const key of reference) expect(placeholders(at(resource, key)), key).toEqual(placeholders(at(fi, key)));
  });
});
