import { defineConfig } from '@playwright/test';
import { chromiumExecutable } from './tests/e2e/support/chromium';

/**
 * End-to-end tests drive the built app (vite preview) in a real headless
 * Chromium: the system's `chromium`, or Playwright's own where installed.
 * Playwright never downloads a browser here.
 */
/** Several checkouts can run their tests side by side, each on its own port (E2E_PORT). */
const PORT = Number(process.env.E2E_PORT ?? 4180);

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
    // The built app registers a service worker (offline use). Specs that clear storage, route
    // requests or measure what is on screen run without it, as a first visit would; offline.spec.ts
    // allows it and tests it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-dev-shm-usage',
      ],
    },
  },
  webServer: {
    command: `npx vite build --logLevel warn --outDir dist-e2e && npx vite preview --outDir dist-e2e --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
