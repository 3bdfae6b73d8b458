import { expect, test } from '@playwright/test';
import { createPersonalMap, dumpDatabase, openApp } from './support/trainee';

test('a trainee renames, duplicates, deletes and restores maps in the library', async ({ page }) => {
  await openApp(page);
  await expect(page.getByText('Ei vielä karttoja.')).toBeVisible();
  await createPersonalMap(page, { title: 'Syksy', author: 'Aino' });
  await page.getByRole('link', { name: /Karttani/ }).click();

  const row = (title: string) => page.getByTestId('library-row').filter({ has: page.getByRole('link', { name: `Avaa kartta ${title}` }) });
  await expect(row('Syksy')).toContainText('Oma kartta');
  // A new map has only "me", which is the centre, not an actor the trainee drew.
  await expect(row('Syksy')).toContainText('0 toimijaa, 0 suhdetta');

  await row('Syksy').getByRole('button', { name: 'Nimeä uudelleen' }).click();
  await page.getByTestId('rename-dialog').getByLabel('Kartan uusi nimi').fill('Syksy 2026');
  await page.getByTestId('rename-dialog').getByRole('button', { name: 'Tallenna' }).click();
  await expect(row('Syksy 2026')).toBeVisible();

  // Making a new map from a row is folded under one button; it opens from the keyboard too.
  await expect(row('Syksy 2026').getByRole('button', { name: 'Monista' })).toBeHidden();
  await row('Syksy 2026').getByText('Uusi kartta tästä').focus();
  await page.keyboard.press('Enter');
  await expect(row('Syksy 2026').getByRole('button', { name: 'Monista' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(row('Syksy 2026').getByRole('button', { name: 'Monista' })).toBeHidden();
  await page.keyboard.press('Enter');
  await row('Syksy 2026').getByRole('button', { name: 'Monista' }).click();
  await expect(row('Syksy 2026 (kopio)')).toBeVisible();
  await expect(page.getByTestId('library-row')).toHaveCount(2);

  // Delete asks first; cancelling keeps the map.
  await row('Syksy 2026 (kopio)').getByRole('button', { name: 'Poista' }).click();
  await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Peruuta' }).click();
  await expect(page.getByTestId('library-row')).toHaveCount(2);

  await row('Syksy 2026 (kopio)').getByRole('button', { name: 'Poista' }).click();
  await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Poista' }).click();
  await expect(page.getByTestId('library-row')).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: 'siirrettiin roskakoriin' })).toBeVisible();
  await page.getByRole('button', { name: 'Kumoa' }).click();
  await expect(page.getByTestId('library-row')).toHaveCount(2);

  // From the trash, a map comes back; only "delete for good" destroys it, after asking.
  await row('Syksy 2026 (kopio)').getByRole('button', { name: 'Poista' }).click();
  await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Poista' }).click();
  await page.getByText('Roskakori (1)').click();
  await page.getByTestId('trash-row').getByRole('button', { name: 'Palauta' }).click();
  await expect(page.getByTestId('library-row')).toHaveCount(2);
  await row('Syksy 2026 (kopio)').getByRole('button', { name: 'Poista' }).click();
  await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Poista' }).click();
  await page.getByTestId('trash-row').getByRole('button', { name: 'Poista pysyvästi' }).click();
  await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Poista pysyvästi' }).click();
  await expect(page.getByTestId('trash-row')).toHaveCount(0);
  expect(await dumpDatabase(page)).toHaveLength(1);

  await page.reload();
  await expect(row('Syksy 2026')).toBeVisible();
});

test('a trainee drops map files on the window to import them, and sees whether the browser keeps maps for good', async ({ page }) => {
  const { readFileSync } = await import('node:fs');
  const fixture = readFileSync(new URL('../fixtures/v1-personal.json', import.meta.url), 'utf8');
  await openApp(page);
  await expect(page.getByTestId('persistence')).toBeVisible();
  const transfer = await page.evaluateHandle(
    ([good]: string[]) => {
      const data = new DataTransfer();
      data.items.add(new File([good!], 'pudotettu.json', { type: 'application/json' }));
      data.items.add(new File(['ei json'], 'rikki.json', { type: 'application/json' }));
      return data;
    },
    [fixture],
  );
  await page.dispatchEvent('body', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
  await expect(page.getByTestId('library-row')).toHaveCount(1);
  await expect(page.getByTestId('import-errors')).toContainText('rikki.json: tiedosto ei ole kelvollista JSONia');
});
