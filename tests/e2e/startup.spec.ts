/**
 * Opening a map by its address (a reload, a bookmark): the editor code is asked
 * for with the page (vite.config.ts mapRoutePreload), the record this build wrote
 * takes the cheap structural check (storage/trustedRecord.ts), and a record
 * damaged behind the app's back is still reported, never drawn half or crashed on.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { type ActorSpec, mapJson, type RelationSpec } from './support/canvas';
import { actorNode, importFiles, openApp } from './support/trainee';

const fixture = readFileSync(new URL('../fixtures/v1-personal.json', import.meta.url), 'utf8');

/** Import the fixture and return the address of its map. */
async function importedMapHref(page: Page): Promise<string> {
  await openApp(page);
  await importFiles(page, [{ name: 'aino.json', text: fixture }]);
  const link = page.getByTestId('library-row').getByRole('link').first();
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^#\/map\//);
  return href!;
}

/** Change the stored record in place (as a bug or another program might), keeping every other field, the stamp too. */
async function damageRecord(page: Page, damage: string) {
  await page.evaluate(
    (damageSource) =>
      new Promise<void>((resolve, reject) => {
        const change = new Function('doc', damageSource) as (doc: Record<string, unknown>) => void;
        const open = indexedDB.open('verkostokartta');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const store = open.result.transaction('maps', 'readwrite').objectStore('maps');
          const all = store.getAll();
          all.onsuccess = () => {
            const record = all.result[0];
            if (typeof record.modelStamp !== 'string') return reject(new Error('the record has no stamp'));
            change(record.doc);
            store.put(record).onsuccess = () => {
              open.result.close();
              resolve();
            };
          };
        };
      }),
    damage,
  );
}

test('a map opened by its address asks for the editor code with the page, and Dexie only after; the library asks for Dexie, not the editor', async ({
  page,
}) => {
  const href = await importedMapHref(page);
  const editorPreloads = (p: Page) => p.locator('link[rel=modulepreload][href*="/EditorScreen-"]').count();
  const databasePreloads = (p: Page) => p.locator('link[rel=modulepreload][href*="/database-"]').count();
  // The library, opened fresh, leaves the editor alone, and asks for the database's code (Dexie) with the page: it
  // is not in the start-up bundle, and the library lists its maps with it.
  await page.goto('/');
  await expect(page.getByTestId('library-row')).toHaveCount(1);
  expect(await editorPreloads(page)).toBe(0);
  expect(await databasePreloads(page)).toBe(1);

  await openByAddress(page, href);
  expect(await editorPreloads(page)).toBe(1);
  // The map is read without Dexie and drawn before anything is saved: its code is fetched at the first save, not before.
  const databaseFetched = () => page.evaluate(() => performance.getEntriesByType('resource').some((entry) => /\/database-[^/]*\.js$/.test(entry.name)));
  expect(await databaseFetched()).toBe(false);
  // Asked for at high priority, so Chromium does not hold it back until the start-up bundle has arrived.
  await expect(page.locator('link[rel=modulepreload][fetchpriority=high][href*="/EditorScreen-"]')).toHaveCount(1);
  // Every node measured and shown, every relation drawn: the map is whole after a reload.
  await expect(page.locator('.react-flow__node[style*="visibility: hidden"]')).toHaveCount(0);
  await expect(page.locator('.react-flow__edge')).toHaveCount(JSON.parse(fixture).map.relations.length);
  expect(await databaseFetched()).toBe(false);
  await editSurvivesReload(page);
});

/** Every indexedDB.open of the page (not of its workers), in order: Dexie asks for its schema's version, the first read asks for none. */
function noteOpens() {
  const opens: { versioned: boolean; drawn: boolean }[] = [];
  (window as unknown as { __opens: typeof opens }).__opens = opens;
  const open = indexedDB.open.bind(indexedDB);
  indexedDB.open = (name: string, version?: number) => {
    opens.push({ versioned: version !== undefined, drawn: document.querySelector('[data-scene=ready]') !== null });
    return version === undefined ? open(name) : open(name, version);
  };
}

type Opens = { versioned: boolean; drawn: boolean }[];
const pageOpens = (page: Page) => page.evaluate(() => (window as unknown as { __opens: Opens }).__opens);
const earlyReadLeft = (page: Page) =>
  page.evaluate(() => '__verkostokarttaEarlyRead' in window && (window as unknown as Record<string, unknown>).__verkostokarttaEarlyRead);

type WorkerNote = { address: string; answers: { text?: string; actors?: string[]; relations?: string[]; other?: string; drawn: boolean }[] };

