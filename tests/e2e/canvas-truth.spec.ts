/**
 * The canvas shows what is stored (issue 8, defects 1–4): every actor is drawn
 * in its stored ring, also after dragging "me"; a connection gesture is never
 * blocked by a label and a failed one says so; the inspector shows what is
 * selected now; ↔ shows both arrowheads; direction changes are deliberate.
 */
import { expect, test, type Page } from '@playwright/test';
import { drawnNodeCentres, drawnRings, mapJson, openImported, storedMap, viewport, waitForStableView, zoomTo } from './support/canvas';
import { actorNode, relationLabel, waitUntilSaved } from './support/trainee';
import { BOTH_WAYS, expectGlyphAsDrawn } from './support/glyph';

const RING_RADII = { 1: 220, 2: 400, 3: 580 } as const;

/** "Me", one actor per ring where it belongs, and one whose imported position lies outside its stored ring (ring 1 at 583 units). */
const ringsFile = mapJson({
  id: 'renkaat',
  title: 'Renkaat',
  actors: [
    { id: 'me', name: 'Aino', type: 'self', position: { x: 0, y: 0 } },
    { id: 'liisa', name: 'Kuraattori Liisa', type: 'person', ring: 1, position: { x: 160, y: 40 } },
    { id: 'etsiva', name: 'Etsivä nuorisotyö', type: 'group', ring: 2, position: { x: -60, y: 300 } },
    { id: 'te', name: 'TE-toimisto', type: 'organisation', ring: 3, position: { x: -480, y: -60 } },
    { id: 'opo', name: 'Opo Pekka', type: 'person', ring: 1, position: { x: 500, y: 300 } },
  ],
  relations: [{ source: 'me', target: 'liisa', topics: ['tuki'] }],
});

/** Every actor (not "me") is drawn between the inner and outer circle of its stored ring, and its stored position lies in that ring. */
async function expectEveryActorInItsStoredRing(page: Page) {
  const doc = await storedMap(page, 'renkaat');
  const rings = await drawnRings(page);
  const centres = await drawnNodeCentres(page);
  const me = doc.actors.find((a) => a.type === 'self')!;
  for (const actor of doc.actors) {
    if (actor.type === 'self') continue;
    const ring = actor.ring as 1 | 2 | 3;
    const c = centres[actor.id]!;
    const drawn = Math.hypot(c.x - rings.centre.x, c.y - rings.centre.y);
    const inner = ring === 1 ? 0 : rings.radii[ring - 2]!;
    const outer = rings.radii[ring - 1]!;
    expect(drawn, `${actor.id} drawn beyond the inner edge of ring ${ring}`).toBeGreaterThan(inner);
    expect(drawn, `${actor.id} drawn within the outer edge of ring ${ring}`).toBeLessThanOrEqual(outer + 1);
    // The PNG and SVG are drawn from the model: its positions must agree with the rings too.
    const stored = Math.hypot(actor.position!.x - me.position!.x, actor.position!.y - me.position!.y);
    expect(stored, `${actor.id} stored inside ring ${ring}`).toBeGreaterThan(ring === 1 ? 0 : RING_RADII[(ring - 1) as 1 | 2]);
    expect(stored).toBeLessThanOrEqual(RING_RADII[ring]);
  }
  return doc;
}

const storedRings = (doc: Awaited<ReturnType<typeof storedMap>>) => Object.fromEntries(doc.actors.map((a) => [a.id, a.ring]));

