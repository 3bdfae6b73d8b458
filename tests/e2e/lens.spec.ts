/**
 * The facilitator's lens on a merged regional map: filters with counts and what is drawn, focus from the search by
 * keyboard (widen with +, clear with Escape), "whom do I call about asumisneuvonta?", the legend as a filter, and
 * keeping the filtered part as a new map. Opacities are measured as drawn (the product of every ancestor's opacity).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { openImported, viewport, waitForStableView, zoomTo } from './support/canvas';
import { LENS_MAP_TITLE, lensMap } from './support/lensMap';
import { actorNode } from './support/trainee';

const nodes = (page: Page) => page.locator('.react-flow__node');
const edges = (page: Page) => page.locator('.react-flow__edge');

/** The opacity an element is painted with: its own times every ancestor's. */
async function drawnOpacity(locator: Locator): Promise<number> {
  return locator.evaluate((element) => {
    let opacity = 1;
    for (let e: Element | null = element; e; e = e.parentElement) opacity *= Number(getComputedStyle(e).opacity);
    return opacity;
  });
}

/** Every drawn relation's id and painted opacity (of its path). */
async function edgeOpacities(page: Page): Promise<Record<string, number>> {
  return edges(page).evaluateAll((gs) =>
    Object.fromEntries(
      gs.map((g) => {
        const path = g.querySelector('path') ?? g;
        let opacity = 1;
        for (let e: Element | null = path; e; e = e.parentElement) opacity *= Number(getComputedStyle(e).opacity);
        return [g.getAttribute('data-id'), Math.round(opacity * 100) / 100];
      }),
    ),
  );
}

/** Whether every named actor is drawn wholly inside the canvas. */
async function inCanvas(page: Page, names: string[]): Promise<boolean> {
  const canvas = (await page.locator('.react-flow').boundingBox())!;
  const boxes = await Promise.all(names.map((n) => actorNode(page, n).boundingBox()));
  return boxes.every((b) => b && b.x >= canvas.x && b.y >= canvas.y && b.x + b.width <= canvas.x + canvas.width && b.y + b.height <= canvas.y + canvas.height);
}

async function openLens(page: Page) {
  await openImported(page, lensMap);
  await page.getByRole('tab', { name: 'Suodata' }).click();
  await expect(page.getByTestId('lens-panel')).toBeVisible();
}

test.use({ viewport: { width: 1366, height: 768 } });

test('a facilitator filters the merged map by content area and method, sees what remains, and clears the filters', async ({ page }) => {
  await openLens(page);
  const counts = page.getByTestId('lens-counts');
  await expect(counts).toHaveText('10 / 10 toimijaa, 10 / 10 suhdetta näkyvissä');
  await expect(nodes(page)).toHaveCount(10);

  await page.getByTestId('lens-panel').getByRole('group', { name: 'Sisältöalue' }).getByRole('button', { name: 'koulutus' }).click();
  await expect(counts).toHaveText('3 / 10 toimijaa, 2 / 10 suhdetta näkyvissä');
  await expect(nodes(page)).toHaveCount(3);
  await expect(edges(page)).toHaveCount(2);

  await page.getByTestId('lens-panel').getByRole('group', { name: 'Yhteydenpitotapa' }).getByRole('button', { name: 'sähköposti' }).click();
  await expect(counts).toHaveText('2 / 10 toimijaa, 1 / 10 suhdetta näkyvissä');
  await expect(nodes(page)).toHaveCount(2);
  await expect(edges(page)).toHaveCount(1);
  await expect(actorNode(page, 'Mikko, opinto-ohjaaja')).toBeVisible();
  await expect(actorNode(page, 'Kainuun ammattiopisto')).toBeVisible();
  await expect(page.getByTestId('lens-active-filters')).toHaveText(/Sisältöalue: koulutus\s*Yhteydenpitotapa: sähköposti/);

  // Contributor and weight filters exist on a merged map.
  await expect(page.getByRole('group', { name: 'Kenen kartasta' }).getByRole('checkbox')).toHaveCount(3);
  const weight = page.getByTestId('lens-panel').locator('[data-filter="minWeight"] select');
  await expect(weight).toBeVisible();

  await page.getByRole('button', { name: 'Poista kaikki suodattimet' }).click();
  await expect(counts).toHaveText('10 / 10 toimijaa, 10 / 10 suhdetta näkyvissä');
  await expect(nodes(page)).toHaveCount(10);
  await expect(edges(page)).toHaveCount(10);

  // Drawn by at least 2 maps: r1, r3, r4, r7.
  await weight.selectOption('2');
  await expect(edges(page)).toHaveCount(4);
  await expect(counts).toContainText('4 / 10 suhdetta');
});

