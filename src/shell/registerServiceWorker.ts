import { useAppUpdate } from './appUpdateStore';

/**
 * Registers the service worker that keeps the app usable offline (vite.config.ts). Called from
 * main.tsx, a module, so the Content-Security-Policy needs no inline script. Only production
 * builds have a worker: Vite's dev server serves modules that must not be cached. The
 * registration code (and Workbox's window part) is a separate chunk fetched after the page has
 * loaded, so it neither grows the start-up bundle nor competes with the first paint.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = async () => {
    const { registerSW } = await import('virtual:pwa-register');
    const updateSW = registerSW({
      immediate: true,
      onNeedRefresh: () => useAppUpdate.getState().showNeedRefresh(),
      onOfflineReady: () => useAppUpdate.getState().showOfflineReady(),
      // Without a worker (blocked by the browser or its settings) the app works as before, online.
      onRegisterError: (error: unknown) => console.warn('Service worker not registered', error),
    });
    // Only after the user's click: the waiting version takes over, and once it controls the page we
    // reload into it. Workbox reloads by itself only when the page was controlled when it loaded;
    // a tab open since the very first visit was not, so we listen ourselves.
    useAppUpdate.getState().setApplyUpdate(async () => {
      navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
      await updateSW(true);
    });
  };
  if (document.readyState === 'complete') void register();
  else window.addEventListener('load', () => void register(), { once: true });
}
