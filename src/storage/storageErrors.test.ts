import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { isQuotaError } from './storageErrors';

const named = (name: string, extra: Record<string, unknown> = {}) => Object.assign(new Error(name), { name }, extra);
const quotaDom = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('isQuotaError', () => {
  it.each([
    ['a DOMException QuotaExceededError', quotaDom()],
    ['any error named QuotaExceededError', named('QuotaExceededError')],
    ["Dexie's QuotaExceededError", new Dexie.QuotaExceededError('full')],
    ["Dexie's AbortError with the quota error as inner (Chromium)", new Dexie.AbortError('Transaction aborted', quotaDom())],
    ["Dexie's AbortError built from the quota error", new Dexie.AbortError(quotaDom())],
    ['an AbortError whose cause is the quota error', named('AbortError', { cause: quotaDom() })],
    ['a quota error wrapped twice', named('DatabaseClosedError', { inner: named('AbortError', { inner: quotaDom() }) })],
    ['a plain object shaped like an error', { name: 'QuotaExceededError' }],
  ])('recognises %s', (_name, error) => {
    expect(isQuotaError(error)).toBe(true);
  });

  it.each([
    ['an AbortError without an inner error', new Dexie.AbortError('Transaction aborted')],
    ['a constraint error', new Dexie.ConstraintError('Key already exists')],
    ['a TypeError', new TypeError('x is undefined')],
    ['an AbortError wrapping another error', new Dexie.AbortError('aborted', named('UnknownError'))],
    ['undefined', undefined],
    ['null', null],
    ['the name as a bare string', 'QuotaExceededError'],
    ['a number', 22],
    ['an empty object', {}],
  ])('does not take %s for a quota error', (_name, error) => {
    expect(isQuotaError(error)).toBe(false);
  });

  it('stops on an error that wraps itself', () => {
    const loop: { name: string; inner?: unknown } = { name: 'AbortError' };
    loop.inner = loop;
    expect(isQuotaError(loop)).toBe(false);
  });
});