test('dragging "me" with a mouse leaves every actor drawn and stored in its own ring', async ({ page }) => {
  await openImported(page, ringsFile);
  await waitUntilSaved(page);
  const before = await expectEveryActorInItsStoredRing(page);
  expect(storedRings(before)).toEqual({ me: undefined, liisa: 1, etsiva: 2, te: 3, opo: 1 });

  const me = (await actorNode(page, 'Aino').boundingBox())!;
  await page.mouse.move(me.x + 20, me.y + me.height / 2);
  await page.mouse.down();
  await page.mouse.move(me.x + 20 + 250, me.y + 120, { steps: 10 });
  await page.mouse.up();
  await waitForStableView(page);
  await waitUntilSaved(page);

  const after = await expectEveryActorInItsStoredRing(page);
  expect(storedRings(after)).toEqual(storedRings(before));
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, viewport: { width: 1024, height: 768 } });

  test('dragging "me" with a finger leaves every actor drawn and stored in its own ring', async ({ page }) => {
    await openImported(page, ringsFile);
    await waitUntilSaved(page);
    const before = await expectEveryActorInItsStoredRing(page);
    const me = (await actorNode(page, 'Aino').boundingBox())!;
    const client = await page.context().newCDPSession(page);
    const start = { x: me.x + 16, y: me.y + me.height / 2 };
    await client.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [start] });
    for (let i = 1; i <= 10; i++)
      await client.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: start.x + i * 20, y: start.y + i * 10 }] });
    await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await waitForStableView(page);
    await waitUntilSaved(page);
    const after = await expectEveryActorInItsStoredRing(page);
    expect(storedRings(after)).toEqual(storedRings(before));
  });
});

test('a connection that starts under a relation label still starts; one that makes nothing says so, and the inspector follows', async ({ page }) => {
  await openImported(page, ringsFile);
  // Select relation X (Aino → Liisa) by its label.
  await relationLabel(page, 'tuki').click();
  await expect(page.getByTestId('relation-inspector')).toBeVisible();

  // Lay the label of X over Opo Pekka's connection target, as a crowded map may.
  const handle = actorNode(page, 'Opo Pekka').locator('.react-flow__handle.source');
  const target = (await handle.boundingBox())!;
  const label = relationLabel(page, 'tuki');
  const { zoom } = await viewport(page);
  const box = (await label.boundingBox())!;
  const dx = (target.x + target.width / 2 - (box.x + box.width / 2)) / zoom;
  const dy = (target.y + target.height / 2 - (box.y + box.height / 2)) / zoom;
  await label.evaluate((e, [dx, dy]) => void ((e as HTMLElement).style.transform += ` translate(${dx}px, ${dy}px)`), [dx, dy]);
  const moved = (await label.boundingBox())!;
  const startX = target.x + target.width / 2;
  const startY = target.y + target.height / 2;
  expect(startX > moved.x && startX < moved.x + moved.width && startY > moved.y && startY < moved.y + moved.height, 'the label lies over the target').toBe(
    true,
  );

  // A gesture from there that ends on the empty map makes nothing, and says so.
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.mouse.move(startX, startY);
  await page.mouse.down();
  await page.mouse.move(pane.x + 40, pane.y + 60, { steps: 10 });
  await page.mouse.up();
  await expect(page.getByTestId('map-status')).toHaveText('Suhdetta ei piirretty: pudota nuoli toisen toimijan päälle.');
  // The inspector shows what is selected now: the actor the arrow started from, not relation X.
  await expect(page.getByTestId('relation-inspector')).toHaveCount(0);
  await expect(page.getByTestId('actor-inspector').getByLabel('Nimi')).toHaveValue('Opo Pekka');
  // So a direction change now cannot change X unknowingly.
  await page.keyboard.press('d');
  await waitUntilSaved(page);
  expect((await storedMap(page, 'renkaat')).relations).toEqual([expect.objectContaining({ id: 'r0', direction: 'forward' })]);

  // The same start onto another actor draws the relation.
  const end = (await actorNode(page, 'Etsivä nuorisotyö').boundingBox())!;
  await page.mouse.move(startX, startY);
  await page.mouse.down();
  await page.mouse.move(end.x + end.width / 3, end.y + end.height / 2, { steps: 12 });
  await page.mouse.up();
  await expect(page.getByTestId('relation-inspector')).toContainText('Opo Pekka → Etsivä nuorisotyö');
  await waitUntilSaved(page);
  expect((await storedMap(page, 'renkaat')).relations).toHaveLength(2);
});

