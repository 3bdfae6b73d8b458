/**
 * The Insights panel on a merged regional map whose figures are known by hand
 * (docs/insights.md): two triangles joined by Kainuun sote – Ohjaamo Kajaani,
 * a workshop hanging off Ohjaamo, and a parish with no relations.
 *
 * n = 8, 8 adjacent pairs. Betweenness (share of the 21 pairs of others):
 * Ohjaamo 11/21 = 52 %, Kainuun sote 8/21 = 38 %. Both are single points of
 * failure. Density 8/28 = 29 %. Four mutual and four one-way relations.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { openImported } from './support/canvas';
import { fileOf } from './support/maps';
import { actorNode, selectActor } from './support/trainee';

const AINO = { mapId: 'm-aino', title: 'Ainon kartta', author: 'Aino' };
const BERTTA = { mapId: 'm-bertta', title: 'Bertan kartta', author: 'Bertta' };
const CECILIA = { mapId: 'm-cecilia', title: 'Cecilian kartta', author: 'Cecilia' };

const actor = (id: string, name: string, x: number, y: number, sources: object[]) => ({ id, name, type: 'organisation', position: { x, y }, sources });
const relation = (id: string, source: string, target: string, direction: string, weight: number, sources: object[]) => ({
  id,
  source,
  target,
  direction,
  topics: ['ohjaus'],
  methods: ['meeting'],
  weight,
  sources,
});

const merged = fileOf({
  id: 'kainuu-yhteinen',
  title: 'Kainuun yhteinen kartta',
  kind: 'regional',
  actors: [
    actor('kela', 'Kela', 0, 0, [AINO, BERTTA]),
    actor('te', 'TE-toimisto', 0, 300, [AINO, CECILIA]),
    actor('sote', 'Kainuun sote', 320, 150, [AINO, BERTTA, CECILIA]),
    actor('ohj', 'Ohjaamo Kajaani', 640, 150, [AINO, BERTTA, CECILIA]),
    actor('etsiva', 'Etsivä nuorisotyö', 960, 0, [BERTTA, CECILIA]),
    actor('koulu', 'Kuraattori', 960, 300, [AINO, BERTTA]),
    actor('paja', 'Työpaja Väylä', 640, 450, [AINO]),
    actor('srk', 'Seurakunta', 320, 500, [BERTTA]),
  ],
  relations: [
    relation('r1', 'kela', 'te', 'both', 2, [AINO, CECILIA]),
    relation('r2', 'kela', 'sote', 'forward', 1, [AINO]),
    relation('r3', 'te', 'sote', 'both', 1, [CECILIA]),
    relation('r4', 'sote', 'ohj', 'both', 3, [AINO, BERTTA, CECILIA]),
    relation('r5', 'ohj', 'etsiva', 'both', 1, [BERTTA]),
    relation('r6', 'ohj', 'koulu', 'forward', 1, [AINO]),
    relation('r7', 'etsiva', 'koulu', 'backward', 1, [BERTTA]),
    relation('r8', 'paja', 'ohj', 'forward', 1, [AINO]),
  ],
});

const panel = (page: Page) => page.getByRole('tabpanel');
const opacityOf = (page: Page, name: string) =>
  actorNode(page, name)
    .locator('.actor-node')
    .evaluate((e) => Number(getComputedStyle(e).opacity));

test('a facilitator reads the insights of a merged map and clicks a liaison to highlight it', async ({ page }) => {
  await openImported(page, merged);
  await page.getByRole('tab', { name: 'Havainnot' }).click();
  const insights = panel(page);
  await expect(insights.getByRole('button', { name: 'Eniten suhteita on toimijalla Ohjaamo Kajaani: 4 muuta toimijaa.' })).toBeVisible();

  const liaisons = insights.getByTestId('liaisons').getByRole('button');
  await expect(liaisons).toHaveText([/^Ohjaamo Kajaani: 52 %/, /^Kainuun sote: 38 %/]);
  await expect(insights.getByTestId('failure-points').getByRole('button')).toHaveText([
    'Jos Kainuun sote jäisi pois, verkosto hajoaisi osiin.',
    'Jos Ohjaamo Kajaani jäisi pois, verkosto hajoaisi osiin.',
  ]);
  await expect(insights.getByText('Kaikki toimijat, joilla on suhteita, ovat samassa yhtenäisessä verkostossa.')).toBeVisible();
  await expect(insights.getByTestId('isolated').getByRole('button')).toHaveText(['Seurakunta']);
  await expect(insights.getByTestId('groups').getByRole('button')).toHaveText([
    'Ryhmä 1: 4 toimijaa – Ohjaamo Kajaani, Etsivä nuorisotyö, Kuraattori ja 1 muu',
    'Ryhmä 2: 3 toimijaa – Kela, TE-toimisto, Kainuun sote',
  ]);
  await expect(insights.getByRole('button', { name: /^Molemminpuolisia \(↔\) suhteita on 4 \/ 8/ })).toBeVisible();
  await expect(insights.getByRole('button', { name: /^Yksisuuntaisia \(→\) suhteita on 4 \/ 8/ })).toBeVisible();
  await expect(insights.getByTestId('density')).toHaveText(/^29 % .*\(8 paria\)\. Verkosto on kohtalaisen tiivis\.$/);
  await expect(insights.getByText('Kartta on koottu 3 osallistujan kartoista.')).toBeVisible();
  await expect(insights.getByTestId('single-source').getByRole('button')).toHaveText(['Työpaja Väylä (vain: Aino)', 'Seurakunta (vain: Bertta)']);
  await expect(insights.getByTestId('shared').getByRole('button')).toHaveText([
    'Kainuun sote ↔ Ohjaamo Kajaani: 3 osallistujaa',
    'Kela ↔ TE-toimisto: 2 osallistujaa',
  ]);
  await page.screenshot({ path: 'screenshots/insights-fi.png' });

  // A liaison highlights itself and its relations; an actor outside its neighbourhood is dimmed to a quarter.
  const sote = liaisons.filter({ hasText: 'Kainuun sote' });
  await sote.click();
  await expect(sote).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => opacityOf(page, 'Työpaja Väylä')).toBeCloseTo(0.25, 2);
  await expect.poll(() => opacityOf(page, 'Kuraattori')).toBeCloseTo(0.25, 2);
  expect(await opacityOf(page, 'Kainuun sote')).toBe(1);
  expect(await opacityOf(page, 'Ohjaamo Kajaani')).toBe(1);
  await page.screenshot({ path: 'screenshots/insights-liaison-fi.png' });

  // Pressing it again clears the highlight; so does the clear button after another figure.
  await sote.click();
  await expect(sote).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(() => opacityOf(page, 'Työpaja Väylä')).toBe(1);
  await insights.getByTestId('isolated').getByRole('button', { name: 'Seurakunta' }).press('Enter');
  await expect.poll(() => opacityOf(page, 'Kela')).toBeCloseTo(0.25, 2);
  await insights.getByRole('button', { name: 'Poista korostus' }).click();
  await expect.poll(() => opacityOf(page, 'Kela')).toBe(1);

  const results = await new AxeBuilder({ page }).include('[role="tabpanel"]').analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});

test('the insights speak Swedish and English', async ({ page }) => {
  await openImported(page, merged);
  await page.getByRole('combobox', { name: 'Kieli' }).selectOption('sv');
  await page.getByRole('tab', { name: 'Insikter' }).click();
  await expect(panel(page).getByRole('button', { name: 'Ohjaamo Kajaani har flest relationer: till 4 andra aktörer.' })).toBeVisible();
  await expect(panel(page).getByTestId('liaisons').getByRole('button').first()).toHaveText(/^Ohjaamo Kajaani: 52 %/);
  await page.screenshot({ path: 'screenshots/insights-sv.png' });

  await page.getByRole('combobox', { name: 'Språk' }).selectOption('en');
  await expect(panel(page).getByRole('button', { name: 'Ohjaamo Kajaani has the most relations: with 4 other actors.' })).toBeVisible();
  await expect(panel(page).getByText('1 actor has no relations to others:')).toBeVisible();
  await page.screenshot({ path: 'screenshots/insights-en.png' });
  await page.locator('.side-panel__body').evaluate((e) => e.scrollTo(0, e.scrollHeight));
  await page.screenshot({ path: 'screenshots/insights-en-end.png' });
});

test('a facilitator sizes actors by their number of relations, and the map says what the size means', async ({ page }) => {
  await openImported(page, merged);
  await page.getByRole('tab', { name: 'Havainnot' }).click();
  const boxOf = (name: string) => actorNode(page, name).locator('.actor-node').boundingBox();
  const fontOf = (name: string) =>
    actorNode(page, name)
      .locator('.actor-node__name')
      .evaluate((e) => Number.parseFloat(getComputedStyle(e).fontSize));
  const plain = await fontOf('Ohjaamo Kajaani');
  expect(await fontOf('Seurakunta')).toBe(plain);

  await page.getByRole('combobox', { name: 'Toimijoiden koko' }).selectOption('degree');
  // Ohjaamo (4 relations) is drawn largest, Seurakunta (none) at its normal size, Kainuun sote (3) between.
  await expect.poll(() => fontOf('Ohjaamo Kajaani')).toBeCloseTo(plain * 1.8, 1);
  expect(await fontOf('Seurakunta')).toBe(plain);
  expect(await fontOf('Kainuun sote')).toBeCloseTo(plain * 1.6, 1);
  expect((await boxOf('Ohjaamo Kajaani'))!.height).toBeGreaterThan((await boxOf('Seurakunta'))!.height * 1.4);
  await expect(page.getByTestId('size-legend')).toHaveText('Koko: mitä suurempi toimija, sitä useampaan muuhun sillä on suhde.');
  await page.screenshot({ path: 'screenshots/insights-size-fi.png' });

  // With the Insights tab closed the sizes still follow an edit: without the workshop, sote and Ohjaamo both have 3.
  await selectActor(page, 'Työpaja Väylä');
  await page.keyboard.press('Delete');
  await expect.poll(() => fontOf('Kainuun sote')).toBeCloseTo(plain * 1.8, 1);
  expect(await fontOf('Ohjaamo Kajaani')).toBeCloseTo(plain * 1.8, 1);

  await page.getByRole('tab', { name: 'Havainnot' }).click();
  await page.getByRole('combobox', { name: 'Toimijoiden koko' }).selectOption('');
  await expect.poll(() => fontOf('Ohjaamo Kajaani')).toBe(plain);
  await expect(page.getByTestId('size-legend')).toHaveCount(0);
});

test('the figures follow an edit: deleting the workshop and undoing it', async ({ page }) => {
  await openImported(page, merged);
  await page.getByRole('tab', { name: 'Havainnot' }).click();
  const top = panel(page).getByRole('button', { name: /^Eniten suhteita on toimijalla/ });
  await expect(top).toHaveText('Eniten suhteita on toimijalla Ohjaamo Kajaani: 4 muuta toimijaa.');

  await selectActor(page, 'Työpaja Väylä');
  await page.keyboard.press('Delete');
  await expect(actorNode(page, 'Työpaja Väylä')).toHaveCount(0);
  await page.getByRole('tab', { name: 'Havainnot' }).click();
  // Kainuun sote and Ohjaamo now both have 3; the map's order breaks the tie.
  await expect(top).toHaveText('Eniten suhteita on toimijalla Kainuun sote: 3 muuta toimijaa.');
  await expect(panel(page).getByTestId('liaisons').getByRole('button')).toHaveText([/^Kainuun sote: /, /^Ohjaamo Kajaani: /]);

  await page.keyboard.press('Control+z');
  await expect(top).toHaveText('Eniten suhteita on toimijalla Ohjaamo Kajaani: 4 muuta toimijaa.');
});
