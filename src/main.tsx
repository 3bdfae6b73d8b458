import '@xyflow/react/dist/style.css';
import './app/app.css';
import './app/print.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n } from './i18n';
import { preloadRoute } from './app/preload';
import { registerServiceWorker } from './shell/registerServiceWorker';

// User Timing marks (vk:*) show where start-up time goes in a DevTools or benchmark trace.
performance.mark('vk:main');
preloadRoute(window.location.hash);

// The first screen waits for its language's texts (Finnish is in the bundle; Swedish or English is one small chunk).
void initI18n().then((i18n) => {
  performance.mark('vk:i18n');
  document.title = i18n.t('app.name');
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});

registerServiceWorker();
