/**
 * axe-core over the four screens a trainee and a facilitator use: the library,
 * the editor with a personal map with relations, the editor with a regional map
 * with services and content-area badges, and the merge screen. No serious or
 * critical violation may remain. Also presentation mode, the table view, the list of shortcuts and the actor's
 * actions menu.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { mapFile } from './support/maps';
import { importFiles, openApp } from './support/trainee';

/**
 * Findings accepted on purpose, each one rule on one kind of element with the
 * reason. None today: the connection handle has no label (keyboard users draw
 * relations from the inspector) and the area badges have dark text on light hues.
 */
const KNOWN: { rule: string; selector: RegExp; owner: string }[] = [];

const personal = JSON.stringify(
  Object.assign(
    JSON.parse(
      mapFile({
        id: 'aino',
        title: 'Omat verkostosuhteeni',
        kind: 'personal',
        author: 'Aino',
        actors: [
          ['me', 'Aino', 'self'],
          ['kur', 'Kuraattori Liisa', 'person'],
          ['ets', 'Etsivä nuorisotyö', 'group'],
          ['te', 'TE-toimisto', 'organisation'],
        ],
        relations: [
          ['me', 'kur', 'both', ['opiskelijan tuki'], ['meeting', 'email']],
          ['ets', 'me', 'forward', ['nuoren ohjaus'], ['phone']],
          ['me', 'te', 'backward', ['työnhaku'], ['Teams']],
        ],
        questions: ['Miten tavoitan oppisopimustoimiston?'],
      }),
    ),
  ),
);

function regional(): string {
  const file = JSON.parse(
    mapFile({
      id: 'kainuu',
      title: 'Kainuun TNO-verkosto',
      kind: 'regional',
      actors: [
        ['ohj', 'Ohjaamo Kajaani', 'organisation'],
        ['typ', 'TYP Kainuu', 'organisation'],
        ['paja', 'Nuorten työpaja', 'group'],
      ],
      relations: [
        ['ohj', 'typ', 'both', ['työllistyminen'], ['meeting']],
        ['paja', 'ohj', 'forward', ['työkokeilu'], ['email']],
      ],
    }),
  );
  file.map.actors[0].services = [{ name: 'Työnhaun tuki', tno: ['advice', 'guidance'], areas: ['employment', 'education', 'everyday'] }];
  file.map.actors[1].services = [{ name: 'Monialainen palvelu', tno: ['guidance'], areas: ['employment'] }];
  file.map.actors.forEach((actor: { position?: unknown }, i: number) => (actor.position = { x: i * 320, y: (i % 2) * 200 }));
  return JSON.stringify(file);
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      rule: v.id,
      impact: v.impact,
      // A known finding is matched on the element's selector or its markup (axe may name a badge by its title).
      targets: v.nodes.filter((n) => !KNOWN.some((k) => k.rule === v.id && k.selector.test(`${n.target.join(' ')} ${n.html}`))).map((n) => n.target.join(' ')),
    }))
    .filter((v) => v.targets.length > 0);
}

test.beforeEach(async ({ page }) => {
  await openApp(page);
  await importFiles(page, [
    { name: 'aino.json', text: personal },
    { name: 'kainuu.json', text: regional() },
  ]);
  await expect(page.getByTestId('library-row')).toHaveCount(2);
});

test('the library has no serious accessibility violations', async ({ page }) => {
  expect(await seriousViolations(page)).toEqual([]);
});

test('the editor with a personal map, its relations and the relation inspector has no serious violations', async ({ page }) => {
  await page.getByRole('link', { name: /Omat verkostosuhteeni/ }).click();
  await expect(page.getByTestId('relation-label')).toHaveCount(3);
  await page.getByTestId('relation-label').filter({ hasText: 'työnhaku' }).locator('.relation-label__text').click();
  await expect(page.getByTestId('relation-inspector')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  for (const tab of ['Kysymykset', 'Pohdinta']) {
    await page.getByRole('tab', { name: tab }).click();
    expect(await seriousViolations(page), tab).toEqual([]);
  }
});

test('the editor with a regional map with services and area badges has no serious violations', async ({ page }) => {
  await page.getByRole('link', { name: /Kainuun TNO-verkosto/ }).click();
  await expect(page.locator('.area-badge--employment').first()).toBeVisible();
  await page.locator('.react-flow__node', { hasText: 'Ohjaamo Kajaani' }).locator('.actor-node__name').click();
  await expect(page.getByTestId('services-editor')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the merge screen, choosing and reviewing, has no serious violations', async ({ page }) => {
  await page.getByRole('link', { name: 'Yhdistä karttoja' }).click();
  await page.getByRole('button', { name: 'Valitse kaikki' }).click();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Tarkista samat toimijat' }).click();
  await expect(page.getByTestId('merge-preview')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('presentation mode, the table view, the list of shortcuts and an actor’s actions menu have no serious violations', async ({ page }) => {
  await page.getByRole('link', { name: /Kainuun TNO-verkosto/ }).click();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  // The shortcuts list (the `?` key).
  await page.locator('body').press('?');
  await expect(page.getByTestId('shortcuts-dialog')).toBeVisible();
  expect(await seriousViolations(page), 'shortcuts').toEqual([]);
  await page.keyboard.press('Escape');
  // An actor's actions (Shift+F10 on a focused actor; a long-press on touch).
  await page.locator('.react-flow__node', { hasText: 'Ohjaamo Kajaani' }).focus();
  await page.keyboard.press('Shift+F10');
  await expect(page.getByTestId('actor-menu')).toBeVisible();
  expect(await seriousViolations(page), 'actor menu').toEqual([]);
  await page.keyboard.press('Escape');
  // The table view.
  await page
    .getByRole('toolbar')
    .getByRole('button', { name: /^Taulukko$/ })
    .click();
  await expect(page.getByTestId('table-view')).toBeVisible();
  expect(await seriousViolations(page), 'table').toEqual([]);
  await page
    .getByRole('toolbar')
    .getByRole('button', { name: /^Taulukko$/ })
    .click();
  // Presenting, with an actor focused.
  await page.locator('body').press('p');
  await expect(page.locator('.editor--presenting')).toBeVisible();
  await page.locator('.react-flow__node', { hasText: 'TYP Kainuu' }).click();
  expect(await seriousViolations(page), 'presenting').toEqual([]);
});
