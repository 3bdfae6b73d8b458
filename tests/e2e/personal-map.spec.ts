import { expect, test } from '@playwright/test';
import { actorNode, addActor, createPersonalMap, describeRelation, drawRelation, openApp, relationLabel, selectActor, waitUntilSaved } from './support/trainee';
import { BOTH_WAYS, expectGlyphAsDrawn } from './support/glyph';

test('a trainee draws a personal map with actors on rings, relations, a question and a reflection, and finds it all after a reload', async ({ page }) => {
  await openApp(page);
  await createPersonalMap(page, { title: 'Omat verkostosuhteeni', author: 'Aino' });

  await addActor(page, 'person', 'Kuraattori Liisa', 1);
  await addActor(page, 'group', 'Etsivä nuorisotyö', 2);
  await addActor(page, 'organisation', 'TE-toimisto', 3);
  await addActor(page, 'person', 'Opo Pekka', 2);
  await page.getByTestId('actor-inspector').getByRole('textbox', { name: 'Organisaatio' }).fill('Kajaanin lukio');

  // Three relations, one of each direction: → (as drawn), ← and ↔ chosen in the relation inspector.
  await drawRelation(page, 'Aino', 'Kuraattori Liisa');
  await describeRelation(page, { topics: ['opiskelijan tuki'], methods: ['tapaaminen', 'sähköposti'] });
  await drawRelation(page, 'Aino', 'TE-toimisto');
  await describeRelation(page, { topics: ['työnhaku'], methods: ['puhelin'], otherMethods: ['Teams'] });
  await page.getByTestId('relation-inspector').getByRole('radio', { name: 'Aino ← TE-toimisto' }).check();
  await drawRelation(page, 'Etsivä nuorisotyö', 'Aino');
  await describeRelation(page, { topics: ['nuoren ohjaus', 'verkostopalaveri'], methods: ['palaveri'] });
  await page.getByTestId('relation-inspector').getByRole('radio', { name: 'Etsivä nuorisotyö ↔ Aino' }).check();

  // Each label's glyph points as its line's heads are drawn (→ or ← by where the line runs, ↔ or ↕ for both).
  await expectGlyphAsDrawn(page, relationLabel(page, 'opiskelijan tuki'));
  await expect(relationLabel(page, 'opiskelijan tuki')).toContainText('tapaaminen · sähköposti');
  expect(BOTH_WAYS).not.toContain(await expectGlyphAsDrawn(page, relationLabel(page, 'työnhaku')));
  await expect(relationLabel(page, 'työnhaku')).toContainText('Teams');
  expect(BOTH_WAYS).toContain(await expectGlyphAsDrawn(page, relationLabel(page, 'nuoren ohjaus')));

  await page.getByRole('tab', { name: 'Kysymykset' }).click();
  await page.getByRole('button', { name: 'Lisää kysymys' }).click();
  await page.getByRole('textbox', { name: 'Kysymys 1' }).fill('Miten tavoitan oppisopimustoimiston?');
  await page.getByRole('tab', { name: 'Pohdinta' }).click();
  await page.getByRole('textbox', { name: 'Miksi verkosto on olemassa?' }).fill('Yhteiset nuoret asiakkaat');
  await waitUntilSaved(page);
  await page.screenshot({ path: 'screenshots/personal-map-fi.png' });

  await page.reload();
  for (const name of ['Aino', 'Kuraattori Liisa', 'Etsivä nuorisotyö', 'TE-toimisto', 'Opo Pekka']) await expect(actorNode(page, name)).toBeVisible();
  await expect(actorNode(page, 'Opo Pekka')).toContainText('Kajaanin lukio');
  await expect(page.locator('.react-flow__edge')).toHaveCount(3);
  expect(BOTH_WAYS).not.toContain(await expectGlyphAsDrawn(page, relationLabel(page, 'opiskelijan tuki')));
  expect(BOTH_WAYS).not.toContain(await expectGlyphAsDrawn(page, relationLabel(page, 'työnhaku')));
  expect(BOTH_WAYS).toContain(await expectGlyphAsDrawn(page, relationLabel(page, 'nuoren ohjaus')));
  await expect(relationLabel(page, 'nuoren ohjaus')).toContainText('verkostopalaveri');

  // Rings are stored, not only positions.
  const rings = { 'Kuraattori Liisa': 'Lähimmät', 'Etsivä nuorisotyö': 'Keskimmäiset', 'TE-toimisto': 'Etäisimmät' } as const;
  for (const [name, ring] of Object.entries(rings)) {
    await selectActor(page, name);
    await expect(page.getByTestId('actor-inspector').getByRole('radio', { name: ring })).toBeChecked();
  }
  await page.getByRole('tab', { name: 'Kysymykset' }).click();
  await expect(page.getByRole('textbox', { name: 'Kysymys 1' })).toHaveValue('Miten tavoitan oppisopimustoimiston?');
  await page.getByRole('tab', { name: 'Pohdinta' }).click();
  await expect(page.getByRole('textbox', { name: 'Miksi verkosto on olemassa?' })).toHaveValue('Yhteiset nuoret asiakkaat');
});

test('a trainee writes, reorders and removes own questions', async ({ page }) => {
  await openApp(page);
  await createPersonalMap(page, { title: 'Kysymykset', author: 'Aino' });
  await page.getByRole('tab', { name: 'Kysymykset' }).click();
  for (const [i, text] of ['Ensimmäinen?', 'Toinen?', 'Kolmas?'].entries()) {
    await page.getByRole('button', { name: 'Lisää kysymys' }).click();
    await expect(page.getByRole('textbox', { name: `Kysymys ${i + 1}` })).toBeFocused();
    await page.keyboard.type(text);
  }
  await page.getByRole('button', { name: 'Siirrä kysymys 3 ylös' }).click();
  await page.getByRole('button', { name: 'Poista kysymys 1' }).click();
  await expect(page.getByRole('textbox', { name: 'Kysymys 1' })).toHaveValue('Kolmas?');
  await expect(page.getByRole('textbox', { name: 'Kysymys 2' })).toHaveValue('Toinen?');
  await expect(page.getByTestId('question')).toHaveCount(2);
  await waitUntilSaved(page);
  await page.reload();
  await page.getByRole('tab', { name: 'Kysymykset' }).click();
  await expect(page.getByRole('textbox', { name: 'Kysymys 1' })).toHaveValue('Kolmas?');
});
