import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { badInputs } from '../fixtures/badInputs';
import { regionalWithLayout } from './support/layoutMaps';
import { actorNode, dumpDatabase, importFiles, openApp, relationLabel } from './support/trainee';
import { exportFromMenu } from './support/exportMenu';
import { viewport, waitForStableView } from './support/canvas';

const fixture = readFileSync(new URL('../fixtures/v1-personal.json', import.meta.url), 'utf8');
const fixtureTitle = JSON.parse(fixture).map.title as string;

async function importAndOpenFixture(page: Page) {
  await openApp(page);
  await importFiles(page, [{ name: 'aino.json', text: fixture }]);
  await expect(page.getByRole('status').filter({ hasText: 'Tuotiin 1 kartta.' })).toBeVisible();
  await page.getByRole('link', { name: `Avaa kartta ${fixtureTitle}` }).click();
  await expect(page.locator('.react-flow__edge').first()).toBeVisible();
}

/** Decode a PNG in the page and count pixels close to given colours. */
async function countColours(page: Page, png: Buffer, colours: Record<string, [number, number, number]>) {
  return page.evaluate(
    async ({ base64, colours }) => {
      const blob = await (await fetch(`data:image/png;base64,${base64}`)).blob();
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      const counts: Record<string, number> = Object.fromEntries(Object.keys(colours).map((k) => [k, 0]));
      for (let i = 0; i < data.length; i += 4) {
        for (const [name, [r, g, b]] of Object.entries(colours)) {
          if (Math.abs(data[i]! - r) + Math.abs(data[i + 1]! - g) + Math.abs(data[i + 2]! - b) < 40) counts[name]!++;
        }
      }
      return { width: bitmap.width, height: bitmap.height, counts, corner: [data[0], data[1], data[2]] };
    },
    { base64: png.toString('base64'), colours },
  );
}

test('a trainee exports the whole map as a PNG with arrows and labels at 2×', async ({ page }) => {
  await importAndOpenFixture(page);
  // Zoom in so most of the map is off screen: the export must still hold all of it.
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Lähennä' }).click();
  const downloadPromise = page.waitForEvent('download');
  await exportFromMenu(page, 'map2');
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/\.png$/);
  await download.saveAs('screenshots/export-2x.png');
  const png = readFileSync((await download.path())!);
  const image = await countColours(page, png, { edge: [0x1f, 0x6f, 0x8b], labelBorder: [0xb8, 0x86, 0x0b], ring: [0x9f, 0xc5, 0xbb] });
  // The rings span 1160 map units; at 2× the picture is well over 2000 px wide.
  expect(image.width).toBeGreaterThan(2300);
  expect(image.height).toBeGreaterThan(2300);
  expect(image.corner).toEqual([255, 255, 255]);
  expect(image.counts.edge, 'arrows in the picture').toBeGreaterThan(1500);
  expect(image.counts.labelBorder, 'relation labels in the picture').toBeGreaterThan(400);
  expect(image.counts.ring, 'rings in the picture').toBeGreaterThan(2000);
  await expect(page.getByTestId('export-message')).toContainText('.png');
});

