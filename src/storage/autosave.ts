/**
 * Saves the open map whenever it changes. Nothing is written before the map
 * has been loaded, writes never overlap, and a pending write is flushed when
 * the page is hidden or closed.
 */
import type { MapDoc } from '../model';
import type { MapRepository } from './mapRepository';
import { isQuotaError, type StorageFailure } from './storageErrors';

/** Debounce for saving; short enough that a closed tab loses nothing that was on screen for a second. */
export const SAVE_DEBOUNCE_MS = 250;

/**
 * What autosave needs of the editor's store: the open map and word when it changes.
 * A port, so storage does not depend on the store (the zustand store fits it as is).
 */
export interface MapSource {
  getState: () => { map: MapDoc | null };
  subscribe: (listener: (state: { map: MapDoc | null }, previous: { map: MapDoc | null }) => void) => () => void;
}

export type SaveStatus = { state: 'saved' } | { state: 'pending' } | { state: 'failed'; failure: StorageFailure };

export interface Autosave {
  /** Write now what is not yet written. */
  flush: () => Promise<void>;
  stop: () => void;
  /** True when the map on screen differs from what was last written. */
  hasUnsaved: () => boolean;
  /** Accept that the stored revision is now this (after loading another tab's version). */
  rebase: (revision: number) => void;
}

export function startAutosave(options: {
  store: MapSource;
  repository: MapRepository;
  revision: number;
  onStatus: (status: SaveStatus) => void;
  onSaved?: (map: MapDoc, revision: number) => void;
}): Autosave {
  const { store, repository, onStatus } = options;
  let revision = options.revision;
  let saved = store.getState().map;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> = Promise.resolve();
  let blocked = false;

  const write = async () => {
    timer = undefined;
    const map = store.getState().map;
    if (!map || map === saved || blocked) return;
    try {
      const result = await repository.save(map, revision);
      if (result.ok) {
        revision = result.revision;
        saved = map;
        options.onSaved?.(map, revision);
        onStatus(store.getState().map === map ? { state: 'saved' } : { state: 'pending' });
      } else {
        // Another tab wrote a newer version, or the map was deleted: stop and let the user choose.
        blocked = true;
        onStatus({ state: 'failed', failure: result.reason });
      }
    } catch (error) {
      onStatus({ state: 'failed', failure: isQuotaError(error) ? 'quota' : 'other' });
    }
  };

  const flush = () => {
    if (timer) clearTimeout(timer);
    writing = writing.then(write);
    return writing;
  };

  const unsubscribe = store.subscribe((state, previous) => {
    // After a conflict nothing is written until `rebase`: keep the failure on screen, not "pending".
    if (state.map === previous.map || state.map === saved || blocked) return;
    onStatus({ state: 'pending' });
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void flush(), SAVE_DEBOUNCE_MS);
  });

  const onHide = () => void flush();
  const onVisibility = () => document.visibilityState === 'hidden' && onHide();
  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
  }

  return {
    flush,
    hasUnsaved: () => store.getState().map !== saved,
    rebase: (next) => {
      revision = next;
      saved = store.getState().map;
      blocked = false;
      // Loading the stored version just reported "pending"; there is nothing left to write.
      if (timer) clearTimeout(timer);
      timer = undefined;
      onStatus({ state: 'saved' });
    },
    stop: () => {
      void flush();
      unsubscribe();
      if (typeof window !== 'undefined') {
        window.removeEventListener('pagehide', onHide);
        document.removeEventListener('visibilitychange', onVisibility);
      }
    },
  };
}
