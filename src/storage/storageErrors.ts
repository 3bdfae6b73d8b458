/** The kinds of storage failure the UI explains differently. */
export type StorageFailure = 'quota' | 'conflict' | 'missing' | 'other';

/**
 * Quota errors arrive as `QuotaExceededError`, or wrapped in an `AbortError`
 * of the transaction (Chromium), or inside Dexie's error `inner`.
 */
export function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const { name, inner, cause } = e as { name?: string; inner?: unknown; cause?: unknown };
    if (name === 'QuotaExceededError') return true;
    e = inner ?? cause;
  }
  return false;
}