test('the exported picture shows both heads of a ↔ arrow, outside the actors', async ({ page }) => {
  await openApp(page);
  const file = regionalWithLayout({
    id: 'two-way',
    title: 'Kaksisuuntainen',
    actors: [
      ['a', 'Ohjaamo', 0, 0],
      ['b', 'Kela', 600, 0],
    ],
    relations: [['a', 'b', 'both', ['toimeentulo'], ['puhelin']]],
  });
  await importFiles(page, [{ name: 'kaksisuuntainen.json', text: file }]);
  await page.getByRole('link', { name: 'Avaa kartta Kaksisuuntainen' }).click();
  await expect(page.getByTestId('arrow-head')).toHaveCount(2);
  const downloadPromise = page.waitForEvent('download');
  await exportFromMenu(page, 'map2');
  const download = await downloadPromise;
  await download.saveAs('screenshots/export-two-way.png');
  const png = readFileSync((await download.path())!);
  // In the picture (2× by default): the row where the line runs, then how thick the edge colour is column by column
  // along it. A head is a triangle many pixels tall; the line itself only a few.
  const profile = await page.evaluate(
    async ({ base64, edge }) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const { data, width, height } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      const isEdge = (x: number, y: number) => {
        const i = (y * width + x) * 4;
        return Math.abs(data[i]! - edge[0]) + Math.abs(data[i + 1]! - edge[1]) + Math.abs(data[i + 2]! - edge[2]) < 30;
      };
      // The row with the most edge colour is the relation's line (the label may interrupt it).
      let best = { y: 0, start: 0, end: 0, count: 0 };
      for (let y = 0; y < height; y++) {
        let count = 0;
        let start = -1;
        let end = -1;
        for (let x = 0; x < width; x++)
          if (isEdge(x, y)) {
            count++;
            if (start < 0) start = x;
            end = x + 1;
          }
        if (count > best.count) best = { y, start, end, count };
      }
      const thickness = (x: number) => {
        let n = 0;
        for (let y = Math.max(0, best.y - 30); y < Math.min(height, best.y + 30); y++) if (isEdge(x, y)) n++;
        return n;
      };
      const span = best.end - best.start;
      const columns = Array.from({ length: span }, (_, i) => thickness(best.start + i));
      const ends = Math.round(span * 0.1);
      return {
        span,
        startHead: Math.max(...columns.slice(0, ends)),
        endHead: Math.max(...columns.slice(span - ends)),
        // A quarter of the way along: the bare line, clear of heads and the label in the middle.
        middle: Math.max(...columns.slice(Math.round(span * 0.2), Math.round(span * 0.3))),
      };
    },
    { base64: png.toString('base64'), edge: [0x1f, 0x6f, 0x8b] as [number, number, number] },
  );
  console.log(`exported ↔: line ${profile.span} px long, head heights ${profile.startHead} and ${profile.endHead} px, line ${profile.middle} px`);
  expect(profile.span).toBeGreaterThan(800);
  expect(profile.middle, 'the line itself').toBeGreaterThan(0);
  expect(profile.startHead, 'head at the source').toBeGreaterThanOrEqual(3 * profile.middle);
  expect(profile.endHead, 'head at the target').toBeGreaterThanOrEqual(3 * profile.middle);
});

test('a trainee exports JSON and importing it gives an equal map', async ({ page }) => {
  await importAndOpenFixture(page);
  const downloadPromise = page.waitForEvent('download');
  await exportFromMenu(page, 'json');
  const exported = readFileSync((await (await downloadPromise).path())!, 'utf8');
  const file = JSON.parse(exported);
  expect(file).toMatchObject({ format: 'verkostokartta', version: 1 });

  await page.getByRole('link', { name: /Karttani/ }).click();
  await importFiles(page, [{ name: 'export.json', text: exported }]);
  // The map is already in the library: the app asks, and the copy is asked for.
  await page.getByTestId('duplicate-import-dialog').getByRole('button', { name: 'Tuo kopiona' }).click();
  await expect(page.getByTestId('library-row')).toHaveCount(2);
  const stored = (await dumpDatabase(page)) as { id: string; doc: Record<string, unknown> }[];
  const [original, copy] = [stored.find((r) => r.id === file.map.id)!, stored.find((r) => r.id !== file.map.id)!];
  // Same map in every field; only the id is new (an import never overwrites) and the title says it is a copy.
  expect({ ...copy.doc, id: 'x', title: 'x' }).toEqual({ ...original.doc, id: 'x', title: 'x' });
  expect(copy.doc).toEqual({ ...file.map, id: copy.id, title: `${file.map.title} (kopio)` });
});

