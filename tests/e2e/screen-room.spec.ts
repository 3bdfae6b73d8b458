/**
 * Room on screen (issue 8, defect 10 and the review after it): the map's title is
 * readable in the toolbar, exports sit in one menu, the toolbar is tidy on a
 * tablet, the side panel and the zoom controls leave the map to the map on touch
 * screens, and the import notice covers no row of the library. Everything is
 * measured as drawn in Chromium; screenshots go to screenshots/room-*.png.
 */
import { expect, test, type Page } from '@playwright/test';
import en from '../../src/i18n/locales/en';
import fi from '../../src/i18n/locales/fi';
import sv from '../../src/i18n/locales/sv';
import { waitForStableView } from './support/canvas';
import { type Box, overlap } from './support/drawn';
import { EXPORT, exportButton } from './support/exportMenu';
import { aino } from './support/trainingMaps';
import { importFiles, openApp } from './support/trainee';

const LANGS = { fi, sv, en } as const;
type Lang = keyof typeof LANGS;
const TITLE = 'Ainon verkostokartta 2026';

/** Aino's map under another title (and id), imported and opened at its default view. */
async function openAino(page: Page, title = TITLE) {
  const file = JSON.parse(aino);
  file.map.title = title;
  await openApp(page);
  await importFiles(page, [{ name: 'aino.json', text: JSON.stringify(file) }]);
  await page.getByRole('link', { name: new RegExp(title) }).click();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await waitForStableView(page);
}

async function switchLanguage(page: Page, lang: Lang) {
  await page.locator('.language-switcher select').first().selectOption(lang);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

const box = async (page: Page, selector: string): Promise<Box> => (await page.locator(selector).first().boundingBox())!;

test.describe('on a laptop (1366 × 768)', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('the whole map title shows in the toolbar in Finnish, Swedish and English', async ({ page }) => {
    await openAino(page);
    for (const lang of Object.keys(LANGS) as Lang[]) {
      await switchLanguage(page, lang);
      const title = page.getByRole('textbox', { name: LANGS[lang].toolbar.mapTitle });
      await expect(title).toHaveValue(TITLE);
      const fit = await title.evaluate((input: HTMLInputElement) => ({ scroll: input.scrollWidth, client: input.clientWidth }));
      console.log(`title at 1366 in ${lang}: ${fit.client} px wide for ${fit.scroll} px of text`);
      expect(fit.scroll, `the title is cut off in ${lang}`).toBeLessThanOrEqual(fit.client);
      // One row of tools: the toolbar is no higher than a button and its padding.
      expect((await box(page, '.toolbar')).height, `the toolbar wraps in ${lang}`).toBeLessThan(60);
      await page.screenshot({ path: `screenshots/room-laptop-${lang}.png` });
    }
  });

  test('exports are one menu button that works with the keyboard', async ({ page }) => {
    await openAino(page);
    const button = exportButton(page);
    await expect(button).toHaveAttribute('aria-haspopup', 'menu');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('combobox', { name: 'Kuvan tarkkuus' })).toHaveCount(0);

    // Enter opens on the first item; arrows move and wrap; Escape closes and gives focus back.
    await button.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu', { name: 'Vie' });
    await expect(menu).toBeVisible();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('menuitem')).toHaveText(Object.values(EXPORT));
    await expect(page.getByRole('menuitem', { name: EXPORT.map1 })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menuitem', { name: EXPORT.map2 })).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(page.getByRole('menuitem', { name: EXPORT.print })).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(page.getByRole('menuitem', { name: EXPORT.share })).toBeFocused();
    await page.keyboard.press('ArrowUp');
    // Above Share: the last file format of the registry.
    await expect(page.getByRole('menuitem', { name: EXPORT.svg })).toBeFocused();
    await page.screenshot({ path: 'screenshots/room-export-menu.png' });
    await page.keyboard.press('Escape');
    await expect(menu).toHaveCount(0);
    await expect(button).toBeFocused();

    // ArrowDown opens too; Space on an item exports (here the SVG file).
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menuitem', { name: EXPORT.map1 })).toBeFocused();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    const svg = page.waitForEvent('download');
    await page.keyboard.press('Space');
    expect((await svg).suggestedFilename()).toBe(`${TITLE}.svg`);
    await expect(menu).toHaveCount(0);
    await expect(button).toBeFocused();

    // A click elsewhere closes it without exporting.
    await button.click();
    await expect(menu).toBeVisible();
    await page.getByTestId('save-indicator').click();
    await expect(menu).toHaveCount(0);

    // The 3× picture: its file, and the message the export gives.
    const png = page.waitForEvent('download');
    await button.click();
    await page.getByRole('menuitem', { name: EXPORT.map3 }).click();
    expect((await png).suggestedFilename()).toBe(`${TITLE}.png`);
    await expect(page.getByTestId('export-message')).toContainText(`${TITLE}.png`);
  });

  test('the import notice covers no row of the library, and each row keeps its actions on one line', async ({ page }) => {
    await openApp(page);
    const files = Array.from({ length: 14 }, (_, i) => {
      const file = JSON.parse(aino);
      file.map.id = `aino-${i}`;
      file.map.title = `Ainon kartta ${i + 1}`;
      return { name: `aino-${i}.json`, text: JSON.stringify(file) };
    });
    await importFiles(page, files);
    await expect(page.getByTestId('library-row')).toHaveCount(14);
    const notice = page.getByTestId('notices');
    await expect(notice).toBeVisible();
    await page.screenshot({ path: 'screenshots/room-library-notice.png' });
    const noticeBox = (await notice.boundingBox())!;
    const library = await box(page, '.library');
    // What of each row the library's scrolling box shows must stay clear of the notice.
    const rows = await page.getByTestId('library-row').evaluateAll((all) => all.map((r) => r.getBoundingClientRect().toJSON() as Box));
    const shown = rows.map((r) => ({ ...r, height: Math.max(0, Math.min(r.y + r.height, library.y + library.height) - Math.max(r.y, library.y)) }));
    expect(shown.filter((r) => r.height > 0).length, 'rows in view').toBeGreaterThan(3);
    for (const row of shown) if (row.height > 0) expect(overlap(row, noticeBox), `a row at y ${row.y} under the notice`).toBeLessThan(1);
    // Scrolled to the end, the last row is above the notice too.
    await page.locator('.library').evaluate((e) => e.scrollTo(0, e.scrollHeight));
    const last = (await page.getByTestId('library-row').last().boundingBox())!;
    expect(last.y + last.height).toBeLessThanOrEqual(noticeBox.y);

    for (const lang of Object.keys(LANGS) as Lang[]) {
      await switchLanguage(page, lang);
      const heights = await page.locator('.row-actions').evaluateAll((all) => all.map((g) => g.getBoundingClientRect().height));
      const button = (await page.locator('.row-actions button').first().boundingBox())!;
      expect(Math.max(...heights), `row actions wrap in ${lang}`).toBeLessThan(button.height * 1.5);
    }
  });
});

