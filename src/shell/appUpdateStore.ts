import { create } from 'zustand';

/**
 * What the service worker told us: a new version is waiting (`needRefresh`), or the app was just
 * stored for offline use for the first time (`offlineReady`). The page is never reloaded by itself:
 * only `update()` — the user's click — lets the waiting version take over.
 */
interface AppUpdateState {
  needRefresh: boolean;
  offlineReady: boolean;
  /** Hands control to the waiting version, which then reloads the page; set by the registration. */
  applyUpdate: (() => Promise<void>) | null;
  setApplyUpdate: (apply: () => Promise<void>) => void;
  showNeedRefresh: () => void;
  showOfflineReady: () => void;
  update: () => Promise<void>;
  dismiss: () => void;
}

export const useAppUpdate = create<AppUpdateState>()((set, get) => ({
  needRefresh: false,
  offlineReady: false,
  applyUpdate: null,
  setApplyUpdate: (applyUpdate) => set({ applyUpdate }),
  // A waiting version is the more important message: it replaces "ready offline".
  showNeedRefresh: () => set({ needRefresh: true, offlineReady: false }),
  showOfflineReady: () => set((s) => (s.needRefresh ? s : { offlineReady: true })),
  update: async () => {
    const apply = get().applyUpdate;
    set({ needRefresh: false });
    await apply?.();
  },
  dismiss: () => set({ needRefresh: false, offlineReady: false }),
}));
