import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { mapJson, openImported } from './support/canvas';
import { actorNode, addActor, selectActor, waitUntilSaved } from './support/trainee';

/** An older map: no createdAt on its actors and relations, no round. */
const firstRound = mapJson({
  id: 'kierros-1',
  title: 'Omat suhteeni',
  actors: [
    { id: 'me', name: 'Aino', type: 'self', position: { x: 0, y: 0 } },
    { id: 'koulu', name: 'Koulu', type: 'organisation', ring: 1 },
    { id: 'kela', name: 'Kela', type: 'organisation', ring: 2 },
    { id: 'te', name: 'TE-palvelut', type: 'organisation', ring: 3 },
    { id: 'nuoriso', name: 'Nuorisotyö', type: 'group', ring: 2 },
  ],
  relations: [
    { source: 'me', target: 'koulu', topics: ['opinnot'] },
    { source: 'kela', target: 'me', topics: ['toimeentulo'] },
    { source: 'me', target: 'te', direction: 'both', topics: ['työnhaku'] },
  ],
});

const overlay = (page: Page) => page.getByTestId('rounds-overlay');
const assessmentTab = (page: Page, name = 'Arviointi') => page.getByRole('tab', { name }).click();

/** Select an actor on the canvas and delete it from the keyboard (works in any language). */
async function deleteActor(page: Page, name: string) {
  await actorNode(page, name).locator('.actor-node__name').click();
  await actorNode(page, name).focus();
  await page.keyboard.press('Delete');
}

/** The drawn box of an element, in page px. */
async function box(page: Page, selector: string) {
  const b = await page.locator(selector).first().boundingBox();
  expect(b).not.toBeNull();
  return b!;
}

