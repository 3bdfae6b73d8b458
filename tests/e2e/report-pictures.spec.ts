/**
 * Pictures for the training report: the whole map and the current view as PNG
 * with title, region, date, legend and the lens in words, and printed pages,
 * one per saved view. The saved views are written into the map file (the
 * views panel is built elsewhere), which is also how a facilitator's views
 * arrive from a colleague.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { viewport } from './support/canvas';
import { EXPORT } from './support/exportMenu';
import { kainuuRow } from './support/layoutMaps';
import { importFiles, openApp } from './support/trainee';

const file = JSON.parse(kainuuRow);
file.map.id = 'kainuu-report';
file.map.title = 'Kainuun nuorten palveluverkosto';
file.map.author = 'Fasilitaattori Aino';
file.map.region = 'Kainuu';
const service = (name: string, areas: string[]) => ({ name, tno: ['guidance'], areas });
const withServices: Record<string, ReturnType<typeof service>[]> = {
  b: [service('Työnhaku', ['employment'])],
  c: [service('Ohjaus', ['employment', 'education'])],
  e: [service('Arjen tuki', ['everyday'])],
};
for (const actor of file.map.actors) actor.services = withServices[actor.id] ?? [];
file.map.views = [
  { id: 'v1', name: 'Kaksisuuntaiset työllisyydessä', filters: { directions: ['mutual'], areas: ['employment'] } },
  {
    id: 'v2',
    name: 'Kelan verkosto',
    focus: { actor: 'd', depth: 2 },
    query: 'asumisneuvonta',
    frame: { x: -120, y: 180, width: 960, height: 320 },
  },
];
const MAP = JSON.stringify(file);
const DATE = { fi: '1. marraskuuta 2026', sv: '1 november 2026', en: 'November 1, 2026' };

async function openReportMap(page: Page) {
  await openApp(page);
  await importFiles(page, [{ name: 'kainuu.json', text: MAP }]);
  await page.getByRole('link', { name: `Avaa kartta ${file.map.title}` }).click();
  await expect(page.locator('.react-flow__edge').first()).toBeVisible();
  // Printing is stubbed: the test reads the pages the app builds for the dialog.
  await page.evaluate(() => {
    window.print = () => Object.assign(window, { __printed: ((window as unknown as { __printed?: number }).__printed ?? 0) + 1 });
  });
}

/** The export menu's button in any language. */
const menuButton = (page: Page) => page.locator('.export-menu > button');

async function chooseExport(page: Page, name: string) {
  await menuButton(page).click();
  await page.getByRole('menuitem', { name, exact: true }).click();
}

async function download(page: Page, menuItem: string, saveAs: string) {
  const pending = page.waitForEvent('download');
  await chooseExport(page, menuItem);
  const file = await pending;
  await file.saveAs(saveAs);
  return readFileSync((await file.path())!);
}

/** PNG width and height from its IHDR chunk. */
function pngSize(png: Buffer) {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Picture texts of a printed page, by part. */
async function pageTexts(page: Page, index: number) {
  return page
    .locator('.print-page')
    .nth(index)
    .evaluate((section) => {
      const texts = (selector: string) => [...section.querySelectorAll(`${selector} text`)].map((t) => t.textContent ?? '');
      return {
        heading: section.querySelector('h1')?.textContent ?? null,
        header: texts('[data-header]'),
        legend: texts('[data-legend]'),
        notes: texts('[data-notes]').join(' '),
        all: texts(''),
        viewBox: section.querySelector('svg')!.getAttribute('viewBox')!,
      };
    });
}

test('a facilitator saves the whole map at 2× with title, region, date and legend, the same picture Print puts on paper', async ({ page }) => {
  await openReportMap(page);
  const png = await download(page, EXPORT.map2, 'screenshots/report-map-2x.png');
  // The browser's own Print (Ctrl+P) builds the same picture of the map as the user sees it.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(page.locator('.print-page')).toHaveCount(1);
  const printed = await pageTexts(page, 0);
  const [, , width, height] = printed.viewBox.split(' ').map(Number);
  expect(pngSize(png)).toEqual({ width: Math.round(width! * 2), height: Math.round(height! * 2) });
  expect(printed.header).toEqual([file.map.title, `Fasilitaattori Aino · Kainuu · ${DATE.fi}`]);
  expect(printed.legend).toEqual(expect.arrayContaining(['Selite', 'Organisaatio', 'A → B', 'A ↔ B', 'A ← B', 'Sisältöalueet', 'työllistyminen']));
  // No lens, so nothing to say under the legend.
  expect(printed.notes).toBe('');
  await expect(page.getByTestId('export-message')).toContainText('Kuva tallennettu');
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(page.locator('.print-page')).toHaveCount(0);
});

test('a facilitator saves the current view at 1× and 3×: it grows with the scale and carries the header and legend', async ({ page }) => {
  await openReportMap(page);
  const canvas = (await page.locator('.map-canvas .react-flow').boundingBox())!;
  const { zoom } = await viewport(page);
  const one = pngSize(await download(page, EXPORT.view1, 'screenshots/report-view-1x.png'));
  // The message under the toolbar takes room from the canvas; dismissed, the view is the same size again.
  await page.getByTestId('export-message').getByRole('button').click();
  const three = pngSize(await download(page, EXPORT.view3, 'screenshots/report-view-3x.png'));
  // The part of the map on screen at map scale: wider than it by the legend column, taller by the header.
  expect(one.width).toBeGreaterThan(canvas.width / zoom + 200);
  expect(Math.abs(one.height - (canvas.height / zoom + 72))).toBeLessThanOrEqual(1);
  expect(Math.abs(three.width - one.width * 3)).toBeLessThanOrEqual(3);
  expect(Math.abs(three.height - one.height * 3)).toBeLessThanOrEqual(3);
  // The header's title is drawn in ink on the white band above the view, the legend beside it.
  const ink = await page.evaluate(async (base64) => {
    const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
    const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const dark = (x: number, y: number, w: number, h: number) => {
      const { data } = context.getImageData(x, y, w, h);
      let count = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 90 && data[i + 1]! < 90 && data[i + 2]! < 90) count++;
      return count;
    };
    return { header: dark(0, 0, bitmap.width / 2, 72), column: dark(bitmap.width - 200, 72, 200, 300) };
  }, readFileSync('screenshots/report-view-1x.png').toString('base64'));
  expect(ink.header).toBeGreaterThan(150);
  expect(ink.column).toBeGreaterThan(150);
});