test('importing bad files shows which file and what is wrong, and changes nothing stored', async ({ page }) => {
  await importAndOpenFixture(page);
  await page.getByRole('link', { name: /Karttani/ }).click();
  await expect(page.getByTestId('library-row')).toHaveCount(1);
  const before = await dumpDatabase(page);

  const dangling = JSON.parse(fixture);
  dangling.map.relations[0].target = 'ei-ole';
  await importFiles(page, [
    { name: 'rikki.json', text: fixture.slice(0, 200) },
    { name: 'roikkuva.json', text: JSON.stringify(dangling) },
    { name: 'tuleva.json', text: JSON.stringify({ ...JSON.parse(fixture), version: 7 }) },
  ]);
  const errors = page.getByTestId('import-errors');
  await expect(errors).toContainText('rikki.json: tiedosto ei ole kelvollista JSONia');
  await expect(errors).toContainText('roikkuva.json: kohdassa map.relations[0].target: suhde viittaa toimijaan ”ei-ole”');
  await expect(errors).toContainText('tuleva.json: tiedosto on tehty uudemmalla sovelluksen versiolla (versio 7)');
  await page.screenshot({ path: 'screenshots/import-errors-fi.png' });
  expect(await dumpDatabase(page)).toEqual(before);
  await expect(page.getByTestId('library-row')).toHaveCount(1);
});

test('every file of the bad-input corpus is refused by the app with a message naming it', async ({ page }) => {
  await openApp(page);
  const small = badInputs.filter((input) => !input.huge).slice(0, 40);
  await importFiles(
    page,
    small.map((input, i) => ({ name: `bad-${i}.json`, text: input.text })),
  );
  const errors = page.getByTestId('import-errors').getByRole('listitem');
  await expect(errors).toHaveCount(small.length);
  await expect(errors.first()).toContainText('bad-0.json:');
  expect(await dumpDatabase(page)).toEqual([]);
});

test('labels with markup are shown as text and never run: canvas, inspector, library table and PNG export, under a strict CSP', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => message.text().includes('Content Security Policy') && violations.push(message.text()));
  await openApp(page);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("object-src 'none'");
  const file = JSON.parse(fixture);
  file.map.title = '<b onmouseover="window.__pwned=3">Otsikko</b>';
  file.map.actors[1].name = '<img src=x onerror="window.__pwned=1">';
  file.map.relations[0].topics = ['<script>window.__pwned=2</script>'];
  await importFiles(page, [{ name: 'markup.json', text: JSON.stringify(file) }]);
  await expect(page.getByTestId('library-row')).toContainText('<b onmouseover="window.__pwned=3">Otsikko</b>');
  await page.getByTestId('library-row').getByRole('link').click();
  await expect(actorNode(page, '<img src=x onerror="window.__pwned=1">')).toBeVisible();
  await expect(relationLabel(page, '<script>window.__pwned=2</script>')).toBeVisible();
  await actorNode(page, '<img src=x onerror="window.__pwned=1">').locator('.actor-node__name').click();
  await expect(page.getByTestId('actor-inspector').getByRole('textbox', { name: 'Nimi' })).toHaveValue('<img src=x onerror="window.__pwned=1">');
  const downloadPromise = page.waitForEvent('download');
  await exportFromMenu(page, 'map2');
  await downloadPromise;
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator('.react-flow img, .library img')).toHaveCount(0);
  expect(violations).toEqual([]);
});

