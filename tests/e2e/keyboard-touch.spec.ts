/**
 * Every action without a mouse, and by finger: travel between actors with the arrow keys, connect, rename, change
 * a direction, delete and undo from the keyboard; the `?` list of shortcuts in the current language; on a tablet and
 * a phone add, move and connect actors, pinch-zoom, pan with two fingers, and long-press an actor for its actions.
 * Measured on what is drawn: the focused element, boxes, the viewport's transform, scroll widths.
 */
import { expect, test, type CDPSession, type Page } from '@playwright/test';
import en from '../../src/i18n/locales/en';
import fi from '../../src/i18n/locales/fi';
import sv from '../../src/i18n/locales/sv';
import { mapJson, openImported, storedMap, viewport, waitForStableView } from './support/canvas';
import { actorNode, waitUntilSaved } from './support/trainee';

const LANGS = { fi, sv, en } as const;
type Lang = keyof typeof LANGS;

/** Three organisations: Kela with TYP to its right and Ohjaamo below it (a regional map keeps the given places). */
const triangle = mapJson({
  id: 'kolmio',
  title: 'Kolmio',
  kind: 'regional',
  actors: [
    { id: 'kela', name: 'Kela', type: 'organisation', position: { x: 0, y: 0 } },
    { id: 'typ', name: 'TYP Kainuu', type: 'organisation', position: { x: 420, y: 20 } },
    { id: 'ohj', name: 'Ohjaamo', type: 'organisation', position: { x: -10, y: 320 } },
  ],
});

/** The same three close together, so two of them fit a phone's screen at a zoom where a finger can draw a relation. */
const compact = mapJson({
  id: 'kolmio',
  title: 'Kolmio',
  kind: 'regional',
  actors: [
    { id: 'kela', name: 'Kela', type: 'organisation', position: { x: 0, y: 0 } },
    { id: 'typ', name: 'TYP Kainuu', type: 'organisation', position: { x: 210, y: 10 } },
    { id: 'ohj', name: 'Ohjaamo', type: 'organisation', position: { x: -10, y: 170 } },
  ],
});

const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-id') ?? document.activeElement?.id ?? null);
const selectedName = (page: Page) => page.getByTestId('actor-inspector').getByLabel('Nimi', { exact: true });