test('a facilitator focuses an actor from the search with the keyboard, widens to two steps with +, and clears with Escape', async ({ page }) => {
  await openLens(page);
  // Zoomed in on the middle of the map (Ohjaamo): Kela's neighbourhood, at the bottom left, is off screen.
  await zoomTo(page, 2);
  const before = await viewport(page);
  expect(await inCanvas(page, ['Kela Kajaani', 'Kainuun sote'])).toBe(false);
  const search = page.getByRole('combobox', { name: 'Etsi kartalta' });
  await search.focus();
  await page.keyboard.type('kela kaj');
  await expect(page.getByRole('listbox').getByRole('option').first()).toContainText('Kela Kajaani');
  await expect(search).toHaveAttribute('aria-activedescendant', /.+/);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('lens-focus-state')).toHaveText('Kohdistettu: Kela Kajaani, 1 askel');

  const opacity = (name: string) => drawnOpacity(actorNode(page, name).locator('.actor-node'));
  await expect.poll(() => opacity('Kela Kajaani')).toBe(1);
  expect(await opacity('Sosiaaliohjaaja Pekka')).toBe(1);
  expect(await opacity('Kainuun sote')).toBe(1);
  expect(await opacity('Ohjaamo Kajaani')).toBeCloseTo(0.25, 2);
  expect(await opacity('Yrittäjä Jukka')).toBeCloseTo(0.25, 2);

  // The view glided to the neighbourhood: all three are on the canvas.
  await expect
    .poll(async () => {
      const canvas = (await page.locator('.react-flow').boundingBox())!;
      const boxes = await Promise.all(['Kela Kajaani', 'Sosiaaliohjaaja Pekka', 'Kainuun sote'].map((n) => actorNode(page, n).boundingBox()));
      return boxes.every(
        (b) => b && b.x >= canvas.x && b.y >= canvas.y && b.x + b.width <= canvas.x + canvas.width && b.y + b.height <= canvas.y + canvas.height,
      );
    })
    .toBe(true);
  // Without zooming in beyond where the facilitator was.
  await waitForStableView(page);
  const after = await viewport(page);
  console.log(`focus glide: zoom ${before.zoom.toFixed(2)} → ${after.zoom.toFixed(2)}`);
  expect(after.zoom).toBeLessThanOrEqual(before.zoom + 1e-6);
  expect(after.zoom).toBeGreaterThanOrEqual(0.85 - 1e-6);

  // Out of the field (Tab), + widens to two steps: Ohjaamo (via Pekka) is at full strength, Jukka is still dimmed.
  await page.keyboard.press('Tab');
  await page.keyboard.press('+');
  await expect(page.getByTestId('lens-focus-state')).toHaveText('Kohdistettu: Kela Kajaani, 2 askelta');
  await expect.poll(() => opacity('Ohjaamo Kajaani')).toBe(1);
  expect(await opacity('Yrittäjä Jukka')).toBeCloseTo(0.25, 2);
  await page.keyboard.press('-');
  await expect.poll(() => opacity('Ohjaamo Kajaani')).toBeCloseTo(0.25, 2);

  await page.keyboard.press('Escape');
  await expect(page.getByTestId('lens-focus-state')).toHaveText(/Valitse toimija/);
  for (const name of ['Ohjaamo Kajaani', 'Yrittäjä Jukka', 'Kela Kajaani']) await expect.poll(() => opacity(name)).toBe(1);

  // In the editor: select an actor and press F; the inspector offers the same.
  await page.locator('.react-flow__controls-fitview').click();
  await waitForStableView(page);
  await actorNode(page, 'Yrittäjä Jukka').locator('.actor-node__name').click();
  await page.keyboard.press('f');
  await expect.poll(() => opacity('Ohjaamo Kajaani')).toBeCloseTo(0.25, 2);
  expect(await opacity('Nuorten työpaja')).toBe(1);
  await page.keyboard.press('Escape');
  await expect.poll(() => opacity('Ohjaamo Kajaani')).toBe(1);
  // (Escape also ends React Flow's selection; select again.) F glided the view towards the actor's neighbourhood
  // (400 ms), maybe still under way: click once the view holds still, as a user clicks what has stopped moving. A
  // press during the glide went down on the name and came up on the map beside it, which selected nothing.
  await waitForStableView(page);
  await actorNode(page, 'Yrittäjä Jukka').locator('.actor-node__name').click();
  await page
    .getByTestId('actor-inspector')
    .getByRole('button', { name: /Kohdista/ })
    .click();
  await expect.poll(() => opacity('Ohjaamo Kajaani')).toBeCloseTo(0.25, 2);
});

