/**
 * The format registry end to end: a whole-map PNG carries its map and restores it
 * in another browser, the same map imported twice asks, the SVG is a vector
 * picture of the map, and PNGs that carry no map (or are damaged) are refused by name.
 */
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { expect, test, type Page } from '@playwright/test';
import encode from 'png-chunks-encode';
import extract from 'png-chunks-extract';
import { exportFromMenu } from './support/exportMenu';
import { dumpDatabase, importFiles, openApp } from './support/trainee';

const fixture = readFileSync(new URL('../fixtures/v1-personal.json', import.meta.url), 'utf8');
const fixtureMap = JSON.parse(fixture).map as { id: string; title: string; actors: { name: string }[]; relations: unknown[] };

type Stored = { id: string; doc: Record<string, unknown> };

async function importAndOpenFixture(page: Page) {
  await openApp(page);
  await importFiles(page, [{ name: 'aino.json', text: fixture }]);
  await page.getByRole('link', { name: `Avaa kartta ${fixtureMap.title}` }).click();
  await expect(page.locator('.react-flow__edge').first()).toBeVisible();
}

const choosePng = (page: Page, name: string, buffer: Buffer) => page.getByTestId('import-input').setInputFiles([{ name, mimeType: 'image/png', buffer }]);

/** A valid 1×1 PNG with no map inside. */
function plainPng(): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(1, 0);
  ihdr.writeUInt32BE(1, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.from(
    encode([
      { name: 'IHDR', data: ihdr },
      { name: 'IDAT', data: deflateSync(Buffer.from([0, 255, 255, 255])) },
      { name: 'IEND', data: new Uint8Array(0) },
    ]),
  );
}