/** Every worker the page starts, and what it sends back (its record as text, or another answer). */
function noteWorkers() {
  const workers: WorkerNote[] = [];
  (window as unknown as { __workers: typeof workers }).__workers = workers;
  const Native = window.Worker;
  window.Worker = class extends Native {
    constructor(address: string | URL, options?: WorkerOptions) {
      super(address, options);
      const note: WorkerNote = { address: String(address), answers: [] };
      workers.push(note);
      this.addEventListener('message', (event: MessageEvent) => {
        const drawn = document.querySelector('[data-scene=ready]') !== null;
        const { text, actors, relations } = (event.data ?? {}) as { text?: unknown; actors?: string[]; relations?: string[] };
        note.answers.push(typeof text === 'string' ? { text, actors, relations, drawn } : { other: JSON.stringify(event.data), drawn });
      });
    }
  };
}

/** The workers started from a Blob address: the record reads (the app's other workers have files of their own). */
const recordReaders = async (page: Page) =>
  (await page.evaluate(() => (window as unknown as { __workers: WorkerNote[] }).__workers)).filter((w) => w.address.startsWith('blob:'));

/** Open the map by its address in a fresh page load (the early script runs), until it is drawn. */
async function openByAddress(page: Page, href: string) {
  await page.goto(`/${href}`);
  await page.reload();
  await expect(page.locator('[data-scene=ready]')).toHaveCount(1);
  await expect(actorNode(page, 'Aino')).toBeVisible();
}

/** An edit is saved (through Dexie, opened after the first read) and there after a reload. */
async function editSurvivesReload(page: Page) {
  const before = await page.locator('.react-flow__node').count();
  await actorNode(page, 'Aino').click();
  await page.keyboard.press('n');
  const actors = before + 1;
  await expect(page.locator('.react-flow__node')).toHaveCount(actors);
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-state', 'saved');
  await page.reload();
  await expect(page.locator('[data-scene=ready]')).toHaveCount(1);
  await expect(page.locator('.react-flow__node')).toHaveCount(actors);
}

/** As if the map had been stored before size hints were kept (storage/sizeHint.ts): the early script does not know its size. */
function forgetSizeHints() {
  for (const key of Object.keys(localStorage)) if (key.startsWith('verkostokartta-size:')) localStorage.removeItem(key);
}

test('a small map opened by its address is read on the page by the first script, with no worker: one plain read before the map is drawn, which the app takes, and saving works', async ({
  page,
}) => {
  const href = await importedMapHref(page);
  // The library wrote the map's size (actors and relations) beside it.
  const { map } = JSON.parse(fixture) as { map: { actors: unknown[]; relations: unknown[] } };
  const hint = await page.evaluate((id) => localStorage.getItem(`verkostokartta-size:${id}`), decodeURIComponent(href.replace('#/map/', '')));
  expect(Number(hint)).toBe(map.actors.length + map.relations.length);
  await page.addInitScript(noteOpens);
  await page.addInitScript(noteWorkers);
  await openByAddress(page, href);
  expect(await recordReaders(page)).toEqual([]);
  const opens = await pageOpens(page);
  expect(opens.filter((o) => !o.drawn)).toEqual([{ versioned: false, drawn: false }]);
  expect(await earlyReadLeft(page)).toBeFalsy();
  await editSurvivesReload(page);
});

test('a map opened by its address whose size the page does not know is read in a worker the first script starts, handed over as JSON text; the page itself opens no database before the map is drawn, then Dexie opens, and saving works', async ({
  page,
}) => {
  const href = await importedMapHref(page);
  await page.addInitScript(forgetSizeHints);
  await page.addInitScript(noteOpens);
  await page.addInitScript(noteWorkers);
  await openByAddress(page, href);
  const readers = await recordReaders(page);
  // One worker from a Blob address (no file of its own), answering once, before the map was drawn, with the record as text.
  expect(readers).toHaveLength(1);
  expect(readers[0]!.answers).toHaveLength(1);
  const answer = readers[0]!.answers[0]!;
  expect(answer.drawn).toBe(false);
  const record = JSON.parse(answer.text ?? 'null') as { id: string; doc: { actors: { name: string }[] } };
  expect(href).toBe(`#/map/${encodeURIComponent(record.id)}`);
  const imported = JSON.parse(fixture) as { map: { actors: { name: string }[] } };
  expect(record.doc.actors.map((a) => a.name)).toEqual(imported.map.actors.map((a) => a.name));
  // The app took that read: the page opened no database itself before the map was drawn (no second read, no Dexie).
  expect((await pageOpens(page)).filter((o) => !o.drawn)).toEqual([]);
  expect(await earlyReadLeft(page)).toBeFalsy();
  await editSurvivesReload(page);
});

