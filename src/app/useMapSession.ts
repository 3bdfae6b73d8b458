/**
 * Opening a map for editing: load it through the one way in, keep it saved,
 * and follow saves of the same map from other tabs (live sync when this tab
 * has nothing unsaved; otherwise the save reports a conflict for the user).
 */
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { MapDoc } from '../model';
import { mapRepository, startAutosave, type Autosave, type LoadResult, type SaveStatus } from '../storage';
import type { EditorStore } from '../store/editorStore';
import { loadMap, markMapShown, takeArrivedMap } from './mapPreload';

/** GUARD: other tabs (and older app versions) listen on this channel name. */
const CHANNEL = 'verkostokartta-saves';
type SavedMessage = { type: 'saved'; mapId: string; revision: number };

export type SessionState = { phase: 'loading' } | { phase: 'ready' } | { phase: 'failed'; error: Extract<LoadResult, { ok: false }>['error'] };

export function useMapSession(mapId: string, store: EditorStore) {
  // A record read ahead (preload.ts) that is already here goes into the fresh store in the first render.
  const [early] = useState(() => takeArrivedMap(mapId));
  const [session, setSession] = useState<SessionState>(() => {
    if (!early) return { phase: 'loading' };
    if (!early.ok) return { phase: 'failed', error: early.error };
    // The store is this editor's own, just created (EditorScreen): loading it here touches nothing else.
    store.getState().load(early.map);
    return { phase: 'ready' };
  });
  const [status, setStatus] = useState<SaveStatus>({ state: 'saved' });
  const autosave = useRef<Autosave | null>(null);

  useEffect(() => {
    let cancelled = false;
    const repository = mapRepository();
    const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
    void (early ? Promise.resolve(early) : loadMap(mapId)).then((result) => {
      if (cancelled) return;
      if (!result.ok) return setSession({ phase: 'failed', error: result.error });
      performance.mark('vk:loaded');
      if (result !== early) store.getState().load(result.map);
      autosave.current = startAutosave({
        store,
        repository,
        revision: result.revision,
        onStatus: setStatus,
        onSaved: (map: MapDoc, revision: number) => channel?.postMessage({ type: 'saved', mapId: map.id, revision } satisfies SavedMessage),
      });
      // A map that arrived after the first render (a large one, read in a worker) is drawn in a transition: loading
      // the store re-renders at once (its subscribers are synchronous), and the whole editor with it made one task of
      // 110-140 ms at 5000 actors, its effects included; in a transition React renders it in slices and runs the
      // effects after the paint.
      if (result !== early) startTransition(() => setSession({ phase: 'ready' }));
    });
    if (channel) {
      channel.onmessage = async (event: MessageEvent<SavedMessage>) => {
        const message = event.data;
        const saver = autosave.current;
        if (message?.type !== 'saved' || message.mapId !== mapId || !saver) return;
        await saver.flush();
        const latest = await repository.load(mapId);
        if (!latest.ok || latest.revision !== message.revision) return;
        // Unsaved edits here would be a conflict, which flush() has reported; only follow when clean.
        if (saver.hasUnsaved()) return;
        store.getState().load(latest.map);
        saver.rebase(latest.revision);
      };
    }
    return () => {
      cancelled = true;
      autosave.current?.stop();
      autosave.current = null;
      channel?.close();
    };
  }, [mapId, store, early]);

  // Work that waits for the map to be on screen (main.tsx: the service worker) may start after this commit.
  useEffect(() => {
    if (session.phase !== 'loading') markMapShown();
  }, [session.phase]);

  /** Replace this tab's version with the stored one (after a conflict). */
  const loadStored = useCallback(async () => {
    const latest = await mapRepository().load(mapId);
    if (!latest.ok) return;
    store.getState().load(latest.map);
    autosave.current?.rebase(latest.revision);
    setStatus({ state: 'saved' });
  }, [mapId, store]);

  return { session, status, loadStored };
}