test('a whole-map PNG carries the map: imported in another browser it is the same map, and importing it again asks', async ({ page, browser }) => {
  await importAndOpenFixture(page);
  const downloadPromise = page.waitForEvent('download');
  await exportFromMenu(page, 'map2');
  const download = await downloadPromise;
  const png = readFileSync((await download.path())!);
  // The picture is an ordinary PNG with one iTXt chunk right after its header.
  expect(
    extract(png)
      .map((c) => c.name)
      .slice(0, 2),
  ).toEqual(['IHDR', 'iTXt']);
  const [original] = (await dumpDatabase(page)) as Stored[];

  // The facilitator's laptop: another browser context, an empty library.
  const laptop = await (await browser.newContext()).newPage();
  await openApp(laptop);
  // Dropped on the window together with a note that is no map file: only the picture is read.
  const transfer = await laptop.evaluateHandle(
    ([base64, name]) => {
      const data = new DataTransfer();
      data.items.add(new File([Uint8Array.from(atob(base64!), (c) => c.charCodeAt(0))], name!, { type: 'image/png' }));
      data.items.add(new File(['muistiinpanoja'], 'muistio.txt', { type: 'text/plain' }));
      return data;
    },
    [png.toString('base64'), download.suggestedFilename()],
  );
  await laptop.dispatchEvent('body', 'dragover', { dataTransfer: transfer });
  await laptop.dispatchEvent('body', 'drop', { dataTransfer: transfer });
  await expect(laptop.getByRole('status').filter({ hasText: 'Tuotiin 1 kartta.' })).toBeVisible();
  await expect(laptop.getByTestId('import-errors')).toHaveCount(0);
  await expect(laptop.getByText('Voit myös pudottaa karttatiedostoja ikkunaan (.json, .xlsx, .zip, .graphml, .png).')).toBeVisible();
  const [restored] = (await dumpDatabase(laptop)) as Stored[];
  expect(restored!.id).toBe(fixtureMap.id);
  expect(restored!.doc).toEqual(original!.doc);
  expect((restored!.doc.actors as unknown[]).length).toBe(fixtureMap.actors.length);
  expect((restored!.doc.relations as unknown[]).length).toBe(fixtureMap.relations.length);

  // The same picture again: a question, not a silent duplicate. Cancel adds nothing.
  const dialog = laptop.getByTestId('duplicate-import-dialog');
  await choosePng(laptop, 'kartta.png', png);
  await expect(dialog.getByRole('heading', { name: 'Kartta on jo kirjastossa' })).toBeVisible();
  await expect(dialog).toContainText(`Kartta ”${fixtureMap.title}” on jo kirjastossasi.`);
  await expect(dialog.getByRole('button', { name: 'Peruuta' })).toBeFocused();
  await laptop.screenshot({ path: 'screenshots/duplicate-import-fi.png' });
  await dialog.getByRole('button', { name: 'Peruuta' }).click();
  await expect(dialog).toBeHidden();
  expect(await dumpDatabase(laptop)).toHaveLength(1);

  // In Swedish, the copy: a second map, same content under a new id and a "(kopia)" title.
  await laptop.getByRole('combobox', { name: 'Kieli' }).selectOption('sv');
  await choosePng(laptop, 'kartta.png', png);
  await expect(dialog.getByRole('heading', { name: 'Kartan finns redan i biblioteket' })).toBeVisible();
  await laptop.screenshot({ path: 'screenshots/duplicate-import-sv.png' });
  await dialog.getByRole('button', { name: 'Importera som kopia' }).click();
  await expect(laptop.getByTestId('library-row')).toHaveCount(2);
  const copy = ((await dumpDatabase(laptop)) as Stored[]).find((r) => r.id !== fixtureMap.id)!;
  expect({ ...copy.doc, id: 'x', title: 'x' }).toEqual({ ...original!.doc, id: 'x', title: 'x' });
  expect(copy.doc.title).toBe(`${fixtureMap.title} (kopia)`);

  // In English, open the one there: the editor opens the stored map.
  await laptop.getByRole('combobox', { name: 'Språk' }).selectOption('en');
  await choosePng(laptop, 'kartta.png', png);
  await expect(dialog.getByRole('heading', { name: 'The map is already in the library' })).toBeVisible();
  await laptop.screenshot({ path: 'screenshots/duplicate-import-en.png' });
  await dialog.getByRole('button', { name: 'Open the one there' }).click();
  await expect(laptop).toHaveURL(new RegExp(`#/map/${fixtureMap.id}$`));
  await expect(laptop.locator('.react-flow__node', { hasText: 'Etsivä nuorisotyö' })).toBeVisible();
  expect(await dumpDatabase(laptop)).toHaveLength(2);
});

test('the SVG export is a valid vector picture of the whole map, with every actor named', async ({ page }) => {
  await importAndOpenFixture(page);
  const downloadPromise = page.waitForEvent('download');
  await exportFromMenu(page, 'svg');
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe(`${fixtureMap.title}.svg`);
  const svg = readFileSync((await download.path())!, 'utf8');
  expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.localName,
      width: Number(doc.documentElement.getAttribute('width')),
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      paths: doc.querySelectorAll('path, line').length,
    };
  }, svg);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('svg');
  expect(parsed.width).toBeGreaterThan(500);
  expect(parsed.paths, 'relations drawn as vector lines').toBeGreaterThan(fixtureMap.relations.length);
  // A long name may wrap onto two lines (two text elements): compare without the breaks.
  const allText = parsed.texts.join('').replace(/\s+/g, '');
  for (const actor of fixtureMap.actors) expect(allText).toContain(actor.name.replace(/\s+/g, ''));
  await expect(page.getByTestId('export-message')).toHaveCount(0);
  // Look at it as a browser draws the file on its own.
  const viewer = await page.context().newPage();
  await viewer.setContent(`<img alt="" style="width:100%" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}">`);
  await expect(viewer.locator('img')).toHaveJSProperty('complete', true);
  expect(await viewer.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(parsed.width);
  await viewer.screenshot({ path: 'screenshots/export-map-svg.png', fullPage: true });
});