for (const language of ['fi', 'sv', 'en'] as const) {
  test(`a facilitator prints one clean page per saved view, with its filters in words (${language})`, async ({ page }) => {
    await openReportMap(page);
    if (language !== 'fi') await page.getByRole('combobox', { name: 'Kieli' }).selectOption(language);
    const print = { fi: 'Tulosta näkymät', sv: 'Skriv ut vyer', en: 'Print views' }[language];
    // Keyboard only: open the menu with ArrowDown, go to the last item with End, choose it with Enter.
    await menuButton(page).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    await expect(page.getByRole('menuitem', { name: print })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => (window as unknown as { __printed?: number }).__printed)).toBe(1);
    await expect(page.locator('.print-page')).toHaveCount(2);

    const first = await pageTexts(page, 0);
    expect(first.heading).toBe('Kaksisuuntaiset työllisyydessä');
    expect(first.header[1]).toContain(DATE[language]);
    // Only what the filters keep: the two employment actors and their mutual relation.
    expect(first.all).toEqual(expect.arrayContaining(['Työllisyyspalvelut', 'Ohjaamo Kajaani']));
    expect(first.all).not.toContain('Kela');
    const filters = {
      fi: 'Suodattimet: Sisältöalue: työllistyminen · Suunta: molemmat suunnat (↔)',
      sv: 'Filter:',
      en: 'Filters: Content area: employment · Direction: both ways (↔)',
    }[language];
    expect(first.notes).toContain(filters);
    const second = await pageTexts(page, 1);
    expect(second.heading).toBe('Kelan verkosto');
    expect(second.notes).toContain({ fi: 'Kohdistus: Kela, 2 askelta', sv: 'Fokus: Kela, 2 steg', en: 'Focus: Kela, 2 steps' }[language]);
    expect(second.notes).toContain({ fi: 'Haku: asumisneuvonta', sv: 'Sökning: asumisneuvonta', en: 'Search: asumisneuvonta' }[language]);

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.toolbar')).toBeHidden();
    await expect(page.locator('.side-panel')).toBeHidden();
    await expect(page.locator('#root')).toBeHidden();
    await expect(page.locator('.print-page').first()).toBeVisible();
    const breaks = await page.locator('.print-page').evaluateAll((pages) => pages.map((p) => getComputedStyle(p).breakAfter));
    expect(breaks).toEqual(['page', 'auto']);
    // The picture fills the page's width and stays within its height.
    const box = (await page.locator('.print-page__picture').first().boundingBox())!;
    expect(box.width).toBeGreaterThan(800);
    await page.screenshot({ path: `screenshots/report-print-${language}.png`, fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    await expect(page.locator('.toolbar')).toBeVisible();
    if (language !== 'fi') {
      await download(
        page,
        { sv: 'Hela kartan PNG 2× (rekommenderas)', en: 'Whole map PNG 2× (recommended)' }[language],
        `screenshots/report-map-${language}.png`,
      );
    }
  });
}

test('the filters a facilitator sets in the Filter tab go into the exported PNG: only what they keep, with the filters in words', async ({ page }) => {
  await openReportMap(page);
  await page.getByRole('tab', { name: 'Suodata' }).click();
  await page.getByTestId('lens-panel').getByRole('group', { name: 'Sisältöalue' }).getByRole('button', { name: 'työllistyminen' }).click();
  await expect(page.getByTestId('lens-counts')).toContainText('2 / ');
  const png = await download(page, EXPORT.map2, 'screenshots/report-map-filtered-2x.png');
  // Print (Ctrl+P) draws the same picture of the map as seen: compare the PNG with it.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const printed = await pageTexts(page, 0);
  const [, , width, height] = printed.viewBox.split(' ').map(Number);
  expect(pngSize(png)).toEqual({ width: Math.round(width! * 2), height: Math.round(height! * 2) });
  expect(printed.notes).toContain('Suodattimet: Sisältöalue: työllistyminen');
  expect(printed.all).toEqual(expect.arrayContaining(['Työllisyyspalvelut', 'Ohjaamo Kajaani']));
  expect(printed.all).not.toContain('Kela');
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
});
