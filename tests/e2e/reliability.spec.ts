import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { chromiumExecutable } from './support/chromium';
import { actorNode, addActor, createPersonalMap, dumpDatabase, importFiles, openApp, waitUntilSaved } from './support/trainee';

const fixture = readFileSync(new URL('../fixtures/v1-personal.json', import.meta.url), 'utf8');
const BASE = `http://127.0.0.1:${process.env.E2E_PORT ?? 4180}`;

test('a facilitator backs up every map to one file and restores it; duplicates are asked about, nothing is overwritten', async ({ page }) => {
  await openApp(page);
  await importFiles(page, [{ name: 'aino.json', text: fixture }]);
  await createPersonalMap(page, { title: 'Toinen kartta', author: 'Bertta' });
  await page.getByRole('link', { name: /Karttani/ }).click();
  await expect(page.getByTestId('library-row')).toHaveCount(2);

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Varmuuskopioi kaikki kartat' }).click();
  const backupPath = (await (await downloadPromise).path())!;
  expect(JSON.parse(readFileSync(backupPath, 'utf8')).maps).toHaveLength(2);

  // Lose one map for good, then restore the backup.
  const row = page.getByTestId('library-row').filter({ hasText: 'Toinen kartta' });
  await row.getByRole('button', { name: 'Poista' }).click();
  await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Poista' }).click();
  await page.getByText('Roskakori (1)').click();
  await page.getByTestId('trash-row').getByRole('button', { name: 'Poista pysyvästi' }).click();
  await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Poista pysyvästi' }).click();
  await expect(page.getByTestId('library-row')).toHaveCount(1);
  const kept = await dumpDatabase(page);

  await page.getByTestId('restore-input').setInputFiles(backupPath);
  const dialog = page.getByTestId('duplicates-dialog');
  await expect(dialog).toContainText('1 varmuuskopion kartta on jo kirjastossa');
  await dialog.getByRole('button', { name: 'Ohita ne' }).click();
  await expect(page.getByTestId('library-row')).toHaveCount(2);
  await expect(page.getByTestId('library-row').filter({ hasText: 'Toinen kartta' })).toHaveCount(1);
  // The map that was already there is byte-for-byte the same.
  const after = (await dumpDatabase(page)) as { id: string }[];
  expect(after.find((r) => r.id === (kept[0] as { id: string }).id)).toEqual(kept[0]);
});

