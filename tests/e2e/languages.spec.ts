import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { importFiles, openApp } from './support/trainee';

const fixture = readFileSync(new URL('../fixtures/v1-personal.json', import.meta.url), 'utf8');

test('a trainee switches the language to Swedish and English, and the choice is remembered', async ({ page }) => {
  await openApp(page);
  await importFiles(page, [{ name: 'aino.json', text: fixture }]);
  await expect(page.getByRole('heading', { name: 'Karttani' })).toBeVisible();
  await page.screenshot({ path: 'screenshots/library-fi.png' });

  await page.getByRole('combobox', { name: 'Kieli' }).selectOption('sv');
  await expect(page.getByRole('heading', { name: 'Mina kartor' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ny egen karta' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await page.getByRole('link', { name: /Öppna kartan/ }).click();
  await expect(page.getByRole('button', { name: 'Lägg till person' })).toBeVisible();
  await expect(page.getByTestId('ring-label').first()).toHaveText('Närmast');
  await expect(page.getByTestId('relation-label').first()).toContainText(/möte|e-post|telefon|chatt|brev|sammanträde/);
  await page.screenshot({ path: 'screenshots/editor-sv.png' });

  await page.getByRole('combobox', { name: 'Språk' }).selectOption('en');
  await expect(page.getByRole('button', { name: 'Add person' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Reflection' })).toBeVisible();
  await page.getByRole('tab', { name: 'Reflection' }).click();
  await expect(page.getByText('Why does the network exist?')).toBeVisible();
  await page.screenshot({ path: 'screenshots/editor-en.png' });

  await page.reload();
  await expect(page.getByRole('button', { name: 'Add person' })).toBeVisible();
  await expect(page).toHaveTitle('Network map');
});
