/**
 * Presentation mode and saved views, as a facilitator uses them at a debrief:
 * on a regional map merged from four trainees' maps, save views in the Views
 * tab, reload, present with P, try to move a node (nothing moves), step through
 * the views with PageDown/PageUp and leave with Escape. What is checked is what
 * is drawn: node counts, opacities, font size on screen, positions.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import en from '../../src/i18n/locales/en';
import fi from '../../src/i18n/locales/fi';
import sv from '../../src/i18n/locales/sv';
import { restoreFromText, toMapJson, type MapDoc } from '../../src/model';
import { layoutMap } from '../../src/model/layout';
import { mergeMaps, NO_DECISIONS } from '../../src/model/merge';
import { openImported, storedMap, viewport, waitForStableView } from './support/canvas';
import { actorNode, waitUntilSaved } from './support/trainee';
import { aino, bertta, cecilia, daniel } from './support/trainingMaps';
import { kainuuRow } from './support/layoutMaps';

const T = { fi, sv, en } as const;
const MAP_ID = 'kainuu-merged';

/**
 * The four trainees' maps merged (every name proposal left as the merge makes it) and laid out, with one view a
 * colleague saved before: only the organisations.
 */
function mergedRegion(): string {
  const sources = [aino, bertta, cecilia, daniel].map((text) => {
    const restored = restoreFromText(text);
    if (!restored.ok) throw new Error('training map does not restore');
    return restored.map;
  });
  let n = 0;
  const merged = mergeMaps(sources, NO_DECISIONS, {
    title: 'Kainuun nuorten palveluverkosto',
    region: 'Kainuu',
    now: new Date('2026-11-02T10:00:00.000Z'),
    newId: () => `m${++n}`,
  }).map;
  const map: MapDoc = { ...layoutMap(merged), id: MAP_ID, views: [{ id: 'v-orgs', name: 'Organisaatiot', filters: { actorTypes: ['organisation'] } }] };
  return toMapJson(map, new Date('2026-11-02T10:00:00.000Z'));
}

const nodes = (page: Page) => page.locator('.react-flow__node');
/** The opacities of the drawn actors that are dimmed (painted at less than full strength). */
const dimmedOpacities = (page: Page) =>
  page.locator('.actor-node').evaluateAll((all) => all.map((e) => Number(getComputedStyle(e).opacity)).filter((o) => o < 1));
const dimmedCount = async (page: Page) => (await dimmedOpacities(page)).length;
const step = (page: Page) => page.getByTestId('presentation-step');

/** In the editor: present, click an actor (focus), optionally widen with +, and leave by the exit button. */
async function focusWhilePresenting(page: Page, actor: string, widen = false) {
  await page.getByRole('button', { name: fi.present.start, exact: true }).click();
  await expect(page.getByTestId('presentation')).toBeVisible();
  await actorNode(page, actor).click();
  if (widen) await page.keyboard.press('+');
  await expect(page.getByTestId('presentation')).toContainText(actor);
  await page.getByRole('button', { name: fi.present.exitLabel }).click();
  await expect(page.getByRole('toolbar')).toBeVisible();
}

async function saveView(page: Page, name: string, expectedDefault: string) {
  await page.getByRole('tab', { name: fi.panel.views }).click();
  await page.getByRole('button', { name: fi.views.save }).click();
  const field = page.getByRole('textbox', { name: fi.views.nameLabel });
  await expect(field).toHaveValue(expectedDefault);
  await expect(field).toBeFocused();
  await field.fill(name);
  await field.press('Enter');
  await expect(page.getByTestId('saved-view').filter({ hasText: name })).toBeVisible();
}

test.use({ viewport: { width: 1280, height: 720 } });

