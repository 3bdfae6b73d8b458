import { test } from '@playwright/test';
import { actorNode, addActor, createPersonalMap, openApp } from './support/trainee';
test.use({ viewport: { width: 1366, height: 768 } });
test('debug me connect', async ({ page }) => {
  await openApp(page);
  await createPersonalMap(page, { title: 'K', author: 'Aino' });
  await addActor(page, 'person', 'Liisa', 1);
  const h = (await actorNode(page, 'Aino').locator('.react-flow__handle.source').boundingBox())!;
  const e = (await actorNode(page, 'Liisa').boundingBox())!;
  console.log(JSON.stringify(h), JSON.stringify(e));
  const hit = await page.evaluate(
    ([x, y]) => {
      const el = document.elementFromPoint(x, y);
      return el?.outerHTML.slice(0, 200);
    },
    [h.x + h.width / 2, h.y + h.height / 2],
  );
  console.log('hit', hit);
  await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
  await page.mouse.down();
  await page.mouse.move(e.x + e.width / 2, e.y + e.height / 2, { steps: 12 });
  await page.screenshot({ path: 'screenshots/debug-drag.png' });
  await page.mouse.up();
  console.log('status', await page.getByTestId('map-status').textContent(), await page.locator('.react-flow__edge').count());
});
