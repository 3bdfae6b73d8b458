export type PersistenceState = 'persisted' | 'notPersisted' | 'unsupported';

/**
 * Ask the browser to keep this site's storage (IndexedDB) even under storage
 * pressure. Chromium decides by itself (e.g. installed or bookmarked sites);
 * the answer is shown in the library so the user knows whether to back up.
 */
export async function requestPersistentStorage(): Promise<PersistenceState> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.persist || !storage.persisted) return 'unsupported';
  try {
    if (await storage.persisted()) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'notPersisted';
  } catch {
    return 'unsupported';
  }
}
