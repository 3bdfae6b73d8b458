/**
 * Side panels, library, merge screen and notices: what a newcomer tripped over
 * (issue 8, defects 5, 9 and 10). Each test measures what is drawn.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { mapFile } from './support/maps';
import { actorNode, importFiles, openApp, relationLabel } from './support/trainee';
import { exportFromMenu } from './support/exportMenu';

/** A personal map file whose actors sit on the given rings (the shared helper writes no rings). */
function personalWithRings(
  id: string,
  author: string,
  actors: [string, string, 'person' | 'group' | 'organisation', 1 | 2 | 3][],
  relations: Parameters<typeof mapFile>[0]['relations'] = [],
) {
  const file = JSON.parse(
    mapFile({
      id,
      title: `${author}n kartta`,
      kind: 'personal',
      author,
      actors: [['me', author, 'self'], ...actors.map(([a, n, t]) => [a, n, t] as [string, string, typeof t])],
      relations,
    }),
  );
  for (const [actorId, , , ring] of actors) file.map.actors.find((a: { id: string }) => a.id === `${id}-${actorId}`).ring = ring;
  return JSON.stringify(file);
}

const kajaani = personalWithRings(
  'kaj',
  'Aino',
  [
    ['ohj', 'Ohjaamo Kajaani', 'organisation', 1],
    ['te', 'TE-toimisto', 'organisation', 3],
  ],
  [['me', 'ohj', 'forward', ['nuoren ohjaus'], ['meeting']]],
);

async function openMap(page: Page, title: string) {
  await page.getByRole('link', { name: new RegExp(title) }).click();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
}

/** The text lines a button's label is laid out on (1 = it does not wrap). */
async function lineCount(button: Locator): Promise<number> {
  return button.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
    return tops.size;
  });
}

