import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { actorNode, importFiles, openApp, selectActor, waitUntilSaved } from './support/trainee';

const fixture = readFileSync(new URL('../fixtures/v1-personal.json', import.meta.url), 'utf8');

test('a group draws a regional map of actors and their services, with content-area badges and a legend', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Uusi alueen kartta' }).click();
  const dialog = page.getByTestId('new-map-dialog');
  await dialog.getByLabel('Kartan nimi').fill('Kainuun TNO-verkosto');
  await dialog.getByLabel('Alue').fill('Kainuu');
  await dialog.getByRole('button', { name: 'Luo' }).click();
  await expect(page.getByTestId('ring-label')).toHaveCount(0);

  await page.getByRole('button', { name: 'Lisää organisaatio' }).click();
  const field = page.getByRole('textbox', { name: /^Muokkaa nimeä/ });
  await expect(field).toBeFocused();
  await field.fill('Ohjaamo Kajaani');
  await field.press('Enter');
  await selectActor(page, 'Ohjaamo Kajaani');
  await expect(page.getByTestId('actor-inspector').getByRole('radio')).toHaveCount(0);

  const services = page.getByTestId('services-editor');
  await services.getByRole('button', { name: 'Lisää palvelu' }).click();
  await services.getByRole('textbox', { name: 'Palvelun nimi' }).fill('Uraohjaus');
  await services.getByRole('group', { name: 'Uraohjaus: TNO' }).getByRole('button', { name: 'ohjaus' }).click();
  await services.getByRole('group', { name: 'Uraohjaus: Sisältöalueet' }).getByRole('button', { name: 'koulutus' }).click();
  await services.getByRole('group', { name: 'Uraohjaus: Sisältöalueet' }).getByRole('button', { name: 'työllistyminen' }).click();
  await services.getByRole('button', { name: 'Lisää palvelu' }).click();
  await services.getByRole('textbox', { name: 'Palvelun nimi' }).nth(1).fill('Asumisneuvonta');
  await services.getByRole('group', { name: 'Asumisneuvonta: Sisältöalueet' }).getByRole('button', { name: 'arki' }).click();

  const node = actorNode(page, 'Ohjaamo Kajaani');
  await expect(node.getByTestId('area-badges')).toHaveText('ArkiKoulTyö');
  await expect(node.getByTestId('node-services')).toContainText('Uraohjaus');
  await expect(page.getByTestId('area-legend')).toContainText('työllistyminen');
  await waitUntilSaved(page);
  await page.screenshot({ path: 'screenshots/regional-fi.png' });

  await page.reload();
  await expect(actorNode(page, 'Ohjaamo Kajaani')).toContainText('2 palvelua');
  await expect(actorNode(page, 'Ohjaamo Kajaani').getByTestId('area-badges')).toHaveText('ArkiKoulTyö');
});

test('a trainee copies a personal map as a regional one, and "me" becomes a person named after the author', async ({ page }) => {
  await openApp(page);
  await importFiles(page, [{ name: 'aino.json', text: fixture }]);
  await page.getByTestId('library-row').getByText('Uusi kartta tästä').click();
  await page.getByTestId('library-row').getByRole('button', { name: 'Kopioi alueen kartaksi' }).click();
  await expect(actorNode(page, 'Aino Virtanen')).toBeVisible();
  await expect(actorNode(page, 'Aino Virtanen').getByTestId('actor-node')).toHaveAttribute('data-actor-type', 'person');
  await expect(page.getByTestId('ring-label')).toHaveCount(0);
  await expect(page.locator('.react-flow__edge')).toHaveCount(4);
  await page.getByRole('link', { name: /Karttani/ }).click();
  await expect(page.getByTestId('library-row')).toHaveCount(2);
  await expect(page.getByTestId('library-row').filter({ hasText: 'Alueen kartta' })).toHaveCount(1);
  await expect(page.getByTestId('library-row').filter({ hasText: 'Oma kartta' })).toHaveCount(1);
});