test('a PNG without a map and a damaged PNG are refused by name, and nothing is stored', async ({ page }) => {
  await importAndOpenFixture(page);
  const downloadPromise = page.waitForEvent('download');
  await exportFromMenu(page, 'map1');
  const exported = readFileSync((await (await downloadPromise).path())!);
  await page.getByRole('link', { name: /Karttani/ }).click();
  await expect(page.getByTestId('library-row')).toHaveCount(1);
  const before = await dumpDatabase(page);

  const damaged = Buffer.from(exported);
  damaged[60] = damaged[60]! ^ 0xff; // inside the iTXt chunk: its CRC no longer matches
  await page.getByTestId('import-input').setInputFiles([
    { name: 'valokuva.png', mimeType: 'image/png', buffer: plainPng() },
    { name: 'rikkinäinen.png', mimeType: 'image/png', buffer: damaged },
    { name: 'katkennut.png', mimeType: 'image/png', buffer: exported.subarray(0, exported.length / 2) },
  ]);
  const errors = page.getByTestId('import-errors');
  await expect(errors).toContainText('valokuva.png: kuvassa ei ole mukana karttaa.');
  await expect(errors).toContainText('rikkinäinen.png: PNG-kuva on vioittunut tai katkennut');
  await expect(errors).toContainText('katkennut.png: PNG-kuva on vioittunut tai katkennut');
  await expect(page.getByTestId('duplicate-import-dialog')).toHaveCount(0);
  await page.screenshot({ path: 'screenshots/png-import-errors-fi.png' });
  expect(await dumpDatabase(page)).toEqual(before);

  await page.getByRole('combobox', { name: 'Kieli' }).selectOption('en');
  await expect(errors).toContainText('valokuva.png: the picture does not carry a map.');
});

for (const [item, extension] of [
  ['kumuXlsx', '.xlsx'],
  ['kumuCsv', '.zip'],
  ['graphml', '.graphml'],
] as const) {
  test(`a map exported in another tool's format (${extension}) comes back in another browser with the same actors and relations`, async ({ page, browser }) => {
    await importAndOpenFixture(page);
    const downloadPromise = page.waitForEvent('download');
    await exportFromMenu(page, item);
    const download = await downloadPromise;
    expect(download.suggestedFilename().endsWith(extension)).toBe(true);
    const bytes = readFileSync((await download.path())!);

    const laptop = await (await browser.newContext()).newPage();
    await openApp(laptop);
    await laptop.getByTestId('import-input').setInputFiles([{ name: `kartta${extension}`, mimeType: 'application/octet-stream', buffer: bytes }]);
    await expect(laptop.getByRole('status').filter({ hasText: 'Tuotiin 1 kartta.' })).toBeVisible();
    const [restored] = (await dumpDatabase(laptop)) as Stored[];
    const names = (restored!.doc.actors as { name: string }[]).map((a) => a.name).sort();
    expect(names).toEqual(fixtureMap.actors.map((a) => a.name).sort());
    expect((restored!.doc.relations as unknown[]).length).toBe(fixtureMap.relations.length);
    await laptop.context().close();
  });
}

test('a Kumu sheet edited by hand with a connection to no actor is refused, naming the file, sheet, row and column', async ({ page }) => {
  await openApp(page);
  const zip = zipSync({
    'elements.csv': strToU8('Label,Type\r\nKela Kajaani,Organization\r\nOhjaamo,Organization\r\n'),
    'connections.csv': strToU8('From,To,Direction\r\nOhjaamo,Kela Kajaani,mutual\r\nOhjaamo,Kelaa,directed\r\n'),
  });
  await page.getByTestId('import-input').setInputFiles([{ name: 'ryhma3.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) }]);
  const errors = page.getByTestId('import-errors');
  await expect(errors).toContainText('ryhma3.zip');
  await expect(errors).toContainText('rivi 3');
  await expect(errors).toContainText('sarake To');
  await expect(errors).toContainText('"Kelaa"');
  expect(await dumpDatabase(page)).toEqual([]);
  await page.screenshot({ path: 'screenshots/kumu-import-error-fi.png' });
});