test('when storage is full the trainee sees a warning that stays, can save a backup, and the map stays on screen', async ({ page }) => {
  // Simulate a full disk: every IndexedDB write fails with QuotaExceededError while the flag is on.
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if ((window as { __diskFull?: boolean }).__diskFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  await openApp(page);
  await createPersonalMap(page, { title: 'Täysi levy', author: 'Aino' });
  await page.evaluate(() => ((window as { __diskFull?: boolean }).__diskFull = true));
  await addActor(page, 'person', 'Kuraattori Liisa', 1);
  const problem = page.getByTestId('save-problem');
  await expect(problem).toHaveAttribute('data-failure', 'quota');
  await expect(problem).toContainText('tallennustila on täynnä');
  await expect(actorNode(page, 'Kuraattori Liisa')).toBeVisible();
  await page.screenshot({ path: 'screenshots/quota-fi.png' });

  const downloadPromise = page.waitForEvent('download');
  await problem.getByRole('button', { name: 'Tallenna varmuuskopio (JSON)' }).click();
  const backup = JSON.parse(readFileSync((await (await downloadPromise).path())!, 'utf8'));
  expect(backup.map.actors.map((a: { name: string }) => a.name)).toContain('Kuraattori Liisa');
  await addActor(page, 'group', 'Työpaja', 2);
  await expect(problem).toBeVisible();

  // Space freed: the next save goes through and the warning goes away.
  await page.evaluate(() => ((window as { __diskFull?: boolean }).__diskFull = false));
  await addActor(page, 'organisation', 'Kela', 3);
  await waitUntilSaved(page);
  await expect(problem).toHaveCount(0);
  await page.reload();
  for (const name of ['Kuraattori Liisa', 'Työpaja', 'Kela']) await expect(actorNode(page, name)).toBeVisible();
});

test('two tabs on the same map follow each other, and concurrent edits are never silently lost', async ({ context }) => {
  const first = await context.newPage();
  await openApp(first);
  await createPersonalMap(first, { title: 'Yhteinen', author: 'Aino' });
  const second = await context.newPage();
  await second.goto(first.url());
  await expect(actorNode(second, 'Aino')).toBeVisible();

  await addActor(first, 'person', 'Ensimmäinen', 1);
  await waitUntilSaved(first);
  await expect(actorNode(second, 'Ensimmäinen')).toBeVisible();
  await addActor(second, 'group', 'Toinen', 2);
  await waitUntilSaved(second);
  await expect(actorNode(first, 'Toinen')).toBeVisible();

  // Both edit within the same moment.
  await Promise.all([addActor(first, 'organisation', 'Kolmas A', 3), addActor(second, 'organisation', 'Kolmas B', 3)]);
  await first.waitForTimeout(1500);
  const conflicted = [first, second];
  const shown = await Promise.all(conflicted.map((p) => p.getByTestId('save-problem').count()));
  const stored = (await dumpDatabase(first)) as { doc: { actors: { name: string }[] } }[];
  const names = stored.flatMap((r) => r.doc.actors.map((a) => a.name));
  if (shown.every((n) => n === 0)) {
    // No conflict reported: then both edits must be stored.
    expect(names).toEqual(expect.arrayContaining(['Kolmas A', 'Kolmas B']));
  } else {
    // The tab that lost the race says so and keeps its version on screen; saving it as a copy keeps both.
    const loser = conflicted[shown.findIndex((n) => n > 0)]!;
    await expect(loser.getByTestId('save-problem')).toHaveAttribute('data-failure', 'conflict');
    await loser.getByRole('button', { name: 'Tallenna tämä versio kopiona' }).click();
    await waitUntilSaved(loser);
    const all = ((await dumpDatabase(loser)) as { doc: { actors: { name: string }[] } }[]).flatMap((r) => r.doc.actors.map((a) => a.name));
    expect(all).toEqual(expect.arrayContaining(['Kolmas A', 'Kolmas B']));
  }
});

test('a map written by a newer app version is not opened or changed by this one', async ({ page }) => {
  await openApp(page);
  await importFiles(page, [{ name: 'aino.json', text: fixture }]);
  await expect(page.getByTestId('library-row')).toHaveCount(1);
  // Pretend a newer version rewrote the record in a format this version does not know.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const open = indexedDB.open('verkostokartta');
        open.onsuccess = () => {
          const store = open.result.transaction('maps', 'readwrite').objectStore('maps');
          const all = store.getAll();
          all.onsuccess = () => {
            const record = all.result[0];
            store.put({ ...record, formatVersion: 2, doc: { ...record.doc, futureField: { nested: true } } }).onsuccess = () => resolve();
          };
        };
      }),
  );
  const before = await dumpDatabase(page);
  await page.getByRole('link', { name: /Avaa kartta/ }).click();
  await expect(page.getByRole('alert')).toContainText('tiedosto on tehty uudemmalla sovelluksen versiolla (versio 2)');
  await page.goBack();
  const row = page.getByTestId('library-row');
  await row.getByRole('button', { name: 'Nimeä uudelleen' }).click();
  await page.getByTestId('rename-dialog').getByLabel('Kartan uusi nimi').fill('Uusi nimi');
  await page.getByTestId('rename-dialog').getByRole('button', { name: 'Tallenna' }).click();
  await page.waitForTimeout(300);
  expect(await dumpDatabase(page)).toEqual(before);
});

