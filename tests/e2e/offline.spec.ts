/**
 * Offline and installable, in a real Chromium with the built app's service worker: the workshop
 * room's wifi goes away after the first visit, and the app keeps working; a new version waits
 * for the user's click instead of reloading under their hands.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { actorNode, addActor, createPersonalMap, importFiles, openApp, waitUntilSaved } from './support/trainee';

const fixture = readFileSync(new URL('../fixtures/v1-personal.json', import.meta.url), 'utf8');

// Every other spec blocks service workers (playwright.config.ts); these are about them.
test.use({ serviceWorkers: 'allow' });
// One after the other: the second test publishes a changed sw.js in the shared build folder.
test.describe.configure({ mode: 'default' });

/** The first visit: the worker has installed (precached everything) and controls the page. */
async function firstVisit(page: Page) {
  await openApp(page);
  await expect(page.getByTestId('app-update')).toContainText('Sovellus toimii nyt myös ilman verkkoyhteyttä.');
  await page.screenshot({ path: 'screenshots/offline-ready-fi.png' });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('after one visit the app opens, edits, saves and opens its lazily loaded screens offline', async ({ context, page }) => {
  await firstVisit(page);

  // Installable: Chromium finds the manifest (name, icons, start URL) and the worker acceptable.
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
  // A Playwright context is an incognito profile, where nothing installs; that is the only objection allowed.
  expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
  const { url: manifestUrl, errors: manifestErrors } = await cdp.send('Page.getAppManifest');
  expect(new URL(manifestUrl).pathname).toBe('/manifest.webmanifest');
  expect(manifestErrors).toEqual([]);
  const manifest = await (await page.request.get('/manifest.webmanifest')).json();
  expect(manifest).toMatchObject({ name: 'Verkostokartta', display: 'standalone', theme_color: '#2a7f6f' });
  expect(manifest.icons.map((icon: { sizes: string }) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));

  // Everything the build produced is in the cache: the lazy screens and the workers too.
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
    return urls;
  });
  const built = (await readdir('dist-e2e/assets')).map((name) => `/assets/${name}`);
  expect(built.some((path) => /worker/.test(path))).toBe(true);
  for (const path of [...built, '/index.html', '/favicon.svg', '/manifest.webmanifest', '/icon-192.png', '/icon-512.png']) expect(cached, path).toContain(path);

  // The wifi drops while the library is open: the editor, a lazily loaded chunk never fetched
  // online, comes from the cache without a reload.
  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  await createPersonalMap(page, { title: 'Ilman verkkoa', author: 'Aino' });
  await addActor(page, 'group', 'Nuorisotoimi', 2);
  await waitUntilSaved(page);

  // Reopened offline: the map and its edits are there, and editing and autosave go on.
  await page.reload();
  await expect(actorNode(page, 'Nuorisotoimi')).toBeVisible();
  await addActor(page, 'person', 'Opo', 1);
  await waitUntilSaved(page);
  await page.reload();
  await expect(actorNode(page, 'Opo')).toBeVisible();

  await page.goto('/#/');
  await expect(page.getByRole('link', { name: 'Avaa kartta Ilman verkkoa' })).toBeVisible();
  // Import goes through the restore worker, another file that only the cache can give now.
  await importFiles(page, [{ name: 'aino.json', text: fixture }]);
  await expect(page.getByRole('status').filter({ hasText: 'Tuotiin 1 kartta.' })).toBeVisible();
  await page.getByRole('link', { name: `Avaa kartta ${JSON.parse(fixture).map.title}` }).click();
  await expect(page.locator('.react-flow__edge').first()).toBeVisible();
  await page.goto('/#/');
  // The merge screen, another lazy chunk.
  await page.getByRole('link', { name: 'Yhdistä karttoja' }).click();
  await expect(page.getByTestId('merge-file-input')).toBeAttached();
  await page.screenshot({ path: 'screenshots/offline-merge-fi.png' });

  // A navigation to any address of the app falls back to the cached page.
  await page.goto('/some/deep/link');
  await expect(page.getByRole('heading', { name: 'Karttani' })).toBeVisible();
});

test('a new version waits for the user: the notice says so in fi, sv and en, and only "Update" reloads', async ({ page }) => {
  await firstVisit(page);
  await page.getByTestId('app-update-dismiss').click();
  await expect(page.getByTestId('app-update')).toBeHidden();
  await createPersonalMap(page, { title: 'Päivitettävä', author: 'Aino' });
  await addActor(page, 'group', 'Nuorisotoimi', 2);
  await waitUntilSaved(page);
  const mapUrl = page.url();

  // Publish a "new version": the same worker script, one byte different, so the browser installs it.
  const swPath = 'dist-e2e/sw.js';
  const original = await readFile(swPath, 'utf8');
  await writeFile(swPath, `${original}\n// next version ${Date.now()}\n`);
  try {
    await page.evaluate(() => {
      (window as unknown as { notReloaded: boolean }).notReloaded = true;
    });
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const notice = page.getByTestId('app-update');
    await expect(notice).toContainText('Uusi versio on valmis – päivitä, kun sinulle sopii.');
    await expect(notice.getByRole('button', { name: 'Päivitä' })).toBeVisible();
    // The notice sits in the corner, inside the window, and covers none of the toolbar.
    const box = (await notice.boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    await page.screenshot({ path: 'screenshots/update-notice-fi.png' });
    const axe = await new AxeBuilder({ page }).include('[data-testid="app-update"]').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

    for (const [lang, text, button] of [
      ['sv', 'En ny version är klar – uppdatera när det passar dig.', 'Uppdatera'],
      ['en', 'A new version is ready – update when it suits you.', 'Update'],
    ] as const) {
      await page.getByRole('combobox', { name: /Kieli|Språk|Language/ }).selectOption(lang);
      await expect(notice).toContainText(text);
      await expect(notice.getByRole('button', { name: button })).toBeVisible();
      await page.screenshot({ path: `screenshots/update-notice-${lang}.png` });
    }
    // On a phone the notice fits the width, beside nothing it would push sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    const phoneBox = (await notice.boundingBox())!;
    expect(phoneBox.x).toBeGreaterThanOrEqual(0);
    expect(phoneBox.x + phoneBox.width).toBeLessThanOrEqual(390);
    expect(phoneBox.y + phoneBox.height).toBeLessThanOrEqual(844);
    await page.screenshot({ path: 'screenshots/update-notice-phone-en.png' });
    await page.setViewportSize(viewport);
    // Nothing reloaded by itself while the notice was up.
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);

    // "Update": the waiting version takes over and the page reloads into it, the map intact.
    const reloaded = page.waitForEvent('load');
    await notice.getByRole('button', { name: 'Update' }).click();
    await reloaded;
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBeUndefined();
    expect(page.url()).toBe(mapUrl);
    await expect(actorNode(page, 'Nuorisotoimi')).toBeVisible();
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
    await expect(page.getByTestId('app-update')).toBeHidden();
  } finally {
    await writeFile(swPath, original);
  }
});