async function switchLanguage(page: Page, lang: Lang) {
  await page.locator('.language-switcher select').first().selectOption(lang);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

/** The page never scrolls sideways: nothing is wider than the screen. */
async function expectNoSidewaysScroll(page: Page, where: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${where}: sideways scroll`).toBeLessThanOrEqual(0);
}

test.describe('with the keyboard only', () => {
  test('arrows travel between actors without moving them, Enter selects, arrows then move, Alt+arrows travel and select', async ({ page }) => {
    await openImported(page, triangle);
    await node(page, 'kela').focus();
    const kelaBefore = (await node(page, 'kela').boundingBox())!;
    // Not selected: the arrow goes to the nearest actor that way, nothing moves.
    await page.keyboard.press('ArrowRight');
    expect(await focusedId(page)).toBe('typ');
    await page.keyboard.press('ArrowLeft');
    expect(await focusedId(page)).toBe('kela');
    await page.keyboard.press('ArrowDown');
    expect(await focusedId(page)).toBe('ohj');
    expect((await node(page, 'kela').boundingBox())!.x).toBeCloseTo(kelaBefore.x, 0);
    // The focus ring is drawn (dashed, unlike the solid ring of a selection).
    expect(
      await node(page, 'ohj')
        .locator('.actor-node')
        .evaluate((e) => getComputedStyle(e).outlineStyle),
    ).toBe('dashed');
    // Nothing that way: said in the status line, the focus stays.
    await page.keyboard.press('ArrowDown');
    await expect(page.getByTestId('map-status')).toHaveText(fi.keys.noneThatWay);
    expect(await focusedId(page)).toBe('ohj');

    // Enter selects; the arrows then move the selected actor (React Flow's own keys, kept).
    await page.keyboard.press('Enter');
    await expect(selectedName(page)).toHaveValue('Ohjaamo');
    const ohjBefore = (await node(page, 'ohj').boundingBox())!;
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await node(page, 'ohj').boundingBox())!.x).toBeGreaterThan(ohjBefore.x + 2);
    expect(await focusedId(page)).toBe('ohj');

    // Alt+arrow travels from a selected actor too, and selects where it lands.
    await page.keyboard.press('Alt+ArrowUp');
    expect(await focusedId(page)).toBe('kela');
    await expect(selectedName(page)).toHaveValue('Kela');
    await expect(page).toHaveURL(/#\/map\//);
  });

  test('C connects to an actor chosen from the list by arrows and Enter; D turns it, Delete removes it, Ctrl+Z brings it back', async ({ page }) => {
    await openImported(page, triangle);
    await node(page, 'kela').focus();
    await page.keyboard.press('Enter');
    await expect(selectedName(page)).toHaveValue('Kela');
    await page.keyboard.press('c');
    const list = page.getByTestId('add-relation');
    await expect(list).toBeFocused();
    // Stepping through the closed list draws nothing yet (it used to draw a relation to every actor passed).
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('.react-flow__edge')).toHaveCount(0);
    await page.keyboard.press('Enter');
    await expect(page.locator('.react-flow__edge')).toHaveCount(1);
    await expect(page.getByTestId('relation-inspector')).toBeVisible();
    // Next the relation is described: its topic field has the focus (as after drawing it with a pointer).
    await expect(page.getByRole('textbox', { name: 'Lisää aihe' })).toBeFocused();
    await waitUntilSaved(page);
    expect((await storedMap(page, 'kolmio')).relations).toHaveLength(1);
    // Tab reaches the relation on the map as well; D turns it.
    await page.locator('.react-flow__edge').first().focus();
    await page.keyboard.press('d');
    await expect(page.getByRole('radio', { name: 'Kela ← Ohjaamo' })).toBeChecked();
    await expect.poll(async () => (await storedMap(page, 'kolmio')).relations[0]!.direction).toBe('backward');
    await page.keyboard.press('Delete');
    await expect(page.locator('.react-flow__edge')).toHaveCount(0);
    await page.keyboard.press('Control+z');
    await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  });

  test('F2 edits the selected name on the map; Shift+F10 opens the actor’s actions, arrows move in them, Escape returns to the actor', async ({ page }) => {
    await openImported(page, triangle);
    await node(page, 'typ').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('F2');
    const field = page.getByRole('textbox', { name: /^Muokkaa nimeä/ });
    await expect(field).toBeFocused();
    await field.fill('TYP Kajaani');
    await field.press('Enter');
    await expect(actorNode(page, 'TYP Kajaani')).toBeVisible();

    await node(page, 'typ').focus();
    await page.keyboard.press('Shift+F10');
    const menu = page.getByRole('menu', { name: `${fi.keys.actions.replace('{{name}}', 'TYP Kajaani')}` });
    await expect(menu).toBeVisible();
    await expect(menu.getByRole('menuitem', { name: fi.keys.focusAction })).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(menu.getByRole('menuitem', { name: fi.keys.deleteAction })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    expect(await focusedId(page)).toBe('typ');
    // Delete from the menu, undone in one step.
    await page.keyboard.press('Shift+F10');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await expect(node(page, 'typ')).toHaveCount(0);
    await page.keyboard.press('Control+z');
    await expect(node(page, 'typ')).toHaveCount(1);
  });

  test('? lists the shortcuts of the editor and of presenting in the current language; Escape closes, focus returns', async ({ page }) => {
    await openImported(page, triangle);
    await page.locator('body').press('?');
    const dialog = page.getByTestId('shortcuts-dialog');
    await expect(dialog.getByRole('heading', { name: fi.keys.title })).toBeVisible();
    for (const key of ['N', 'G', 'O', 'D', 'F', 'P', 'C', 'F2', 'Delete', 'PageDown', 'PageUp', 'Home', 'End', 'Esc', '?', '+', '−'])
      await expect(dialog.locator('kbd', { hasText: new RegExp(`^${key.replace(/[?+]/, '\\$&')}$`) }).first(), key).toBeVisible();
    await expect(dialog.getByRole('table', { name: fi.keys.presenting })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    // From the toolbar's button, by keyboard, in English; focus comes back to the button.
    await switchLanguage(page, 'en');
    const button = page.getByRole('button', { name: en.keys.open });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(dialog.getByRole('heading', { name: en.keys.title })).toBeVisible();
    await expect(dialog.getByRole('cell', { name: en.keys.direction })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();

    // While presenting too, and its Escape closes the list, not the presentation.
    await page.locator('body').press('p');
    await expect(page.locator('.editor--presenting')).toBeVisible();
    await page.locator('body').press('?');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.locator('.editor--presenting')).toBeVisible();
  });
});

/** Touch by CDP: every finger a point; moves in steps so the gesture recognisers see a gesture. */
async function touch(client: CDPSession, from: { x: number; y: number }[], to: { x: number; y: number }[], steps = 10) {
  await client.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: from.map((p, id) => ({ ...p, id })) });
  for (let i = 1; i <= steps; i++)
    await client.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: from.map((p, id) => ({ id, x: p.x + ((to[id]!.x - p.x) * i) / steps, y: p.y + ((to[id]!.y - p.y) * i) / steps })),
    });
  await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/** The empty map point nearest to `near` with nothing but the map within `reach` px above and below it (where fingers go). */
async function emptyPoint(page: Page, near: { x: number; y: number }, reach: number) {
  return page.evaluate(
    ({ near, reach }) => {
      const empty = (x: number, y: number) => document.elementFromPoint(x, y)?.classList.contains('react-flow__pane') ?? false;
      const clear = (x: number, y: number) =>
        [-reach, -reach / 2, 0, reach / 2, reach].every((dy) => empty(x, y + dy) && empty(x + 12, y + dy) && empty(x - 12, y + dy));
      for (let r = 0; r < 400; r += 8)
        for (let a = 0; a < 16; a++) {
          const x = near.x + r * Math.cos((a * Math.PI) / 8);
          const y = near.y + r * Math.sin((a * Math.PI) / 8);
          if (clear(x, y)) return { x, y };
        }
      throw new Error('no empty place on the map');
    },
    { near, reach },
  );
}

const centre = (b: { x: number; y: number; width: number; height: number }) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

for (const device of [
  { name: 'tablet', viewport: { width: 1024, height: 768 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
] as const) {
  test.describe(`by touch on a ${device.name} (${device.viewport.width} × ${device.viewport.height})`, () => {
    test.use({ viewport: device.viewport, hasTouch: true, isMobile: true });

    test('add, move and connect actors with a finger; pinch zooms; two fingers pan', async ({ page }) => {
      await openImported(page, compact);
      const client = await page.context().newCDPSession(page);
      // Add: the toolbar's button, the name typed, Enter.
      await page.getByRole('button', { name: fi.toolbar.addPerson }).tap();
      const field = page.getByRole('textbox', { name: /^Muokkaa nimeä/ });
      await expect(field).toBeFocused();
      await field.fill('Opo Pekka');
      await field.press('Enter');
      await expect(actorNode(page, 'Opo Pekka')).toBeVisible();
      await expectNoSidewaysScroll(page, 'after adding');

      // Move: drag Kela by its name; it moves on the map (against TYP, which stays), not the view.
      const nameAt = async (id: string) => centre((await node(page, id).locator('.actor-node__name').boundingBox())!);
      const start = await nameAt('kela');
      const typBefore = await nameAt('typ');
      await touch(client, [start], [{ x: start.x + 30, y: start.y + 50 }]);
      await expect.poll(async () => (await nameAt('kela')).y - (await nameAt('typ')).y).toBeGreaterThan(start.y - typBefore.y + 30);
      await waitUntilSaved(page);

      // Connect: from the connection strip of one actor on screen onto another. The strips are offered from a zoom where
      // they are a finger wide: on a phone the zoom control's + gets there first.
      // Nothing selected: on a phone the side panel folds and leaves the map the screen.
      await page.locator('.react-flow__pane').tap({ position: { x: 6, y: 6 } });
      for (let i = 0; i < 4 && (await page.locator('.map-canvas--no-connect').count()) > 0; i++) {
        await page.locator('.react-flow__controls-zoomin').tap();
        await waitForStableView(page);
      }
      const pane = (await page.locator('.react-flow__pane').boundingBox())!;
      const onScreen = async (id: string) => {
        // Its name (where the finger lands) and its connection strip inside the map.
        const b = await node(page, id).locator('.actor-node__name').boundingBox();
        const h = await node(page, id).locator('.react-flow__handle.source').boundingBox();
        const inside = (p: { x: number; y: number }) => p.x > pane.x + 8 && p.y > pane.y + 8 && p.x < pane.x + pane.width - 8 && p.y < pane.y + pane.height - 8;
        return !!b && !!h && inside(centre(b)) && inside(centre(h));
      };
      const shown: string[] = [];
      for (const id of await page.locator('.react-flow__node').evaluateAll((all) => all.map((n) => n.getAttribute('data-id')!)))
        if (await onScreen(id)) shown.push(id);
      expect(shown.length, 'two actors on screen').toBeGreaterThanOrEqual(2);
      const handle = centre((await node(page, shown[0]!).locator('.react-flow__handle.source').boundingBox())!);
      await touch(client, [handle], [await nameAt(shown[1]!)], 12);
      await expect(page.locator('.react-flow__edge')).toHaveCount(1);
      await expect(page.getByTestId('relation-inspector')).toBeVisible();
      await expectNoSidewaysScroll(page, 'after connecting');

      // Pinch: two fingers apart (one above the other) on the empty map between Kela and Ohjaamo → the zoom grows.
      const kela = await nameAt('kela');
      const ohj0 = await nameAt('ohj');
      const mid = await emptyPoint(page, { x: (kela.x + ohj0.x) / 2, y: (kela.y + ohj0.y) / 2 }, 60);
      const before = await viewport(page);
      await touch(
        client,
        [
          { x: mid.x, y: mid.y - 24 },
          { x: mid.x, y: mid.y + 24 },
        ],
        [
          { x: mid.x, y: mid.y - 60 },
          { x: mid.x, y: mid.y + 60 },
        ],
      );
      await waitForStableView(page);
      const zoomed = await viewport(page);
      expect(zoomed.zoom, 'pinch out zooms in').toBeGreaterThan(before.zoom * 1.6);

      // Two fingers moving together pan the map (the zoom stays).
      const at = await emptyPoint(page, mid, 40);
      await touch(
        client,
        [
          { x: at.x, y: at.y - 20 },
          { x: at.x, y: at.y + 20 },
        ],
        [
          { x: at.x + 50, y: at.y - 20 - 30 },
          { x: at.x + 50, y: at.y + 20 - 30 },
        ],
      );
      await waitForStableView(page);
      const panned = await viewport(page);
      expect(panned.x - zoomed.x, 'panned right').toBeGreaterThan(30);
      expect(panned.y - zoomed.y, 'panned up').toBeLessThan(-15);
      expect(panned.zoom / zoomed.zoom).toBeCloseTo(1, 1);
    });

    test('a long-press on an actor opens its actions, translated; they connect, delete and undo; the shortcuts list fits', async ({ page }) => {
      await openImported(page, compact);
      const client = await page.context().newCDPSession(page);
      const longPress = async (id: string) => {
        const at = centre((await node(page, id).locator('.actor-node__name').boundingBox())!);
        await client.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [at] });
        await expect(page.getByTestId('actor-menu')).toBeVisible();
        await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      };
      // A short tap does not open it.
      const typ = centre((await node(page, 'typ').locator('.actor-node__name').boundingBox())!);
      await page.touchscreen.tap(typ.x, typ.y);
      await expect(page.getByTestId('actor-inspector')).toBeVisible();
      await expect(page.getByTestId('actor-menu')).toBeHidden();

      for (const lang of Object.keys(LANGS) as Lang[]) {
        const keys = LANGS[lang].keys;
        await switchLanguage(page, lang);
        await longPress('typ');
        const menu = page.getByRole('menu', { name: keys.actions.replace('{{name}}', 'TYP Kainuu') });
        for (const item of [keys.focusAction, keys.renameAction, keys.connectAction, keys.deleteAction])
          await expect(menu.getByRole('menuitem', { name: item })).toBeVisible();
        // Wholly on screen, with touch-sized items.
        const box = (await menu.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(device.viewport.width);
        expect(box.y + box.height).toBeLessThanOrEqual(device.viewport.height);
        for (const h of await menu.getByRole('menuitem').evaluateAll((all) => all.map((b) => b.getBoundingClientRect().height)))
          expect(h).toBeGreaterThanOrEqual(44);
        await expectNoSidewaysScroll(page, `${lang} menu`);
        await page.screenshot({ path: `screenshots/keys-longpress-${device.name}-${lang}.png` });
        // A tap elsewhere closes it.
        await page.touchscreen.tap(10, device.viewport.height - 10);
        await expect(menu).toBeHidden();

        await page.getByRole('button', { name: keys.open }).tap();
        const dialog = page.getByTestId('shortcuts-dialog');
        await expect(dialog.getByRole('heading', { name: keys.title })).toBeVisible();
        const fits = await dialog.evaluate((d) => ({ over: d.scrollWidth - d.clientWidth, right: d.getBoundingClientRect().right }));
        expect(fits.over, `${lang}: the list scrolls sideways`).toBeLessThanOrEqual(0);
        expect(fits.right).toBeLessThanOrEqual(device.viewport.width);
        await page.screenshot({ path: `screenshots/keys-dialog-${device.name}-${lang}.png` });
        await dialog.getByRole('button', { name: keys.close }).tap();
        await expect(dialog).toBeHidden();
      }
      await switchLanguage(page, 'fi');

      // "Add a relation…": the list of other actors, the pick draws it.
      await longPress('typ');
      await page.getByRole('menuitem', { name: fi.keys.connectAction }).tap();
      const list = page.getByTestId('add-relation');
      await expect(list).toBeFocused();
      await list.selectOption({ label: 'Ohjaamo' });
      await expect(page.locator('.react-flow__edge')).toHaveCount(1);

      // Delete, then undo with the toolbar.
      await longPress('ohj');
      await page.getByRole('menuitem', { name: fi.keys.deleteAction }).tap();
      await expect(node(page, 'ohj')).toHaveCount(0);
      await expect(page.locator('.react-flow__edge')).toHaveCount(0);
      await page.getByRole('button', { name: fi.toolbar.undo }).tap();
      await expect(node(page, 'ohj')).toHaveCount(1);
      await expect(page.locator('.react-flow__edge')).toHaveCount(1);
      await expectNoSidewaysScroll(page, 'inspector open');
    });
  });
}
