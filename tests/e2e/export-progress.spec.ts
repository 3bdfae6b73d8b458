/**
 * A big map's picture takes seconds: the export shows its progress with a
 * Cancel button, a cancelled export writes no file and leaves the app usable,
 * and a finished one is the whole picture (drawn tile by tile, put together and
 * encoded in a worker) with the map inside it.
 */
import { expect, test, type Page } from '@playwright/test';
import { type ActorSpec, mapJson, openImported, type RelationSpec } from './support/canvas';
import { exportFromMenu } from './support/exportMenu';

/** A regional map of 400 actors on a grid (about 10,000 × 4,500 px at 2×: many tiles), each linked to its neighbours. */
function bigMap(): string {
  const types = ['person', 'group', 'organisation'] as const;
  const actors: ActorSpec[] = [];
  const relations: RelationSpec[] = [];
  const columns = 25;
  for (let i = 0; i < 400; i++) {
    actors.push({ id: `a${i}`, name: `Toimija ${i}`, type: types[i % 3]!, position: { x: (i % columns) * 220, y: Math.floor(i / columns) * 160 } });
    if (i % columns) relations.push({ source: `a${i - 1}`, target: `a${i}`, direction: i % 2 ? 'both' : 'forward', topics: ['ohjaus'] });
    if (i >= columns) relations.push({ source: `a${i - columns}`, target: `a${i}`, topics: ['asuminen'], methods: ['meeting'] });
  }
  return mapJson({ id: 'iso-kartta', title: 'Iso kartta', kind: 'regional', actors, relations });
}

const progress = (page: Page) => page.getByTestId('export-progress');

test('a big map’s PNG shows its progress, and Cancel stops it without a file, leaving the app usable', async ({ page }) => {
  test.setTimeout(120_000);
  await openImported(page, bigMap());
  let downloads = 0;
  page.on('download', () => downloads++);

  await exportFromMenu(page, 'map2');
  await expect(progress(page)).toBeVisible();
  const bar = progress(page).getByRole('progressbar');
  await expect(bar).toBeVisible();
  // It moves: the tiles are drawn one by one.
  await expect.poll(async () => Number(await bar.getAttribute('value')), { timeout: 30_000 }).toBeGreaterThan(0);
  await page.screenshot({ path: 'screenshots/export-progress.png' });
  await progress(page).getByRole('button', { name: 'Peruuta' }).click();

  await expect(progress(page)).toBeHidden();
  await expect(page.getByTestId('export-message')).toContainText('Kuvan vienti peruttiin');
  // The app is usable: the map can be edited (a person is added, so there is something to undo).
  await page.getByRole('button', { name: 'Lisää henkilö' }).click();
  await expect(page.getByRole('button', { name: 'Kumoa (Ctrl+Z)' })).toBeEnabled();
  // No file came, not even late (the worker was stopped): wait past when a 1× picture would have been done.
  const pending = page.waitForEvent('download', { timeout: 60_000 });
  await exportFromMenu(page, 'map1');
  const file = await pending;
  expect(file.suggestedFilename()).toMatch(/\.png$/);
  expect(downloads).toBe(1);
});

test('the tiled picture of a big map is whole: its size, every part drawn, and the map inside it', async ({ page }) => {
  test.setTimeout(120_000);
  await openImported(page, bigMap());
  const pending = page.waitForEvent('download', { timeout: 90_000 });
  await exportFromMenu(page, 'map1');
  const file = await pending;
  const path = 'screenshots/export-big-map-1x.png';
  await file.saveAs(path);
  const { readFileSync } = await import('node:fs');
  const png = readFileSync(path);
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  expect(width).toBeGreaterThan(5000);
  // Every tile was drawn: each 768 px cell of the map area has ink (edges, boxes, text), none is left white or transparent.
  const blank = await page.evaluate(async (base64) => {
    const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const cells: string[] = [];
    // The grid of actors spans about 5,500 × 2,600 px below the header (under 450 px) and left of the legend: sample its inside.
    for (let y = 500; y <= 2500; y += 768)
      for (let x = 100; x <= 5300; x += 768) {
        const data = context.getImageData(x, y, 200, 200).data;
        let ink = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i + 3]! > 0 && data[i]! + data[i + 1]! + data[i + 2]! < 600) ink++;
        if (ink < 50) cells.push(`${x},${y}`);
      }
    return cells;
  }, png.toString('base64'));
  expect(blank).toEqual([]);
  expect(height).toBeGreaterThan(1500);
  // The map travels inside the picture (iTXt after the header).
  expect(png.subarray(37, 41).toString('latin1')).toBe('iTXt');
  expect(png.toString('latin1', 41, 55)).toBe('verkostokartta');
});