test('a trainee types a topic, clicks a method chip without pressing Enter, and the topic is kept on the arrow', async ({ page }) => {
  await openApp(page);
  await importFiles(page, [{ name: 'kajaani.json', text: kajaani }]);
  await openMap(page, 'Ainon kartta');
  await relationLabel(page, 'nuoren ohjaus').locator('.relation-label__text').click();
  const inspector = page.getByTestId('relation-inspector');
  await inspector.getByRole('textbox', { name: 'Lisää aihe' }).fill('opiskelupaikka');
  await inspector.getByRole('button', { name: 'puhelin', exact: true }).click();

  await expect(inspector.getByTestId('topics').locator('.chip')).toHaveText(['nuoren ohjaus×', 'opiskelupaikka×']);
  await expect(inspector.getByRole('textbox', { name: 'Lisää aihe' })).toHaveValue('');
  await expect(inspector.getByRole('button', { name: 'puhelin', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(relationLabel(page, 'opiskelupaikka')).toContainText('puhelin');

  // A free method typed and left by clicking the map is kept as well.
  await inspector.getByRole('textbox', { name: 'Muu tapa' }).fill('Teams');
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.mouse.click(pane.x + 30, pane.y + pane.height - 30);
  await expect(relationLabel(page, 'opiskelupaikka')).toContainText('Teams');
});

test('question and reflection answers grow with their text instead of scrolling inside a small box', async ({ page }) => {
  await openApp(page);
  await importFiles(page, [{ name: 'kajaani.json', text: kajaani }]);
  await openMap(page, 'Ainon kartta');
  await page.getByRole('tab', { name: 'Kysymykset' }).click();
  await page.getByRole('button', { name: 'Lisää kysymys' }).click();
  const question = page.getByRole('textbox', { name: 'Kysymys 1' });
  const before = (await question.boundingBox())!.height;
  await question.fill(Array.from({ length: 5 }, (_, i) => `Rivi ${i + 1}: miten tavoitan oppisopimustoimiston?`).join('\n'));
  const after = (await question.boundingBox())!.height;
  expect(after).toBeGreaterThan(before * 2.5);
  // The whole text is visible: nothing left to scroll inside the field.
  expect(await question.evaluate((e) => e.scrollHeight - e.clientHeight)).toBeLessThanOrEqual(1);

  await page.getByRole('tab', { name: 'Pohdinta' }).click();
  const answer = page.getByRole('textbox', { name: 'Mihin verkostoihin kuulun?' });
  const empty = (await answer.boundingBox())!.height;
  await answer.fill('Ohjaamon verkosto.\nKunnan nuorten ohjaus- ja palveluverkosto.\nTYP.\nOppilaitosten opot.\nEtsivä nuorisotyö.\nJärjestöt.');
  expect((await answer.boundingBox())!.height).toBeGreaterThan(empty * 1.5);
  expect(await answer.evaluate((e) => e.scrollHeight - e.clientHeight)).toBeLessThanOrEqual(1);
});

test('in Swedish the "Lägg till" buttons of the panels stay on one line', async ({ page }) => {
  await openApp(page);
  await importFiles(page, [{ name: 'kajaani.json', text: kajaani }]);
  await page.getByRole('combobox', { name: 'Kieli' }).selectOption('sv');
  await openMap(page, 'Ainon kartta');
  await relationLabel(page, 'nuoren ohjaus').locator('.relation-label__text').click();
  const inspector = page.getByTestId('relation-inspector');
  const adds = inspector.getByRole('button', { name: 'Lägg till', exact: true });
  await expect(adds).toHaveCount(2);
  for (const button of await adds.all()) expect(await lineCount(button)).toBe(1);
  await page.screenshot({ path: 'screenshots/panels-relation-sv.png' });

  await page.getByRole('tab', { name: 'Frågor' }).click();
  const addQuestion = page.getByRole('button', { name: 'Lägg till fråga' });
  expect(await lineCount(addQuestion)).toBe(1);
  await addQuestion.click();
  await page.getByRole('textbox', { name: 'Fråga 1' }).fill('Vem samordnar nätverket?');
  await page.screenshot({ path: 'screenshots/panels-questions-sv.png' });
});

test('an export message follows a language switch, and the exported file is named like the map', async ({ page }) => {
  await openApp(page);
  const file = JSON.parse(kajaani);
  file.map.title = 'Verkostoni – Kajaanin ohjaamo';
  await importFiles(page, [{ name: 'kajaani.json', text: JSON.stringify(file) }]);
  await openMap(page, 'Verkostoni – Kajaanin ohjaamo');

  const json = page.waitForEvent('download');
  await exportFromMenu(page, 'json');
  expect((await json).suggestedFilename()).toBe('Verkostoni – Kajaanin ohjaamo.json');

  const png = page.waitForEvent('download');
  await exportFromMenu(page, 'map2');
  expect((await png).suggestedFilename()).toBe('Verkostoni – Kajaanin ohjaamo.png');
  const message = page.getByTestId('export-message');
  await expect(message).toContainText('Kuva tallennettu');
  await page.getByRole('combobox', { name: 'Kieli' }).selectOption('en');
  await expect(message).toContainText('Image saved: Verkostoni – Kajaanin ohjaamo.png');
  await expect(message).not.toContainText('Kuva tallennettu');
});

test('the import notice belongs to the library: it is gone once the map is opened', async ({ page }) => {
  await openApp(page);
  await importFiles(page, [{ name: 'kajaani.json', text: kajaani }]);
  await expect(page.getByText('Tuotiin 1 kartta.')).toBeVisible();
  await openMap(page, 'Ainon kartta');
  await expect(page.getByText('Tuotiin 1 kartta.')).toHaveCount(0);
});

test('the library counts the actors a trainee drew, not "me"', async ({ page }) => {
  await openApp(page);
  await importFiles(page, [{ name: 'kajaani.json', text: kajaani }]);
  await expect(page.getByTestId('library-row')).toContainText('2 toimijaa, 1 suhdetta');
});

test("a facilitator merges maps in Swedish at 1366×768: a language switch, a Join button on screen, closeness kept, and the group's questions", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openApp(page);
  const long = (name: string) => `${name} – Kainuun nuorten ohjaus- ja palveluverkoston yhteinen toimipiste`;
  const pekka = personalWithRings('pek', 'Pekka', [
    ['ohj', 'ohjaamo kajaani', 'organisation', 1],
    ['x', long('Kainuun TE-toimisto'), 'organisation', 2],
  ]);
  const liisa = personalWithRings('lii', 'Liisa', [
    ['ohj', 'OHJAAMO KAJAANI', 'organisation', 3],
    ['y', long('TE-toimisto Kainuu'), 'organisation', 2],
  ]);
  const withQuestion = JSON.parse(kajaani);
  withQuestion.map.questions = [{ id: 'q1', text: 'Kuka koordinoi verkostoa?' }];
  await importFiles(page, [
    { name: 'aino.json', text: JSON.stringify(withQuestion) },
    { name: 'pekka.json', text: pekka },
    { name: 'liisa.json', text: liisa },
  ]);
  await page.getByRole('link', { name: 'Yhdistä karttoja' }).click();
  const language = page.locator('.language-switcher select');
  await expect(language).toBeVisible();
  await language.selectOption('sv');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('regional');
  await page.getByRole('button', { name: 'Välj alla' }).click();
  await page.getByRole('button', { name: /Granska/ }).click();

  const join = page.getByRole('button', { name: 'Slå ihop', exact: true });
  await expect(join).toBeVisible();
  const box = (await join.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(1366 - 8);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
  await page.screenshot({ path: 'screenshots/merge-review-sv-1366.png', fullPage: true });

  await page.getByRole('button', { name: /Skapa/ }).click();
  await expect(actorNode(page, 'Ohjaamo Kajaani')).toHaveCount(1);
  await actorNode(page, 'Ohjaamo Kajaani').locator('.actor-node__name').click();
  const rings = page.getByTestId('actor-inspector').getByTestId('provenance-rings');
  await expect(rings).toContainText('På den innersta ringen hos 2 deltagare');
  await expect(rings).toContainText('På den yttersta ringen hos 1 deltagare');
  await page.screenshot({ path: 'screenshots/merged-provenance-sv.png' });
  await language.selectOption('en');
  await expect(rings).toContainText('On the inner ring of 2 trainees');
  await expect(rings).toContainText('On the outer ring of 1 trainee');

  await page.getByRole('tab', { name: 'Questions' }).click();
  await expect(page.getByRole('heading', { name: 'The group’s questions' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'My questions' })).toHaveCount(0);
});
