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
    // true: once the waiting version controls the page, reload into it — only after the user's click.
    useAppUpdate.getState().setApplyUpdate(() => updateSW(true));
  };
  if (document.readyState === 'complete') void register();
  else window.addEventListener('load', () => void register(), { once: true });
}
