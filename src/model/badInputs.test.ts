import { afterEach, describe, expect, it } from 'vitest';
import { acceptedOddInputs, badInputs, MARKUP, markupFileText, validFileText } from '../../tests/fixtures/badInputs';
import { restoreFromText, type RestoreResult } from './restore';

/** Every key of every object in a value (own keys only, as JSON sees them). */
function allKeys(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => allKeys(v, into));
  else if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) {
      into.add(key);
      allKeys((value as Record<string, unknown>)[key], into);
    }
  }
  return into;
}

/** Every object in a value has the plain Object prototype (nothing swapped in through `__proto__`). */
function allPlain(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(allPlain);
  if (typeof value === 'object' && value !== null) {
    return Object.getPrototypeOf(value) === Object.prototype && Object.values(value).every(allPlain);
  }
  return true;
}

function restoreSafely(text: string): RestoreResult {
  let result: RestoreResult | undefined;
  expect(() => (result = restoreFromText(text))).not.toThrow();
  return result!;
}

afterEach(() => {
  // Nothing in the corpus may leak onto every object in the page.
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
});

describe('the bad-input corpus', () => {
  it('is big enough and has unique names', () => {
    expect(badInputs.length).toBeGreaterThanOrEqual(35);
    expect(new Set(badInputs.map((b) => b.name)).size).toBe(badInputs.length);
  });

  it('starts from a valid file', () => {
    expect(restoreFromText(validFileText()).ok).toBe(true);
  });
});

describe('restoreFromText refuses', () => {
  it.each(badInputs.map((input) => [input.name, input] as const))('%s', (_name, input) => {
    const result = restoreSafely(input.text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(input.expectedCode);
    if (input.expectedReason !== undefined) expect(result.error.reason).toBe(input.expectedReason);
    if (input.expectedPath !== undefined) expect(result.error.path).toBe(input.expectedPath);
    if (input.expectedValue !== undefined) expect(result.error.value).toBe(input.expectedValue);
    // Invalid files always say where and why; other codes say neither.
    if (input.expectedCode === 'invalid') {
      expect(result.error.path).toBeTypeOf('string');
      expect(result.error.reason).toBeTypeOf('string');
    } else {
      expect(result.error.path).toBeUndefined();
    }
    // Values named in messages stay short, whatever the file holds.
    if (result.error.value !== undefined) expect(result.error.value.length).toBeLessThanOrEqual(201);
  });
});

describe('restoreFromText accepts odd but valid files', () => {
  it.each(acceptedOddInputs.map((input) => [input.name, input] as const))('%s', (_name, input) => {
    const result = restoreSafely(input.text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const keys = allKeys(result.map);
    for (const key of input.forbiddenKeys) expect(keys.has(key), key).toBe(false);
    expect(allPlain(result.map)).toBe(true);
    expect(Object.hasOwn(result.map, '__proto__')).toBe(false);
  });

  it('keeps markup in labels as plain text, unchanged', () => {
    const result = restoreSafely(markupFileText());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [img, script, svg, template] = MARKUP;
    const { map } = result;
    expect(map.title).toBe(script);
    expect(map.author).toBe(img);
    expect(map.region).toBe(svg);
    expect(map.actors[1]).toMatchObject({ name: img, organisation: template, note: script });
    expect(map.actors[2]!.services[0]!.name).toBe(svg);
    expect(map.relations[0]).toMatchObject({ topics: [script], methods: [img, 'email'], note: template });
    expect(map.questions[0]!.text).toBe(svg);
    expect(map.reflection.purpose).toBe(img);
  });
});