test('whom do I call about asumisneuvonta? The search lights up every relation and actor about it, and says how many', async ({ page }) => {
  await openLens(page);
  const search = page.getByRole('combobox', { name: 'Etsi kartalta' });
  await search.focus();
  await page.keyboard.type('asumisneuv');
  await expect(page.getByRole('listbox').getByRole('option').first()).toContainText('asumisneuvonta');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('lens-found')).toHaveText('”asumisneuvonta”: 2 suhdetta ja 3 toimijaa');

  await expect.poll(async () => (await edgeOpacities(page)).r1).toBe(1);
  const drawn = await edgeOpacities(page);
  expect(Object.keys(drawn)).toHaveLength(10);
  for (const [id, opacity] of Object.entries(drawn)) expect(opacity, `relation ${id}`).toBe(['r1', 'r2'].includes(id!) ? 1 : 0.25);
  for (const name of ['Ohjaamo Kajaani', 'Sosiaaliohjaaja Pekka', 'Kela Kajaani'])
    expect(await drawnOpacity(actorNode(page, name).locator('.actor-node')), name).toBe(1);
  expect(await drawnOpacity(actorNode(page, 'TE-toimisto').locator('.actor-node'))).toBeCloseTo(0.25, 2);
  await page.screenshot({ path: 'screenshots/lens-search-fi.png' });

  // A typo and a missing ä still find it; Escape twice clears the search and the highlight.
  await search.fill('tyonhku');
  await expect(page.getByRole('listbox').getByRole('option').first()).toContainText('työnhaku');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(search).toHaveValue('');
  await expect.poll(async () => Object.values(await edgeOpacities(page)).every((o) => o === 1)).toBe(true);
});

test('the legend explains the encodings and hides a class when clicked, by mouse or keyboard', async ({ page }) => {
  await openImported(page, lensMap);
  const legend = page.getByTestId('map-legend');
  await expect(legend.getByTestId('area-legend')).toContainText('työllistyminen');
  await expect(legend).toContainText('molemmat suunnat (↔)');
  await expect(legend.getByRole('button', { name: '3 kartassa' })).toHaveText('×3');
  const person = legend.getByTestId('legend-type-person');
  await expect(person).toHaveAttribute('aria-pressed', 'true');
  await person.click();
  await expect(person).toHaveAttribute('aria-pressed', 'false');
  await expect(nodes(page)).toHaveCount(7);
  await expect(actorNode(page, 'Yrittäjä Jukka')).toHaveCount(0);
  expect(await person.evaluate((e) => getComputedStyle(e).textDecorationLine)).toBe('line-through');
  await page.screenshot({ path: 'screenshots/lens-legend-hidden-person-fi.png' });
  await person.focus();
  await page.keyboard.press('Enter');
  await expect(person).toHaveAttribute('aria-pressed', 'true');
  await expect(nodes(page)).toHaveCount(10);

  // Weights hide from the lightest: "drawn in 1 map" hidden leaves the 4 relations drawn by two or three.
  await legend.getByTestId('legend-weight-1').click();
  await expect(edges(page)).toHaveCount(4);
  await legend.getByTestId('legend-weight-1').click();
  await expect(edges(page)).toHaveCount(10);

  // The legend is no taller than a quarter of the canvas, and folds away.
  const canvas = (await page.locator('.react-flow').boundingBox())!;
  const box = (await legend.boundingBox())!;
  console.log(`legend ${Math.round(box.width)} × ${Math.round(box.height)} px on a ${Math.round(canvas.width)} × ${Math.round(canvas.height)} canvas`);
  expect(box.height).toBeLessThan(canvas.height * 0.3);
  // At the opening view it covers no actor of the map.
  for (const node of await nodes(page).all()) {
    const b = (await node.boundingBox())!;
    const apart = b.x + b.width <= box.x || box.x + box.width <= b.x || b.y + b.height <= box.y || box.y + box.height <= b.y;
    expect(apart, `legend over ${await node.textContent()}`).toBe(true);
  }
  await legend.getByRole('button', { name: 'Selite' }).click();
  await expect(legend.getByTestId('legend-type-person')).toBeHidden();
  expect((await legend.boundingBox())!.height).toBeLessThan(50);
});

