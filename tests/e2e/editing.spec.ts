import { expect, test } from '@playwright/test';
import { actorNode, addActor, createPersonalMap, openApp, selectActor, waitUntilSaved } from './support/trainee';

test('a trainee drags an actor onto the inner ring, and undo puts it back in one step', async ({ page }) => {
  await openApp(page);
  await createPersonalMap(page, { title: 'Kehät', author: 'Aino' });
  await addActor(page, 'person', 'Kuraattori Liisa', 3);
  const me = (await actorNode(page, 'Aino').boundingBox())!;
  const node = (await actorNode(page, 'Kuraattori Liisa').locator('.actor-node__name').boundingBox())!;
  await page.mouse.move(node.x + node.width / 2, node.y + node.height / 2);
  await page.mouse.down();
  // Many small moves: still one undo step.
  await page.mouse.move(me.x + me.width / 2 + 90, me.y + me.height / 2 + 10, { steps: 25 });
  await page.mouse.up();
  await expect(page.getByTestId('actor-inspector').getByRole('radio', { name: 'Lähimmät' })).toBeChecked();

  await page.getByRole('button', { name: 'Kumoa (Ctrl+Z)' }).click();
  await expect(page.getByTestId('actor-inspector').getByRole('radio', { name: 'Etäisimmät' })).toBeChecked();
  await page.keyboard.press('Control+Shift+Z');
  await expect(page.getByTestId('actor-inspector').getByRole('radio', { name: 'Lähimmät' })).toBeChecked();
  await waitUntilSaved(page);
  await page.reload();
  await selectActor(page, 'Kuraattori Liisa');
  await expect(page.getByTestId('actor-inspector').getByRole('radio', { name: 'Lähimmät' })).toBeChecked();
});

test('a trainee works from the keyboard: adds actors with N and O, relates them from the inspector, deletes with Delete, undoes with Ctrl+Z', async ({
  page,
}) => {
  await openApp(page);
  await createPersonalMap(page, { title: 'Näppäimistö', author: 'Aino' });
  await page.locator('.react-flow__pane').click();
  const nameField = page.getByRole('textbox', { name: /^Muokkaa nimeä/ });
  await page.keyboard.press('n');
  await expect(nameField).toBeFocused();
  await page.keyboard.type('Opo Pekka');
  await page.keyboard.press('Enter');
  await page.keyboard.press('o');
  await expect(nameField).toBeFocused();
  await page.keyboard.type('Kela');
  await page.keyboard.press('Enter');
  await expect(actorNode(page, 'Opo Pekka')).toContainText('Henkilö');
  await expect(actorNode(page, 'Kela')).toContainText('Organisaatio');
  await expect(actorNode(page, 'Kela').getByTestId('actor-node')).toHaveAttribute('data-actor-type', 'organisation');

  await selectActor(page, 'Opo Pekka');
  await page.getByTestId('actor-inspector').getByLabel('Lisää suhde toimijaan').selectOption({ label: 'Kela' });
  await expect(page.getByTestId('relation-inspector').getByRole('radio', { name: 'Opo Pekka → Kela' })).toBeChecked();
  await page.getByTestId('relation-inspector').getByRole('radio', { name: 'Opo Pekka ↔ Kela' }).check();
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);

  // Delete the selected actor from the keyboard: its relation goes with it.
  await selectActor(page, 'Kela');
  await actorNode(page, 'Kela').focus();
  await page.keyboard.press('Delete');
  await expect(actorNode(page, 'Kela')).toHaveCount(0);
  await expect(page.locator('.react-flow__edge')).toHaveCount(0);
  await page.locator('.react-flow__pane').click();
  await page.keyboard.press('Control+z');
  await expect(actorNode(page, 'Kela')).toBeVisible();
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);

  // "Me" cannot be deleted.
  await actorNode(page, 'Aino').click();
  await page.keyboard.press('Delete');
  await expect(actorNode(page, 'Aino')).toBeVisible();
});

test('a trainee double-clicks the map to add a person right there', async ({ page }) => {
  await openApp(page);
  await createPersonalMap(page, { title: 'Tuplaklikkaus', author: 'Aino' });
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.mouse.dblclick(pane.x + 120, pane.y + 120);
  const field = page.getByRole('textbox', { name: /^Muokkaa nimeä/ });
  await expect(field).toBeFocused();
  await field.fill('Etsivä nuorisotyöntekijä');
  await field.press('Enter');
  const box = (await actorNode(page, 'Etsivä nuorisotyöntekijä').boundingBox())!;
  expect(Math.abs(box.x + box.width / 2 - (pane.x + 120))).toBeLessThan(20);
  await expect(page.getByTestId('actor-inspector').getByRole('radio', { name: 'Etäisimmät' })).toBeChecked();
});

test('a facilitator tidies the layout of a map and can undo it in one step', async ({ page }) => {
  const { mapFile } = await import('./support/maps');
  const names = ['Ohjaamo', 'TE-toimisto', 'Kela', 'Työpaja', 'Etsivä nuorisotyö', 'Lukio', 'Ammattiopisto', 'Sosiaalitoimi'];
  // Everyone piled on one spot, as a map from another tool might arrive.
  const file = JSON.parse(
    mapFile({
      id: 'kasa',
      title: 'Kasa',
      kind: 'regional',
      actors: names.map((n, i) => [`a${i}`, n, 'organisation'] as [string, string, 'organisation']),
      relations: names.slice(1).map((_, i) => ['a0', `a${i + 1}`, 'forward', ['yhteistyö'], ['meeting']] as [string, string, 'forward', string[], string[]]),
    }),
  );
  file.map.actors.forEach((a: { position?: { x: number; y: number } }, i: number) => (a.position = { x: i, y: i }));
  await openApp(page);
  await page.getByTestId('import-input').setInputFiles({ name: 'kasa.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await page.getByRole('link', { name: 'Avaa kartta Kasa' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(8);
  const spread = async () =>
    page.evaluate(() => {
      const xs = [...document.querySelectorAll<HTMLElement>('.react-flow__node')].map((n) => new DOMMatrix(getComputedStyle(n).transform).m41);
      return Math.max(...xs) - Math.min(...xs);
    });
  const before = await spread();
  expect(before).toBeLessThan(100);
  await page.getByRole('button', { name: 'Järjestä asettelu' }).click();
  await expect.poll(spread).toBeGreaterThan(300);
  await page.getByRole('button', { name: 'Kumoa (Ctrl+Z)' }).click();
  await expect.poll(spread).toBeLessThan(100);
});