test('a trainee starts a new round, changes it, compares it with the first round in words and on the map, saves the picture and replays it', async ({
  page,
}) => {
  await openImported(page, firstRound);
  await assessmentTab(page);
  await expect(page.getByTestId('round-info')).toHaveText('Kierros 1');
  await page.getByRole('button', { name: 'Aloita uusi kierros' }).click();
  await expect(page.getByRole('textbox', { name: 'Kartan nimi' })).toHaveValue('Omat suhteeni (kierros 2)');
  await assessmentTab(page);
  await expect(page.getByTestId('round-info')).toHaveText('Kierros 2 · edellinen: Omat suhteeni');
  await expect(actorNode(page, 'Kela')).toBeVisible();

  // Half a year later: a new mentor, TE-palvelut gone, Kela closer, Kela's relation now both ways.
  await addActor(page, 'person', 'Mentori Maija', 1);
  await deleteActor(page, 'TE-palvelut');
  await expect(actorNode(page, 'TE-palvelut')).toHaveCount(0);
  await selectActor(page, 'Kela');
  await page.getByTestId('actor-inspector').getByRole('radio', { name: 'Lähimmät' }).check();
  await page.getByTestId('relation-label').and(page.getByTitle('toimeentulo')).click();
  await page.getByTestId('relation-inspector').getByRole('radio', { name: 'Kela ↔ Aino' }).check();
  await waitUntilSaved(page);

  await assessmentTab(page);
  await expect(page.getByRole('combobox', { name: 'Vertaa karttaan' })).toHaveValue('kierros-1');
  await page.getByRole('button', { name: 'Vertaa', exact: true }).click();
  const words = page.getByTestId('rounds-changes');
  await expect(words.locator('[data-kind="added"]')).toContainText('Uudet (1)');
  await expect(words.locator('[data-kind="added"]')).toContainText('Mentori Maija');
  await expect(words.locator('[data-kind="gone"]')).toContainText('TE-palvelut');
  await expect(words.locator('[data-kind="gone"]')).toContainText('Aino ↔ TE-palvelut');
  await expect(words.locator('[data-kind="closer"]')).toContainText('Kela: Keskimmäiset → Lähimmät');
  await expect(words.locator('[data-kind="direction"]')).toContainText('Kela → Aino, nyt Kela ↔ Aino');

  // The overlay draws them: the added actor outlined in the added colour around its node, a dashed ghost where TE-palvelut stood.
  const added = overlay(page).locator('g[data-change="added"][data-actor] > rect');
  await expect(added).toHaveCount(1);
  expect(await added.evaluate((e) => getComputedStyle(e).stroke)).toBe('rgb(26, 127, 55)');
  const outline = (await added.boundingBox())!;
  const mentor = (await actorNode(page, 'Mentori Maija').boundingBox())!;
  expect(outline.x).toBeLessThan(mentor.x);
  expect(outline.y).toBeLessThan(mentor.y);
  expect(outline.x + outline.width).toBeGreaterThan(mentor.x + mentor.width);
  expect(outline.y + outline.height).toBeGreaterThan(mentor.y + mentor.height);
  const ghost = overlay(page).locator('g[data-change="gone"][data-actor="te"]');
  await expect(ghost).toContainText('TE-palvelut');
  expect(await ghost.locator(':scope > rect').evaluate((e) => getComputedStyle(e).strokeDasharray)).not.toBe('none');
  expect((await ghost.boundingBox())!.width).toBeGreaterThan(40);
  await expect(overlay(page).locator('g[data-change="gone"][data-relation]')).toHaveCount(1);
  // Kela's move: an arrow whose head ends beside Kela's node.
  const arrowHead = await box(page, '[data-testid="rounds-overlay"] g[data-change="closer"][data-actor="kela"] polygon');
  const kela = (await actorNode(page, 'Kela').boundingBox())!;
  const headCentre = { x: arrowHead.x + arrowHead.width / 2, y: arrowHead.y + arrowHead.height / 2 };
  const distance = Math.max(kela.x - headCentre.x, headCentre.x - (kela.x + kela.width), kela.y - headCentre.y, headCentre.y - (kela.y + kela.height), 0);
  expect(distance).toBeLessThan(30);
  await expect(overlay(page).locator('g[data-change="direction"] [data-change-badge="direction"]')).toHaveText('⇄');
  const legend = page.getByTestId('rounds-legend');
  await expect(legend).toContainText('Uudet');
  await expect(legend).toContainText('Poistuneet (katkoviiva)');
  await expect(legend).toContainText('Suunta muuttunut');
  await page.screenshot({ path: 'screenshots/rounds-compare-fi.png' });

  // The picture: a PNG with the overlay, legend and words.
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tallenna vertailu kuvana (PNG)' }).click();
  const download = await pending;
  expect(download.suggestedFilename()).toMatch(/\.png$/);
  await download.saveAs('screenshots/rounds-compare-picture-fi.png');
  const png = readFileSync('screenshots/rounds-compare-picture-fi.png');
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect(png.readUInt32BE(16)).toBeGreaterThan(600);
  // The changes are in the picture in their colours: pixels of the added green, the gone grey and the direction orange.
  const counts = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const context = canvas.getContext('2d')!;
    context.drawImage(img, 0, 0);
    const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
    const kinds = ['added', 'gone', 'direction'] as const;
    const rgb = [26, 127, 55, 110, 119, 129, 179, 89, 0];
    const found = [0, 0, 0];
    for (let i = 0; i < data.length; i += 4)
      for (let k = 0; k < 3; k++)
        if (Math.abs(data[i]! - rgb[k * 3]!) + Math.abs(data[i + 1]! - rgb[k * 3 + 1]!) + Math.abs(data[i + 2]! - rgb[k * 3 + 2]!) < 12) found[k]!++;
    return Object.fromEntries(kinds.map((kind, k) => [kind, found[k]!]));
  }, png.toString('base64'));
  expect(counts.added).toBeGreaterThan(200);
  expect(counts.gone).toBeGreaterThan(200);
  expect(counts.direction).toBeGreaterThan(100);

  // Side by side: both rounds drawn as read-only pictures.
  await page.getByRole('button', { name: 'Rinnakkain' }).click();
  const pair = page.getByTestId('rounds-side-by-side');
  for (const title of ['Omat suhteeni', 'Omat suhteeni (kierros 2)']) {
    const picture = pair.getByRole('img', { name: `Kartta ${title}`, exact: true });
    await expect(picture).toBeVisible();
    expect(await picture.evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth))).toBeGreaterThan(300);
  }
  await page.screenshot({ path: 'screenshots/rounds-side-by-side-fi.png' });
  await pair.getByRole('button', { name: 'Sulje' }).click();
  await expect(pair).toHaveCount(0);

  // Turning the overlay off removes it; ending the comparison removes the words.
  // The overlay stays while the trainee looks at another tab; the legend's own button hides it.
  await page.getByRole('tab', { name: 'Tiedot' }).click();
  await expect(overlay(page).locator('g[data-change]')).toHaveCount(5);
  await legend.getByRole('button', { name: 'Piilota' }).click();
  await expect(overlay(page)).toHaveCount(0);
  await assessmentTab(page);
  await expect(page.getByRole('checkbox', { name: 'Näytä muutokset kartalla' })).not.toBeChecked();
  await page.getByRole('checkbox', { name: 'Näytä muutokset kartalla' }).check();
  await expect(overlay(page)).toBeVisible();
  await page.getByRole('checkbox', { name: 'Näytä muutokset kartalla' }).uncheck();
  await expect(overlay(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Lopeta vertailu' }).click();
  await expect(page.getByTestId('rounds-result')).toHaveCount(0);

  // Replay: the map grows element by element from "me"; the new mentor, stamped when drawn, comes last of the actors.
  await page.getByRole('button', { name: 'Toista piirtäminen' }).click();
  const progress = page.getByTestId('replay-progress');
  const total = 5 + 2; // 5 actors (4 imported + the mentor) and 2 relations
  await expect(progress).toHaveText(`1 / ${total}`);
  await page.getByRole('button', { name: 'Tauko' }).click();
  const step = Number((await progress.textContent())!.split(' / ')[0]);
  await page.getByRole('button', { name: 'Edellinen' }).click();
  await expect(progress).toHaveText(`${step - 1} / ${total}`);
  while (Number((await progress.textContent())!.split(' / ')[0]) > 0) await page.getByRole('button', { name: 'Edellinen' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  // Step from the keyboard.
  await page.getByRole('button', { name: 'Seuraava' }).focus();
  await page.keyboard.press('Enter');
  await expect(progress).toHaveText(`1 / ${total}`);
  await expect(page.locator('.react-flow__node')).toHaveCount(1);
  await expect(actorNode(page, 'Aino')).toBeVisible();
  const seen: number[] = [];
  for (let i = 2; i <= total; i++) {
    await page.keyboard.press('Enter');
    await expect(progress).toHaveText(`${i} / ${total}`);
    seen.push(await page.locator('.react-flow__node').count());
    if (i === 4) await page.screenshot({ path: 'screenshots/rounds-replay-fi.png' });
  }
  // Never fewer nodes than a step before; the mentor appears only when every actor is drawn.
  expect(seen).toEqual([...seen].sort((a, b) => a - b));
  expect(seen.at(-1)).toBe(5);
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
  await page.getByRole('button', { name: 'Lopeta toisto' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(5);
});

test('a new round from the library card keeps the first round unchanged', async ({ page }) => {
  await openImported(page, firstRound);
  await page.goto('/');
  const row = page.getByTestId('library-row').filter({ hasText: 'Omat suhteeni' });
  await row.getByText('Uusi kartta tästä').click();
  await page.screenshot({ path: 'screenshots/rounds-library-fi.png' });
  await row.getByRole('button', { name: 'Uusi kierros' }).click();
  await expect(page.getByTestId('round-info').or(page.getByRole('tab', { name: 'Arviointi' }))).toBeVisible();
  await assessmentTab(page);
  await expect(page.getByTestId('round-info')).toHaveText('Kierros 2 · edellinen: Omat suhteeni');
  await page.goto('/');
  await expect(page.getByTestId('library-row')).toHaveCount(2);
  await expect(page.getByRole('link', { name: 'Avaa kartta Omat suhteeni (kierros 2)' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Avaa kartta Omat suhteeni', exact: true })).toBeVisible();
});

for (const [language, tab, compare, button] of [
  ['sv', 'Bedömning', 'Jämför', 'Starta en ny omgång'],
  ['en', 'Assessment', 'Compare', 'Start a new round'],
] as const) {
  test(`the comparison reads in ${language}`, async ({ page }) => {
    await openImported(page, firstRound);
    await page.getByRole('combobox', { name: 'Kieli' }).selectOption(language);
    await assessmentTab(page, tab);
    await page.getByRole('button', { name: button }).click();
    await expect(page.getByRole('textbox').first()).toHaveValue(/\(\S+ 2\)$/);
    await assessmentTab(page, tab);
    await expect(page.getByTestId('round-info')).toContainText('2');
    await deleteActor(page, 'Kela');
    await expect(actorNode(page, 'Kela')).toHaveCount(0);
    await assessmentTab(page, tab);
    await page.getByRole('button', { name: compare, exact: true }).click();
    await expect(page.getByTestId('rounds-changes').locator('[data-kind="gone"]')).toContainText('Kela');
    await expect(overlay(page).locator('g[data-change="gone"][data-actor="kela"]')).toBeVisible();
    await page.screenshot({ path: `screenshots/rounds-compare-${language}.png` });
    // The section, the words and the legend over the canvas: no serious accessibility findings.
    const results = await new AxeBuilder({ page }).include('.rounds').include('[data-testid="rounds-legend"]').analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });
}