test('a facilitator saves two views of the merged map, presents it with P and steps through the views with the keyboard', async ({ page }) => {
  await openImported(page, mergedRegion());
  const total = await nodes(page).count();
  const organisations = (await storedMap(page, MAP_ID)).actors.filter((a) => a.type === 'organisation').length;
  expect(organisations).toBeGreaterThan(2);
  expect(organisations).toBeLessThan(total);

  // View 2: Ohjaamo Kajaani and its direct relations, picked by a click on the presented map.
  await focusWhilePresenting(page, 'Ohjaamo Kajaani');
  await expect.poll(() => dimmedCount(page)).toBeGreaterThan(0);
  await saveView(page, 'Ohjaamon yhteistyö', 'Näkymä 2');
  // View 3: the youth workshop two steps out.
  await focusWhilePresenting(page, 'Nuorten työpaja', true);
  await saveView(page, 'Työpajan verkosto', 'Näkymä 3');

  // Reordering by keyboard, and back: the order is the order of presentation.
  await page.getByRole('button', { name: 'Siirrä näkymä Työpajan verkosto ylemmäs' }).click();
  await expect(page.getByTestId('saved-view').nth(1)).toContainText('Työpajan verkosto');
  await expect(page.getByRole('button', { name: 'Siirrä näkymä Työpajan verkosto ylemmäs' })).toBeFocused();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.getByTestId('saved-view').nth(2)).toContainText('Työpajan verkosto');

  await page.screenshot({ path: 'screenshots/views-panel-fi.png' });
  const panelCheck = await new AxeBuilder({ page }).include('.side-panel').analyze();
  expect(panelCheck.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  // Stored with the map: a reload keeps them, in order, with their lens and frame.
  await waitUntilSaved(page);
  await page.reload();
  await expect(nodes(page)).toHaveCount(total);
  await page.getByRole('tab', { name: fi.panel.views }).click();
  await expect(page.getByTestId('saved-view')).toHaveText([/Organisaatiot/, /Ohjaamon yhteistyö/, /Työpajan verkosto/]);
  const stored = (await storedMap(page, MAP_ID)) as unknown as MapDoc;
  expect(stored.views?.map((v) => [v.name, v.focus?.depth ?? null, !!v.frame])).toEqual([
    ['Organisaatiot', null, false],
    ['Ohjaamon yhteistyö', 1, true],
    ['Työpajan verkosto', 2, true],
  ]);
  const positionsBefore = stored.actors.map((a) => [a.id, a.position]);

  // Show applies a view in the editor too; a rename is one edit of the map.
  await page.getByRole('button', { name: 'Näytä näkymä Organisaatiot' }).click();
  await expect(nodes(page)).toHaveCount(organisations);
  await page.getByRole('button', { name: 'Nimeä näkymä Organisaatiot uudelleen' }).click();
  const rename = page.getByRole('textbox', { name: fi.views.nameLabel });
  await expect(rename).toBeFocused();
  await rename.fill('Organisaatiot ja virastot');
  await rename.press('Enter');
  await expect(page.getByTestId('saved-view').first()).toContainText('1. Organisaatiot ja virastot');
  await page.getByRole('button', { name: 'Näytä näkymä Ohjaamon yhteistyö' }).click();
  await expect(nodes(page)).toHaveCount(total);

  // Present with P: no toolbar, no side panel, the projector's lettering on the nodes.
  await page.keyboard.press('p');
  await expect(page.getByTestId('presentation')).toBeVisible();
  await expect(page.getByRole('toolbar')).toHaveCount(0);
  await expect(page.getByRole('complementary')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Kainuun nuorten palveluverkosto' })).toBeVisible();
  await expect(page.getByTestId('presentation')).toContainText('Alue: Kainuu');
  await expect(step(page)).toHaveText('Koko kartta · 3 näkymää: PageDown aloittaa');
  await waitForStableView(page);
  const name = actorNode(page, 'Ohjaamo Kajaani').locator('.actor-node__name');
  const fontSize = await name.evaluate((e) => Number.parseFloat(getComputedStyle(e).fontSize));
  const { zoom } = await viewport(page);
  expect(fontSize).toBe(20);
  const drawnHeight = await name.evaluate((e) => e.getBoundingClientRect().height);
  // The line box of a 20-unit name at this zoom (line-height 1.3), as drawn.
  expect(drawnHeight).toBeGreaterThanOrEqual(20 * zoom * 0.95);
  console.log(`presented name: ${fontSize} map units × zoom ${zoom.toFixed(2)} = ${(fontSize * zoom).toFixed(1)} px`);
  const title = await page.locator('.presentation__title').evaluate((e) => Number.parseFloat(getComputedStyle(e).fontSize));
  expect(title).toBeGreaterThanOrEqual(28);

  // Dragging a node moves nothing: not the node among the others, not the stored map.
  const node = actorNode(page, 'Kela Kajaani');
  const other = actorNode(page, 'Ohjaamo Kajaani');
  const gapBefore = await node.evaluate((n, o) => n.getBoundingClientRect().x - o!.getBoundingClientRect().x, await other.elementHandle());
  const box = (await node.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 150, box.y + box.height / 2 + 90, { steps: 8 });
  await page.mouse.up();
  const gapAfter = await node.evaluate((n, o) => n.getBoundingClientRect().x - o!.getBoundingClientRect().x, await other.elementHandle());
  expect(Math.abs(gapAfter - gapBefore)).toBeLessThan(1);
  // Delete does not delete, and there is nothing to select.
  await page.keyboard.press('Delete');
  await expect(nodes(page)).toHaveCount(total);
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(0);

  // Step 1: only the organisations are drawn.
  await page.keyboard.press('PageDown');
  await expect(step(page)).toHaveText('1 / 3 · Organisaatiot ja virastot');
  await expect(nodes(page)).toHaveCount(organisations);
  await expect.poll(() => dimmedCount(page)).toBe(0);
  // Step 2: everyone again; Ohjaamo Kajaani at full strength, those it has no relation with at a quarter.
  await page.keyboard.press('PageDown');
  await expect(step(page)).toHaveText('2 / 3 · Ohjaamon yhteistyö');
  await expect(nodes(page)).toHaveCount(total);
  await expect.poll(() => dimmedCount(page)).toBeGreaterThan(0);
  const dimmedAtOne = await dimmedCount(page);
  expect(
    await actorNode(page, 'Ohjaamo Kajaani')
      .locator('.actor-node')
      .evaluate((e) => getComputedStyle(e).opacity),
  ).toBe('1');
  expect(new Set(await dimmedOpacities(page))).toEqual(new Set([0.25]));
  // The trainees' closeness ties dim with their actors: only a tie whose both ends stand out stays at full strength.
  const ties = await page.locator('[data-testid=closeness-tie]').evaluateAll((all) => all.map((e) => Number(getComputedStyle(e).opacity)));
  expect(ties.length).toBeGreaterThan(0);
  expect(ties).toContain(0.25);
  // Step 3 (Space, as a clicker's "next" may be): two steps out from the workshop.
  await page.keyboard.press('Space');
  await expect(step(page)).toHaveText('3 / 3 · Työpajan verkosto');
  await expect(page.getByTestId('presentation')).toContainText('Korostettu: Nuorten työpaja');
  // Past the end nothing changes; PageUp goes back.
  await page.keyboard.press('PageDown');
  await expect(step(page)).toHaveText('3 / 3 · Työpajan verkosto');
  await page.keyboard.press('PageUp');
  await expect(step(page)).toHaveText('2 / 3 · Ohjaamon yhteistyö');
  await expect.poll(() => dimmedCount(page)).toBe(dimmedAtOne);
  // Every key a keyboard, a clicker or a remote may send.
  for (const [key, at] of [
    ['End', 3],
    ['Home', 1],
    ['ArrowRight', 2],
    ['ArrowDown', 3],
    ['ArrowUp', 2],
    ['Shift+Space', 1],
    ['ArrowLeft', 1],
    ['ArrowRight', 2],
  ] as const) {
    await page.keyboard.press(key);
    await expect(step(page), key).toHaveText(new RegExp(`^${at} / 3 · `));
  }
  await waitForStableView(page);
  await page.screenshot({ path: 'screenshots/present-step2-fi-1280.png' });

  // axe-core: nothing serious or critical in presentation mode.
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // Escape: first clears the focus (still presenting), then leaves.
  await page.keyboard.press('Escape');
  await expect.poll(() => dimmedCount(page)).toBe(0);
  await expect(page.getByTestId('presentation')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presentation')).toHaveCount(0);
  await expect(page.getByRole('toolbar')).toBeVisible();
  await expect(page.getByRole('complementary')).toBeVisible();

  // Nothing moved in the stored map either.
  await page.reload();
  await expect(nodes(page)).toHaveCount(total);
  expect(((await storedMap(page, MAP_ID)) as unknown as MapDoc).actors.map((a) => [a.id, a.position])).toEqual(positionsBefore);
});

test('a map without saved views: stepping does nothing and a hint says how to save views; the step buttons are not offered', async ({ page }) => {
  const file = JSON.parse(mergedRegion());
  delete file.map.views;
  await openImported(page, JSON.stringify(file));
  const total = await nodes(page).count();
  await page.getByRole('button', { name: fi.present.start, exact: true }).click();
  await expect(step(page)).toHaveText(fi.present.noViews);
  await page.keyboard.press('PageDown');
  await page.keyboard.press('End');
  await expect(step(page)).toHaveText(fi.present.noViews);
  await expect(nodes(page)).toHaveCount(total);
  await expect(page.getByRole('button', { name: fi.present.next })).toHaveCount(0);
  // The hint wraps over lines; the click hint above it stays clear of it (it was drawn across its first line).
  const [hint, where] = await Promise.all(['.presentation__focus', '.presentation__steps'].map((s) => page.locator(s).boundingBox()));
  expect(hint!.y + hint!.height).toBeLessThanOrEqual(where!.y);
  // Leaving fullscreen through the browser leaves the presentation (when the browser granted fullscreen at all).
  const fullscreen = await page.evaluate(() => !!document.fullscreenElement);
  if (fullscreen) await page.evaluate(() => document.exitFullscreen());
  else await page.keyboard.press('Escape');
  await expect(page.getByTestId('presentation')).toHaveCount(0);
  await expect(page.getByRole('toolbar')).toBeVisible();
});

for (const size of [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
]) {
  test(`presentation mode reads from the back of a room at ${size.width}×${size.height} in Finnish, Swedish and English`, async ({ page }) => {
    await page.setViewportSize(size);
    await openImported(page, mergedRegion());
    for (const lang of ['fi', 'sv', 'en'] as const) {
      await page.locator('.language-switcher select').first().selectOption(lang);
      await page.getByRole('button', { name: T[lang].present.start, exact: true }).click();
      await expect(page.getByTestId('presentation')).toBeVisible();
      // The step buttons, as a tablet's finger uses them; then the keyboard.
      await page.getByRole('button', { name: T[lang].present.next }).click();
      await page.keyboard.press('PageDown');
      // One saved view: the second step stays on it.
      await expect(step(page)).toHaveText('1 / 1 · Organisaatiot');
      await page.keyboard.press('Home');
      await waitForStableView(page);
      // The view's actors are fitted between the title and the steps: none is hidden under them.
      const covers = await page.evaluate(() => {
        const boxes = ['.presentation__head', '.presentation__steps', '.presentation__focus'].map((s) => document.querySelector(s)!.getBoundingClientRect());
        return [...document.querySelectorAll('.react-flow__node')].filter((n) => {
          const r = n.getBoundingClientRect();
          return boxes.some((b) => r.left < b.right && r.right > b.left && r.top < b.bottom && r.bottom > b.top);
        }).length;
      });
      expect(covers, `${lang}: actors under the overlay`).toBe(0);
      const title = await page.locator('.presentation__title').evaluate((e) => Number.parseFloat(getComputedStyle(e).fontSize));
      expect(title, `${lang} title`).toBeGreaterThanOrEqual(28);
      // Nothing of the overlay leaves the screen.
      for (const part of await page.locator('.presentation > *').all()) {
        const b = (await part.boundingBox())!;
        expect(b.x).toBeGreaterThanOrEqual(0);
        expect(b.x + b.width).toBeLessThanOrEqual(size.width);
        expect(b.y + b.height).toBeLessThanOrEqual(size.height);
      }
      await page.screenshot({ path: `screenshots/present-${lang}-${size.width}x${size.height}.png` });
      await page.getByRole('button', { name: T[lang].present.exitLabel }).click();
      await expect(page.getByRole('toolbar')).toBeVisible();
    }
  });
}

test('the projector theme draws arrows and labels that still fit the nodes: heads at the borders, uncovered, labels off the nodes', async ({ page }) => {
  await openImported(page, kainuuRow);
  await page.keyboard.press('p');
  await expect(page.getByTestId('presentation')).toBeVisible();
  await waitForStableView(page);
  const { zoom } = await viewport(page);
  const drawn = await page.evaluate(() => {
    const nodeBoxes = [...document.querySelectorAll('.react-flow__node')].map((n) => n.getBoundingClientRect());
    const heads = [...document.querySelectorAll('[data-testid="arrow-head"]')].map((head) => {
      const r = head.getBoundingClientRect();
      const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      // Distance from the head's box to the nearest node box (0 when they touch or overlap).
      const gap = Math.min(
        ...nodeBoxes.map((b) => Math.hypot(Math.max(b.left - r.right, 0, r.left - b.right), Math.max(b.top - r.bottom, 0, r.top - b.bottom))),
      );
      return { covered: !!top?.closest('.react-flow__node, .react-flow__handle'), gap };
    });
    const labelsOnNodes = [...document.querySelectorAll('[data-testid="relation-label"]')].filter((l) => {
      const r = l.getBoundingClientRect();
      return nodeBoxes.some((b) => r.left < b.right - 1 && r.right > b.left + 1 && r.top < b.bottom - 1 && r.bottom > b.top + 1);
    }).length;
    const labelFont = Number.parseFloat(getComputedStyle(document.querySelector('.relation-label')!).fontSize);
    const strokeWidth = Number.parseFloat((document.querySelector('.react-flow__edge-path') as SVGPathElement).style.strokeWidth);
    return { heads, labelsOnNodes, labelFont, strokeWidth };
  });
  expect(drawn.heads.length).toBeGreaterThan(5);
  expect(drawn.heads.filter((h) => h.covered)).toEqual([]);
  // The projector's gap (9 map units) between a node and the tip, and no more than a few pixels beyond it.
  for (const head of drawn.heads) expect(head.gap).toBeLessThanOrEqual((9 + 3) * zoom);
  expect(drawn.labelsOnNodes).toBe(0);
  expect(drawn.labelFont).toBe(17);
  expect(drawn.strokeWidth).toBeGreaterThanOrEqual(3);
  await page.screenshot({ path: 'screenshots/present-row-fi.png' });
});