test('when no worker can start (an old browser, a stricter policy), the first script reads the map on the page with one plain IndexedDB read, and saving works', async ({
  page,
}) => {
  const href = await importedMapHref(page);
  // Not known to be small: the first script tries a worker.
  await page.addInitScript(forgetSizeHints);
  await page.addInitScript(noteOpens);
  await page.addInitScript(() => {
    window.Worker = class {
      constructor() {
        throw new DOMException('refused', 'SecurityError');
      }
    } as unknown as typeof Worker;
  });
  await openByAddress(page, href);
  const opens = await pageOpens(page);
  expect(opens[0]).toEqual({ versioned: false, drawn: false });
  // One read only: the one index.html's first script starts (before the app's code arrives), which the app takes.
  expect(opens.filter((o) => !o.drawn)).toEqual([{ versioned: false, drawn: false }]);
  expect(await earlyReadLeft(page)).toBeFalsy();
  await editSurvivesReload(page);
});

test('a large map opened from the library is read in a worker too and opens; a small one is read by the repository', async ({ page }) => {
  // 1000 actors, each related to the next three: 4000 actors and relations, as many as a worker is started for.
  const count = 1000;
  const actors: ActorSpec[] = Array.from({ length: count }, (_, i) => ({
    id: `a${i}`,
    name: `Palvelu ${i}`,
    type: 'organisation',
    position: { x: (i % 40) * 260, y: Math.floor(i / 40) * 160 },
  }));
  const relations: RelationSpec[] = actors.flatMap((_, i) =>
    [1, 2, 3].map((step) => ({ source: `a${i}`, target: `a${(i + step) % count}`, topics: ['ohjaus'], direction: 'forward' as const })),
  );
  await page.addInitScript(noteWorkers);
  await openApp(page);
  await importFiles(page, [
    { name: 'iso.json', text: mapJson({ id: 'iso', title: 'Iso alue', kind: 'regional', actors, relations }) },
    { name: 'aino.json', text: fixture },
  ]);
  await page.getByRole('link', { name: 'Avaa kartta Iso alue' }).click();
  await expect(page.locator('[data-scene=ready]')).toHaveCount(1, { timeout: 30_000 });
  const [reader, ...others] = await recordReaders(page);
  expect(others).toEqual([]);
  // The record as text, and its 3000 relations in parts (2000 and 1000), each parsed in a task of its own.
  const answer = reader!.answers[0]!;
  const record = JSON.parse(answer.text ?? 'null') as { doc: { actors: unknown[]; relations: unknown[] } };
  expect(answer.actors).toBeUndefined();
  expect(record.doc.relations).toEqual([]);
  expect(answer.relations?.map((part) => (JSON.parse(part) as unknown[]).length)).toEqual([2000, 1000]);
  expect(record.doc.actors.length).toBe(count);
  // All of them drawn: zoomed out this far, as one simple path with a segment per relation (canvas/SimpleEdgesLayer).
  const segments = () => page.evaluate(() => (document.querySelector('[data-testid=simple-edges] path')?.getAttribute('d') ?? '').split('M').length - 1);
  await expect.poll(segments, { timeout: 30_000 }).toBe(count * 3);
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  // The library again (a fresh page), and the small map from it.
  await openApp(page);
  const small = page.getByTestId('library-row').filter({ hasNotText: 'Iso alue' }).getByRole('link').first();
  await small.click();
  await expect(actorNode(page, 'Aino')).toBeVisible();
  expect(await recordReaders(page)).toEqual([]);
});

for (const [what, damage, message] of [
  ['a relation to a missing actor', "doc.relations[0].target = 'nobody';", 'jota ei ole kartalla'],
  ['a name that is not text', 'doc.actors[1].name = 42;', 'Karttaa ei voitu avata'],
  ['actors that are not a list', 'doc.actors = { broken: true };', 'Karttaa ei voitu avata'],
] as const) {
  test(`a record of this version damaged behind the app's back (${what}) is reported, and stays in the library`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const href = await importedMapHref(page);
    await damageRecord(page, damage);
    await page.goto(`/${href}`);
    await page.reload();
    await expect(page.getByRole('alert')).toContainText(message);
    await expect(page.locator('.react-flow__node')).toHaveCount(0);
    expect(errors).toEqual([]);
    await page.getByRole('link', { name: 'Takaisin karttoihin' }).click();
    await expect(page.getByTestId('library-row')).toHaveCount(1);
  });
}

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('opening a map by its address registers the service worker once the map is on screen, not before', async ({ page }) => {
    const href = await importedMapHref(page);
    // A fresh page on the map route: the library visit above registered a worker, so unregister it first.
    await page.evaluate(async () => {
      for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
    });
    await page.goto(`/${href}`);
    await page.reload();
    const registeredBeforeDrawn = await page.evaluate(async () => {
      // Checked in the same task that first sees the map: a registration made by then would be listed.
      while (!document.querySelector('.react-flow__node')) await new Promise((resolve) => requestAnimationFrame(resolve));
      return (await navigator.serviceWorker.getRegistrations()).length;
    });
    expect(registeredBeforeDrawn).toBe(0);
    await expect(actorNode(page, 'Aino')).toBeVisible();
    // …and it comes: the app still works offline after this visit.
    await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistrations()).length > 0);
    await page.evaluate(() => navigator.serviceWorker.ready);
  });
});
