import '@xyflow/react/dist/style.css';
import './app/app.css';
import './app/print.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n } from './i18n';
import { loadEditor, preloadRoute } from './app/preload';
import { mapShown } from './app/mapPreload';
import { registerServiceWorker } from './shell/registerServiceWorker';

// User Timing marks (vk:*) show where start-up time goes in a DevTools or benchmark trace.
performance.mark('vk:main');
const openingMap = preloadRoute(window.location.hash);

// The first screen waits for its language's texts (Finnish is in the bundle; Swedish or English is one small chunk),
// and a map route for the editor's code (asked for with the page): the page is blank until then either way, and
// the first render then draws the editor (and the map, when its record has been read) without suspending.
const editorReady = openingMap ? loadEditor().catch(() => undefined) : undefined;
void Promise.all([initI18n(), editorReady]).then(([i18n]) => {
  performance.mark('vk:i18n');
  document.title = i18n.t('app.name');
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});

/**
 * A service worker's first install downloads every file of the app to cache it. Opening a map by its
 * address, that waits until the map is on screen and the page is idle, so it does not compete with
 * loading and drawing the map; any other screen registers it as before (after the page's load event).
 */
if (openingMap) {
  void mapShown.then(() =>
    'requestIdleCallback' in window ? requestIdleCallback(registerServiceWorker, { timeout: 3000 }) : setTimeout(registerServiceWorker, 1000),
  );
} else {
  registerServiceWorker();
}