/** The zoom controls cover no actor at the default view. */
async function expectControlsClearOfNodes(page: Page, where: string) {
  const controls = await box(page, '.react-flow__controls');
  const nodes = await page
    .locator('.react-flow__node')
    .evaluateAll((all) => all.map((n) => ({ name: n.textContent, box: n.getBoundingClientRect().toJSON() as Box })));
  for (const node of nodes) expect.soft(overlap(controls, node.box), `${where}: the zoom controls cover ${node.name}`).toBeLessThan(1);
  const buttons = await page.locator('.react-flow__controls-button').evaluateAll((all) => all.map((b) => b.getBoundingClientRect().toJSON() as Box));
  for (const b of buttons) expect.soft(Math.min(b.width, b.height), `${where}: zoom button size`).toBeGreaterThanOrEqual(44);
}

test.describe('on a tablet (1024 × 768, touch)', () => {
  test.use({ viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: true });

  test('the toolbar is two intended rows, and the zoom controls cover no actor', async ({ page }) => {
    await openAino(page);
    for (const lang of Object.keys(LANGS) as Lang[]) {
      await switchLanguage(page, lang);
      await page.screenshot({ path: `screenshots/room-tablet-${lang}.png` });
      const toolbar = await box(page, '.toolbar');
      const title = await box(page, '.toolbar__title');
      const language = await box(page, '.toolbar .language-switcher');
      const tools = await page
        .locator('.toolbar > .toolbar__group, .toolbar > .export-menu')
        .evaluateAll((all) => all.map((g) => g.getBoundingClientRect().toJSON() as Box));
      // First row: title and language, the language at the right end; second row: every tool group.
      expect(Math.abs(language.y + language.height / 2 - (title.y + title.height / 2)), `${lang}: language beside the title`).toBeLessThan(8);
      expect(toolbar.x + toolbar.width - (language.x + language.width), `${lang}: language at the right end`).toBeLessThan(16);
      for (const group of tools) expect(Math.abs(group.y - tools[0]!.y), `${lang}: tools on one row`).toBeLessThan(4);
      expect(tools[0]!.y, `${lang}: tools below the title`).toBeGreaterThanOrEqual(title.y + title.height - 1);
      const fit = await page.locator('.toolbar__title input').evaluate((input: HTMLInputElement) => input.scrollWidth - input.clientWidth);
      expect(fit, `${lang}: title cut off`).toBeLessThanOrEqual(0);
    }
    await expectControlsClearOfNodes(page, 'tablet');
  });
});

/** Two rows of 40 px tabs and their borders (it was one row, 60 px, with four tabs). */
const FOLDED_PANEL_MAX = 90;

test.describe('on a phone (390 × 844, touch)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the side panel folds to its tabs until something is selected or a tab is tapped, and the zoom controls cover no actor', async ({ page }) => {
    await openAino(page);
    const panel = page.locator('.side-panel');
    const height = async () => (await panel.boundingBox())!.height;
    await page.screenshot({ path: 'screenshots/room-phone-folded.png' });
    // Folded to its tabs: six tabs in two rows of touch-sized buttons (every tab visible, none scrolled away), no body.
    expect(await height(), 'panel with nothing selected').toBeLessThanOrEqual(FOLDED_PANEL_MAX);
    await expectControlsClearOfNodes(page, 'phone');

    // Selecting an actor opens its details.
    await page.locator('.react-flow__node', { hasText: 'Aino Virtanen' }).locator('.actor-node__name').tap();
    await expect(page.getByTestId('actor-inspector')).toBeVisible();
    expect(await height()).toBeGreaterThan(200);
    await page.screenshot({ path: 'screenshots/room-phone-selected.png' });

    // Nothing selected again: folded; a tapped tab opens it.
    await page.keyboard.press('Escape');
    await page.locator('.react-flow__pane').tap({ position: { x: 10, y: 10 } });
    await expect.poll(height).toBeLessThanOrEqual(FOLDED_PANEL_MAX);
    await page.getByRole('tab', { name: fi.panel.questions }).tap();
    await expect(page.getByTestId('question')).toHaveCount(2);
    expect(await height()).toBeGreaterThan(200);
    await page.getByRole('tab', { name: fi.panel.inspector }).tap();
    await expect(page.getByRole('tabpanel')).toBeVisible();
    expect(await height()).toBeGreaterThan(200);
  });
});