test('↔ shows both arrowheads at zoom 0.5, 1 and 2: nothing of an actor or its connection target lies on a tip', async ({ page }) => {
  await openImported(
    page,
    mapJson({
      id: 'nuolet',
      title: 'Nuolet',
      kind: 'regional',
      actors: [
        { id: 'a', name: 'Ohjaamo', type: 'organisation', position: { x: 0, y: 0 } },
        { id: 'b', name: 'Kela', type: 'organisation', position: { x: 420, y: 0 } },
      ],
      relations: [{ source: 'a', target: 'b', direction: 'both' }],
    }),
  );
  for (const target of [0.5, 1, 2]) {
    const zoom = await zoomTo(page, target);
    const view = await viewport(page);
    const flow = (await page.locator('.react-flow').boundingBox())!;
    const d = (await page.locator('.react-flow__edge-path').getAttribute('d'))!;
    const [x1, y1, x2, y2] = d.match(/-?\d+(\.\d+)?/g)!.map(Number) as [number, number, number, number];
    const toScreen = (x: number, y: number) => ({ x: flow.x + view.x + x * zoom, y: flow.y + view.y + y * zoom });
    const ends = [
      [toScreen(x1, y1), toScreen(x2, y2)],
      [toScreen(x2, y2), toScreen(x1, y1)],
    ];
    for (const [tip, other] of ends) {
      const length = Math.hypot(other!.x - tip!.x, other!.y - tip!.y);
      // The tip region: 1.5 to 6 px back from the very tip, along the line.
      for (const back of [1.5, 3, 6]) {
        const x = tip!.x + ((other!.x - tip!.x) / length) * back;
        const y = tip!.y + ((other!.y - tip!.y) / length) * back;
        const hit = await page.evaluate(
          ([x, y]) => {
            const e = document.elementFromPoint(x!, y!);
            return { edge: !!e?.closest('.react-flow__edge'), handle: !!e?.closest('.react-flow__handle'), node: !!e?.closest('.react-flow__node') };
          },
          [x, y],
        );
        expect(hit, `zoom ${target}, ${back} px from a tip`).toEqual({ edge: true, handle: false, node: false });
      }
    }
  }
});

test('D changes the selected relation direction, with the label, the inspector and a polite announcement following, and undo', async ({ page }) => {
  await openImported(page, ringsFile);
  await relationLabel(page, 'tuki').click();
  const inspector = page.getByTestId('relation-inspector');
  await expect(inspector.getByRole('radio', { name: 'Aino → Kuraattori Liisa' })).toBeChecked();
  const before = await expectGlyphAsDrawn(page, relationLabel(page, 'tuki'));
  await page.keyboard.press('d');
  await expect(inspector.getByRole('radio', { name: 'Aino ← Kuraattori Liisa' })).toBeChecked();
  // The label turns round with the drawn head.
  const turned = await expectGlyphAsDrawn(page, relationLabel(page, 'tuki'));
  expect(turned).not.toBe(before);
  await expect(page.getByRole('status').filter({ hasText: 'Suunta nyt: Aino ← Kuraattori Liisa' })).toBeVisible();
  await page.keyboard.press('d');
  await expect(inspector.getByRole('radio', { name: 'Aino ↔ Kuraattori Liisa' })).toBeChecked();
  await expect(page.getByTestId('map-status')).toContainText('Suunta nyt: Aino ↔ Kuraattori Liisa');
  expect(BOTH_WAYS).toContain(await expectGlyphAsDrawn(page, relationLabel(page, 'tuki')));
  await page.keyboard.press('Control+z');
  await expect(inspector.getByRole('radio', { name: 'Aino ← Kuraattori Liisa' })).toBeChecked();
  expect(await expectGlyphAsDrawn(page, relationLabel(page, 'tuki'))).toBe(turned);
});
