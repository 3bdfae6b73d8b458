import { expect, test } from '@playwright/test';
import { actorNode, addActor, createPersonalMap, openApp } from './support/trainee';

test('closing the tab a second after an edit loses nothing', async ({ context, page }) => {
  await openApp(page);
  await createPersonalMap(page, { title: 'Suljettava', author: 'Aino' });
  const url = page.url();
  await addActor(page, 'group', 'Nuorisotoimi', 2);
  await page.getByRole('tab', { name: 'Pohdinta' }).click();
  await page.getByRole('textbox', { name: 'Mihin verkostoihin kuulun?' }).fill('Ohjaamon verkosto');
  await page.waitForTimeout(1000);
  // No waiting for the "saved" mark, and no beforeunload: the tab just goes away.
  await page.close({ runBeforeUnload: false });

  const again = await context.newPage();
  await again.goto(url);
  await expect(actorNode(again, 'Nuorisotoimi')).toBeVisible();
  await again.getByRole('tab', { name: 'Pohdinta' }).click();
  await expect(again.getByRole('textbox', { name: 'Mihin verkostoihin kuulun?' })).toHaveValue('Ohjaamon verkosto');
});

test('a trainee on a tablet adds an actor by touch', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: false });
  const page = await context.newPage();
  await openApp(page);
  await page.getByRole('button', { name: 'Uusi oma kartta' }).tap();
  await page.getByTestId('new-map-dialog').getByLabel('Tekijän nimi').fill('Aino');
  await page.getByTestId('new-map-dialog').getByRole('button', { name: 'Luo' }).tap();
  await page.getByRole('button', { name: 'Lisää ryhmä' }).tap();
  const field = page.getByRole('textbox', { name: /^Muokkaa nimeä/ });
  await field.fill('Työpaja');
  await field.press('Enter');
  await actorNode(page, 'Työpaja').locator('.actor-node__name').tap();
  await page.getByTestId('actor-inspector').getByRole('radio', { name: 'Lähimmät' }).tap();
  await expect(page.getByTestId('actor-inspector').getByRole('radio', { name: 'Lähimmät' })).toBeChecked();
  await page.screenshot({ path: 'screenshots/tablet-fi.png' });
  await context.close();
});