/** A browser with a profile on disk, so it can be killed and started again. */
async function launchProfile(dir: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumExecutable(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    viewport: { width: 1400, height: 900 },
  });
  return { context, page: context.pages()[0] ?? (await context.newPage()) };
}

/** Kill the browser with SIGKILL: no unload, no clean shutdown. */
function killBrowser(dir: string): boolean {
  // The bracket keeps pkill from matching its own shell, whose command line holds the pattern too.
  return execSync(`pkill -9 -f -- "[-]-user-data-dir=${dir}" && echo killed || true`, { encoding: 'utf8' }).includes('killed');
}

test('killing the browser right after an edit, during a drag and during an import loses nothing that was on screen for a second', async () => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'verkostokartta-profile-'));
  try {
    let { context, page } = await launchProfile(dir);
    await page.goto(BASE);
    await createPersonalMap(page, { title: 'Kaatuva', author: 'Aino' });
    const url = page.url();
    await addActor(page, 'person', 'Ennen kaatumista', 1);
    await page.waitForTimeout(1000);
    expect(killBrowser(dir)).toBe(true);
    await context.close().catch(() => undefined);

    ({ context, page } = await launchProfile(dir));
    await page.goto(url);
    await expect(actorNode(page, 'Ennen kaatumista')).toBeVisible();
    // Kill in the middle of a drag: everything before the drag is still there.
    await addActor(page, 'group', 'Raahattava', 2);
    await page.waitForTimeout(1000);
    const box = (await actorNode(page, 'Raahattava').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 200, box.y + 100, { steps: 10 });
    killBrowser(dir);
    await context.close().catch(() => undefined);

    ({ context, page } = await launchProfile(dir));
    await page.goto(url);
    await expect(actorNode(page, 'Ennen kaatumista')).toBeVisible();
    await expect(actorNode(page, 'Raahattava')).toBeVisible();
    // Kill during an import: the library afterwards is whole (the import is one transaction).
    await page.goto(BASE);
    await importFiles(page, [
      { name: 'aino.json', text: fixture },
      { name: 'aino2.json', text: fixture },
    ]);
    killBrowser(dir);
    await context.close().catch(() => undefined);

    ({ context, page } = await launchProfile(dir));
    await page.goto(BASE);
    const rows = page.getByTestId('library-row');
    await expect(rows.first()).toBeVisible();
    expect([1, 3]).toContain(await rows.count());
    await page.goto(url);
    await expect(actorNode(page, 'Raahattava')).toBeVisible();
    await context.close();
  } finally {
    killBrowser(dir);
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a tab of an older app version works with a database a newer version upgraded, and leaves the newer data alone', async ({ page }) => {
  await openApp(page);
  await importFiles(page, [{ name: 'aino.json', text: fixture }]);
  await expect(page.getByTestId('library-row')).toHaveCount(1);
  // A later release upgrades the database and adds a store of its own.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('verkostokartta', 90);
        open.onupgradeneeded = () => {
          const store = open.result.createObjectStore('futureThings', { keyPath: 'id' });
          store.put({ id: 'x', value: 'kept' });
        };
        open.onsuccess = () => {
          open.result.close();
          resolve();
        };
        open.onerror = () => reject(open.error);
      }),
  );
  await page.reload();
  await page.getByRole('link', { name: /Avaa kartta/ }).click();
  await addActor(page, 'person', 'Vanhan välilehden lisäys', 2);
  await waitUntilSaved(page);
  const future = await page.evaluate(
    () =>
      new Promise<unknown>((resolve) => {
        const open = indexedDB.open('verkostokartta');
        open.onsuccess = () => {
          const request = open.result.transaction('futureThings').objectStore('futureThings').getAll();
          request.onsuccess = () => {
            resolve({ version: open.result.version, things: request.result });
            open.result.close();
          };
        };
      }),
  );
  expect(future).toEqual({ version: 90, things: [{ id: 'x', value: 'kept' }] });
});
