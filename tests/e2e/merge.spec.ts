import { expect, test } from '@playwright/test';
import { mapFile } from './support/maps';
import { actorNode, dumpDatabase, importFiles, openApp, relationLabel } from './support/trainee';
import { BOTH_WAYS, expectGlyphAsDrawn } from './support/glyph';

const aino = mapFile({
  id: 'aino',
  title: 'Ainon kartta',
  kind: 'personal',
  author: 'Aino',
  actors: [
    ['me', 'Aino', 'self'],
    ['ohj', 'Ohjaamo Kajaani', 'organisation'],
    ['te', 'Kainuun TE-toimisto', 'organisation'],
  ],
  relations: [
    ['me', 'ohj', 'forward', ['nuoren ohjaus'], ['meeting']],
    ['ohj', 'te', 'forward', ['työnhaku'], ['email']],
  ],
  questions: ['Kuka koordinoi verkostoa?'],
});
const bertta = mapFile({
  id: 'bertta',
  title: 'Bertan kartta',
  kind: 'personal',
  author: 'Bertta',
  actors: [
    ['me', 'Bertta', 'self'],
    ['ohj', 'ohjaamo  kajaani', 'organisation'],
    ['te', 'TE-toimisto Kainuu', 'organisation'],
    ['nuo', 'Kajaanin nuorisopalvelut', 'organisation'],
  ],
  relations: [
    ['te', 'ohj', 'forward', ['työkokeilu'], ['phone']],
    ['me', 'nuo', 'both', ['harrastukset'], ['chat']],
  ],
  questions: ['Miten tavoitan Kelan?'],
});
const cecilia = mapFile({
  id: 'cecilia',
  title: 'Cecilian kartta',
  kind: 'personal',
  author: 'Cecilia',
  actors: [
    ['me', 'Cecilia', 'self'],
    ['ohj', 'Ohjaamo Kajaani', 'organisation'],
    ['ets', 'Etsivä nuorisotyö', 'group'],
  ],
  relations: [['me', 'ohj', 'forward', ['asumisen tuki'], ['meeting']]],
});
const group = mapFile({
  id: 'ryhma1',
  title: 'Ryhmä 1: Kainuu',
  kind: 'regional',
  actors: [
    ['ets', 'Etsiva nuorisotyo', 'group'],
    ['kela', 'Kela Kajaani', 'organisation'],
  ],
  relations: [['ets', 'kela', 'forward', ['toimeentulo'], ['letter']]],
});

test('a facilitator imports three personal maps and a group map, and merges them from the library into one titled regional map', async ({ page }) => {
  await openApp(page);
  await importFiles(
    page,
    [
      ['aino.json', aino],
      ['bertta.json', bertta],
      ['cecilia.json', cecilia],
      ['ryhma1.json', group],
    ].map(([name, text]) => ({ name: name!, text: text! })),
  );
  await expect(page.getByTestId('library-row')).toHaveCount(4);
  const libraryBefore = await dumpDatabase(page);
  await page.getByRole('link', { name: 'Yhdistä karttoja' }).click();
  await page.getByLabel('Yhdistetyn kartan nimi').fill('Kainuun verkostokartta');
  await page.getByRole('textbox', { name: 'Alue' }).fill('Kainuu');
  await page.getByRole('button', { name: 'Valitse kaikki' }).click();
  await expect(page.getByText('4 karttaa valittu')).toBeVisible();
  await page.getByRole('button', { name: 'Tarkista samat toimijat' }).click();

  const proposal = (text: RegExp) => page.getByTestId('proposal').filter({ hasText: text });
  await proposal(/Kainuun TE-toimisto ↔ TE-toimisto Kainuu|TE-toimisto Kainuu ↔ Kainuun TE-toimisto/)
    .getByRole('radio', { name: 'Sama toimija' })
    .check();
  await proposal(/Etsiva nuorisotyo|Etsivä nuorisotyö/)
    .getByRole('radio', { name: 'Eri toimijat' })
    .check();
  // Aino, Bertta, Cecilia, Ohjaamo Kajaani (×3, by case and spaces), TE-toimisto (accepted),
  // Kajaanin nuorisopalvelut, Etsivä nuorisotyö and Etsiva nuorisotyo (rejected), Kela Kajaani.
  await expect(page.getByTestId('merge-preview')).toContainText('9 toimijaa, 5 suhdetta, 2 kysymystä 4 kartasta');
  await page.screenshot({ path: 'screenshots/merge-review-fi.png', fullPage: true });
  await page.getByRole('button', { name: 'Luo yhdistetty kartta' }).click();

  await expect(page.getByRole('textbox', { name: 'Kartan nimi' })).toHaveValue('Kainuun verkostokartta');
  await expect(page.locator('.react-flow__node')).toHaveCount(9);
  await expect(page.locator('.react-flow__edge')).toHaveCount(5);
  await expect(actorNode(page, 'Ohjaamo Kajaani')).toHaveCount(1);
  await expect(page.getByTestId('ring-label')).toHaveCount(0);

  // → in one map and ← in another give ↔, drawn in two maps.
  const both = relationLabel(page, 'työnhaku');
  expect(BOTH_WAYS).toContain(await expectGlyphAsDrawn(page, both));
  await expect(both).toContainText('työkokeilu');
  await expect(both).toContainText('×2');
  await both.locator('.relation-label__text').click();
  const provenance = page.getByTestId('relation-inspector').getByTestId('provenance');
  await expect(provenance).toContainText('Piirretty 2 kartassa');
  await expect(provenance).toContainText('Ainon kartta (Aino)');
  await expect(provenance).toContainText('Bertan kartta (Bertta)');
  await page.screenshot({ path: 'screenshots/merged-fi.png' });

  await actorNode(page, 'Ohjaamo Kajaani').locator('.actor-node__name').click();
  await expect(page.getByTestId('actor-inspector').getByTestId('provenance')).toContainText('Cecilian kartta (Cecilia)');

  await page.reload();
  await expect(page.locator('.react-flow__node')).toHaveCount(9);
  // The source maps are untouched.
  const after = (await dumpDatabase(page)) as { id: string }[];
  for (const source of libraryBefore as { id: string }[]) expect(after.find((r) => r.id === source.id)).toEqual(source);
  await expect(relationLabel(page, 'työnhaku')).toContainText('×2');
  expect(BOTH_WAYS).toContain(await expectGlyphAsDrawn(page, relationLabel(page, 'työnhaku')));
  await page.getByRole('tab', { name: 'Kysymykset' }).click();
  await expect(page.getByTestId('question')).toHaveCount(2);
  await expect(page.getByTestId('question').first()).toContainText('Aino');
});

