import { expect, test, type Page } from '@playwright/test';
import { drawnRings, waitForStableView } from './support/canvas';
import { drawn } from './support/drawn';
import { actorNode, addActor, createPersonalMap, dumpDatabase, openApp, selectActor, waitUntilSaved } from './support/trainee';

/** The stored map of this title (IndexedDB). */
async function storedMapByTitle(page: Page, title: string) {
  await waitUntilSaved(page);
  const records = (await dumpDatabase(page)) as { doc: { title: string; actors: { id: string; name: string; type: string; ring?: number }[] } }[];
  return records.find((r) => r.doc.title === title)!.doc;
}

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

test('a trainee adds actors with the toolbar and with N, G and O and puts them on rings from the inspector: each is drawn in its ring, clear of "me" and of the others', async ({
  page,
}) => {
  await openApp(page);
  await createPersonalMap(page, { title: 'Lähipiiri', author: 'Aino Virtanen' });
  // The toolbar's "+ Person" and the inspector's ring, four times onto the inner ring.
  await addActor(page, 'person', 'Kuraattori Liisa', 1);
  await addActor(page, 'organisation', 'Ohjaamo Kajaani', 1);
  await addActor(page, 'group', 'Etsivä nuorisotyö', 1);
  await addActor(page, 'person', 'Mikko, opinto-ohjaaja', 1);
  // The keyboard: N, G and O, then a ring for two of them.
  const keyed: [string, string, 1 | 2 | 3][] = [
    ['n', 'Sosiaaliohjaaja Pekka', 2],
    ['g', 'Nuorten työpaja', 2],
    ['o', 'Kainuun ammattiopisto', 3],
  ];
  const nameField = page.getByRole('textbox', { name: /^Muokkaa nimeä/ });
  for (const [key, name, ring] of keyed) {
    await page.locator('.react-flow__pane').click();
    await page.keyboard.press(key);
    await expect(nameField).toBeFocused();
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
    await selectActor(page, name);
    if (ring !== 2) await page.getByTestId('actor-inspector').getByRole('radio', { name: 'Etäisimmät' }).check();
  }
  await page.locator('.react-flow__pane').click();
  await page.getByRole('button', { name: 'Näytä koko kartta' }).click();
  await waitForStableView(page);
  await page.screenshot({ path: 'screenshots/laptop-added-by-trainee.png' });

  const d = await drawn(page);
  expect(d.nodes).toHaveLength(8);
  const rings = await drawnRings(page);
  const stored = (await storedMapByTitle(page, 'Lähipiiri')).actors;
  // Each actor's centre lies in the band of its stored ring, as the rings are drawn.
  for (const actor of stored.filter((a) => a.type !== 'self')) {
    const box = d.nodes.find((n) => n.id === actor.id)!.box;
    const distance = Math.hypot(box.x + box.width / 2 - rings.centre.x, box.y + box.height / 2 - rings.centre.y);
    const inner = actor.ring === 1 ? 0 : rings.radii[actor.ring! - 2]!;
    expect.soft(distance, `${actor.name} (ring ${actor.ring})`).toBeGreaterThan(inner);
    expect.soft(distance, `${actor.name} (ring ${actor.ring})`).toBeLessThan(rings.radii[actor.ring! - 1]!);
  }
  // No two boxes overlap, "me" included, and a little room is left between them for arrows (in map units).
  const crowded: string[] = [];
  for (const [i, a] of d.nodes.entries())
    for (const b of d.nodes.slice(i + 1)) {
      const gapX = Math.max(b.box.x - (a.box.x + a.box.width), a.box.x - (b.box.x + b.box.width));
      const gapY = Math.max(b.box.y - (a.box.y + a.box.height), a.box.y - (b.box.y + b.box.height));
      if (Math.max(gapX, gapY) / d.zoom < 8) crowded.push(`${a.name} × ${b.name}: ${(Math.max(gapX, gapY) / d.zoom).toFixed(0)}`);
    }
  expect(crowded).toEqual([]);
});