test('a huge valid map imports without freezing the page, and a 30 MB file is refused at once', async ({ page }) => {
  test.setTimeout(90_000);
  await openApp(page);
  const file = JSON.parse(fixture);
  const actors = Array.from({ length: 3000 }, (_, i) => ({ id: `big-${i}`, name: `Toimija ${i}`, type: 'organisation', services: [], note: 'x'.repeat(1500) }));
  file.map = {
    ...file.map,
    kind: 'regional',
    title: 'Iso kartta',
    actors,
    relations: actors
      .slice(1)
      .map((a, i) => ({ id: `rel-${i}`, source: 'big-0', target: a.id, direction: 'forward', topics: ['yhteistyö'], methods: ['email'] })),
  };
  const big = JSON.stringify(file);
  expect(big.length).toBeGreaterThan(4_000_000);
  // Watch the main thread: the longest gap between animation frames while the file is imported.
  await page.evaluate(() => {
    const w = window as unknown as { __maxGap: number; __last: number };
    w.__maxGap = 0;
    w.__last = performance.now();
    const tick = (now: number) => {
      w.__maxGap = Math.max(w.__maxGap, now - w.__last);
      w.__last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await importFiles(page, [{ name: 'iso.json', text: big }]);
  // Playwright itself blocks the page while it injects a file given as a buffer; measure from when the app has it.
  await page.evaluate(() => Object.assign(window, { __maxGap: 0, __last: performance.now() }));
  await expect(page.getByTestId('library-row').filter({ hasText: 'Iso kartta' })).toContainText('3000 toimijaa', { timeout: 60_000 });
  const maxGap = await page.evaluate(() => (window as unknown as { __maxGap: number }).__maxGap);
  console.log(`longest frame gap while importing a ${(big.length / 1e6).toFixed(1)} MB map: ${maxGap.toFixed(0)} ms`);
  expect(maxGap).toBeLessThan(1000);

  const before = await dumpDatabase(page);
  await importFiles(page, [{ name: 'valtava.json', text: Buffer.alloc(30 * 1024 * 1024, 0x20) }]);
  await expect(page.getByTestId('import-errors')).toContainText('valtava.json: tiedosto on liian suuri (enintään 20 Mt).');
  expect((await dumpDatabase(page)).length).toBe(before.length);
});

test('a facilitator zooms into a part of the map and saves a picture of just that view', async ({ page }) => {
  await importAndOpenFixture(page);
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Lähennä' }).click();
  await waitForStableView(page);
  const flowBox = (await page.locator('.map-canvas .react-flow').boundingBox())!;
  const view = await viewport(page);
  const me = (await page
    .locator('.react-flow__node')
    .filter({ has: page.locator('.actor-node--self') })
    .boundingBox())!;
  const downloadPromise = page.waitForEvent('download');
  await exportFromMenu(page, 'view');
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/näkymä\.png$/);
  await download.saveAs('screenshots/export-view.png');
  const png = readFileSync((await download.path())!);
  const image = await countColours(page, png, { edge: [0x1f, 0x6f, 0x8b], title: [0x1d, 0x2b, 0x36] });
  // The picture's map part is the part on screen, at map scale and the menu's 2× (the render layer draws it, as the
  // whole map): the title band above, the legend beside.
  const content = { width: (flowBox.width / view.zoom) * 2, height: (flowBox.height / view.zoom) * 2 };
  expect(image.width).toBeGreaterThan(content.width + 200);
  expect(Math.abs(image.height - content.height - 72 * 2)).toBeLessThanOrEqual(2);
  expect(image.counts.title).toBeGreaterThan(200);
  // "Me" is drawn where it is on screen: a spot inside its box near the top, mapped into the picture, has its fill.
  const spot = {
    x: Math.round(((me.x + me.width / 2 - flowBox.x) / view.zoom) * 2),
    y: Math.round(image.height - ((flowBox.y + flowBox.height - (me.y + me.height * 0.15)) / view.zoom) * 2),
  };
  const fill = await page.evaluate(
    async ({ base64, spot }) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
      const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const { data } = context.getImageData(spot.x - 4, spot.y - 4, 9, 9);
      let teal = 0;
      for (let i = 0; i < data.length; i += 4) if (Math.abs(data[i]! - 0x2a) + Math.abs(data[i + 1]! - 0x7f) + Math.abs(data[i + 2]! - 0x6f) < 40) teal++;
      return teal;
    },
    { base64: png.toString('base64'), spot },
  );
  expect(fill).toBeGreaterThan(60);
});