test('maps imported while the merge screen is open join its list of the library (an import from the library finishing after the click, or a drop here)', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('link', { name: 'Yhdistä karttoja' }).click();
  const selectAll = page.getByRole('button', { name: 'Valitse kaikki' });
  await expect(selectAll).toBeDisabled();
  const transfer = await page.evaluateHandle(
    (texts: string[]) => {
      const data = new DataTransfer();
      texts.forEach((text, i) => data.items.add(new File([text], `kartta-${i}.json`, { type: 'application/json' })));
      return data;
    },
    [aino, bertta],
  );
  await page.dispatchEvent('body', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
  const listed = page.getByRole('group', { name: 'Kartat tässä selaimessa' }).getByRole('checkbox');
  await expect(listed).toHaveCount(2);
  await selectAll.click();
  await expect(page.getByText('2 karttaa valittu')).toBeVisible();
});

test('a facilitator goes from a folder of 25 exported maps to one readable regional map in a few clicks', async ({ page }) => {
  test.setTimeout(120_000);
  const { regionOfManyMaps } = await import('../../src/model/merge/fixtures');
  const { toMapJson } = await import('../../src/model/serialise');
  const files = regionOfManyMaps(25, 40).map((map, i) => ({ name: `kartta-${i + 1}.json`, mimeType: 'application/json', buffer: Buffer.from(toMapJson(map)) }));
  await openApp(page);
  const started = Date.now();
  await page.getByRole('link', { name: 'Yhdistä karttoja' }).click();
  // An empty library has nothing to select (and a press before its list is read selected nothing).
  await expect(page.getByRole('button', { name: 'Valitse kaikki' })).toBeDisabled();
  await page.getByLabel('Yhdistetyn kartan nimi').fill('Kainuun alueen verkostokartta');
  await page.getByTestId('merge-file-input').setInputFiles(files);
  // Each file without positions is placed on its rings while it is read (model/normalise): seconds on a busy machine.
  await expect(page.getByText('25 karttaa tiedostoista')).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Tarkista samat toimijat' }).click();
  await page.getByRole('button', { name: 'Kaikki eri toimijoiksi' }).click();
  await expect(page.getByTestId('merge-preview')).toContainText('25 kartasta');
  await page.getByRole('button', { name: 'Luo yhdistetty kartta' }).click();
  await expect(page.getByRole('textbox', { name: 'Kartan nimi' })).toHaveValue('Kainuun alueen verkostokartta', { timeout: 60_000 });
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  const seconds = (Date.now() - started) / 1000;
  console.log(`25 maps × 40 actors: merged, laid out and opened in ${seconds.toFixed(1)} s (including scripted clicks)`);
  expect(seconds).toBeLessThan(60);
  await page.screenshot({ path: 'screenshots/merged-25-fi.png' });
  // Level of detail: seen whole, the 1800 relations are one simple path; zoomed in, full arrows and labels return.
  await expect(page.getByTestId('simple-edges')).toHaveCount(1);
  await expect(page.locator('.react-flow__edge')).toHaveCount(0);
  for (let i = 0; i < 6; i++) await page.getByRole('button', { name: 'Lähennä' }).click();
  await expect(page.getByTestId('simple-edges')).toHaveCount(0);
  await expect(page.locator('.react-flow__edge').first()).toBeAttached();
  await expect(page.getByTestId('relation-label').first()).toBeAttached();
});