test('a facilitator keeps the filtered part as a new map, with exactly the actors shown', async ({ page }) => {
  await openLens(page);
  await page.getByTestId('lens-panel').getByRole('group', { name: 'Sisältöalue' }).getByRole('button', { name: 'koulutus' }).click();
  await expect(nodes(page)).toHaveCount(3);
  const shown = (await nodes(page).allTextContents()).map((t) => t.split(/\d+ palvelu/)[0]!.trim()).sort();
  await page.getByRole('button', { name: 'Tallenna uutena karttana' }).click();
  await expect(page.getByTestId('lens-saved')).toContainText(`Tallennettu uutena karttana: ${LENS_MAP_TITLE} (rajattu).`);
  await page.getByTestId('lens-saved').getByRole('link', { name: 'Avaa uusi kartta' }).click();
  await expect(page.getByRole('textbox', { name: /Kartan nimi/ })).toHaveValue(`${LENS_MAP_TITLE} (rajattu)`);
  await expect(nodes(page)).toHaveCount(3);
  expect((await nodes(page).allTextContents()).map((t) => t.split(/\d+ palvelu/)[0]!.trim()).sort()).toEqual(shown);
  await expect(edges(page)).toHaveCount(2);
  // The new map opens unfiltered: nothing is hidden in it.
  await page.getByRole('tab', { name: 'Suodata' }).click();
  await expect(page.getByTestId('lens-counts')).toHaveText('3 / 3 toimijaa, 2 / 2 suhdetta näkyvissä');
});

for (const lang of ['fi', 'sv', 'en'] as const) {
  test(`the lens and the legend in ${lang} at 1366 × 768: seven tabs whole in two rows`, async ({ page }) => {
    await openLens(page);
    await page.locator('.language-switcher select').first().selectOption(lang);
    const tabs = page.getByRole('tab');
    await expect(tabs).toHaveCount(7);
    // Every tab's name is whole (nothing cut by an ellipsis) and inside the side panel.
    const panel = (await page.locator('.side-panel').boundingBox())!;
    for (const tab of await tabs.all()) {
      const cut = await tab.evaluate((e) => e.scrollWidth > e.clientWidth);
      expect(cut, `${lang}: tab "${await tab.textContent()}" cut`).toBe(false);
      const b = (await tab.boundingBox())!;
      expect(b.x >= panel.x - 1 && b.x + b.width <= panel.x + panel.width + 1).toBe(true);
    }
    const search = page.getByTestId('lens-search');
    await search.fill(lang === 'fi' ? 'asumis' : 'CV');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('lens-found')).not.toBeEmpty();
    await page.screenshot({ path: `screenshots/lens-${lang}-1366.png` });
    // With the result list open: axe finds no serious or critical problem in the panel and the legend.
    await search.fill('k');
    await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).include('.side-panel').include('[data-testid="map-legend"]').analyze();
    const bad = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
    expect(bad).toEqual([]);
  });
}

test.describe('on a phone (390 × 844, touch)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test('the tabs fit, the legend starts folded and unfolds, the lens panel is usable', async ({ page }) => {
    await openImported(page, lensMap);
    const legend = page.getByTestId('map-legend');
    await expect(legend.getByRole('button', { name: 'Selite' })).toHaveAttribute('aria-expanded', 'false');
    await page.screenshot({ path: 'screenshots/lens-phone-folded.png' });
    for (const tab of await page.getByRole('tab').all()) expect(await tab.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(false);
    const right = await page.getByRole('tab').evaluateAll((ts) => Math.max(...ts.map((t) => t.getBoundingClientRect().right)));
    expect(right).toBeLessThanOrEqual(390);
    await legend.getByRole('button', { name: 'Selite' }).click();
    await expect(legend.getByTestId('legend-type-person')).toBeVisible();
    await page.screenshot({ path: 'screenshots/lens-phone-legend.png' });
    await legend.getByRole('button', { name: 'Selite' }).click();
    await page.getByRole('tab', { name: 'Suodata' }).click();
    await page.getByTestId('lens-panel').getByRole('group', { name: 'Sisältöalue' }).getByRole('button', { name: 'koulutus' }).click();
    await expect(nodes(page)).toHaveCount(3);
    await page.screenshot({ path: 'screenshots/lens-phone-fi.png' });
    await page.locator('.language-switcher select').first().selectOption('sv');
    await expect(page.getByTestId('lens-counts')).toHaveText('3 / 10 aktörer, 2 / 10 relationer visas');
    await page.screenshot({ path: 'screenshots/lens-phone-sv.png' });
  });
});
