/**
 * The whole-map PNG is painted in a worker with Canvas 2D from the picture's SVG parts (io/svgPaint), not by
 * the browser's SVG renderer: it must be the same picture as the SVG export drawn by the browser — every
 * box, line, arrowhead, label, mark and the legend, text in the same places — to within anti-aliasing.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { type ActorSpec, mapJson, openImported, type RelationSpec } from './support/canvas';
import { exportFromMenu } from './support/exportMenu';

/** A personal map: rings, every kind of actor, two-way and one-way relations with topics and methods, marks. */
function richMap(): string {
  const actors: ActorSpec[] = [
    { id: 'me', name: 'Aino', type: 'self', position: { x: 0, y: 0 } },
    { id: 'kela', name: 'Kela & "toimisto"', type: 'organisation', ring: 2 },
    { id: 'ohj', name: 'Ohjaamo Oulu', type: 'group', ring: 3 },
    { id: 'mummo', name: 'Mummo', type: 'person', ring: 1 },
    { id: 'koulu', name: 'Ammattikoulu', type: 'organisation', ring: 3 },
  ];
  const relations: RelationSpec[] = [
    { source: 'me', target: 'kela', direction: 'both', topics: ['toimeentulo', 'asuminen'], methods: ['email'] },
    { source: 'me', target: 'ohj', topics: ['työnhaku'], methods: ['meeting'] },
    { source: 'mummo', target: 'me', direction: 'backward', topics: ['arki'] },
    { source: 'koulu', target: 'ohj', topics: ['opiskelu'] },
  ];
  const file = JSON.parse(mapJson({ id: 'maalattu', title: 'Ainon verkosto <2026>', actors, relations }));
  file.map.marks = [
    { id: 'm1', target: { kind: 'actor', id: 'kela' }, verdict: 'drop' },
    { id: 'm2', target: { kind: 'relation', id: 'r1' }, verdict: 'keep' },
  ];
  return JSON.stringify(file);
}

test('the painted PNG is the SVG export’s picture, pixel for pixel up to anti-aliasing', async ({ page }) => {
  test.setTimeout(90_000);
  // Images the page decodes: the SVG way rasterised each tile as an SVG image here; painting in the worker decodes none.
  await page.addInitScript(() => {
    const decode = HTMLImageElement.prototype.decode;
    (window as unknown as { decoded: number }).decoded = 0;
    HTMLImageElement.prototype.decode = function (this: HTMLImageElement) {
      (window as unknown as { decoded: number }).decoded++;
      return decode.call(this);
    };
  });
  await openImported(page, richMap());
  const svgDownload = page.waitForEvent('download');
  await exportFromMenu(page, 'svg');
  const svg = readFileSync((await (await svgDownload).path())!, 'utf8');
  const pngDownload = page.waitForEvent('download', { timeout: 60_000 });
  const decodedBefore = await page.evaluate(() => (window as unknown as { decoded: number }).decoded);
  await exportFromMenu(page, 'map1');
  const file = await pngDownload;
  // No SVG document was made on the page for the PNG: the worker painted it.
  expect(await page.evaluate(() => (window as unknown as { decoded: number }).decoded)).toBe(decodedBefore);
  await file.saveAs('screenshots/png-painted-1x.png');
  const png = readFileSync('screenshots/png-painted-1x.png');

  const result = await page.evaluate(
    async ({ png, svg }) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
      const { width, height } = bitmap;
      const painted = new OffscreenCanvas(width, height).getContext('2d')!;
      painted.drawImage(bitmap, 0, 0);
      const image = new Image();
      image.src = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
      await image.decode();
      const drawn = new OffscreenCanvas(width, height).getContext('2d')!;
      drawn.fillStyle = '#ffffff';
      drawn.fillRect(0, 0, width, height);
      drawn.drawImage(image, 0, 0, width, height);
      const a = painted.getImageData(0, 0, width, height).data;
      const b = drawn.getImageData(0, 0, width, height).data;
      let far = 0;
      let total = 0;
      let ink = 0;
      for (let i = 0; i < a.length; i += 4) {
        const diff = Math.max(Math.abs(a[i]! - b[i]!), Math.abs(a[i + 1]! - b[i + 1]!), Math.abs(a[i + 2]! - b[i + 2]!));
        total += diff;
        if (diff > 64) far++;
        if (b[i]! + b[i + 1]! + b[i + 2]! < 600) ink++;
      }
      const pixels = width * height;
      return { width, height, svgWidth: image.naturalWidth, svgHeight: image.naturalHeight, far: far / pixels, mean: total / pixels, ink: ink / pixels };
    },
    { png: png.toString('base64'), svg },
  );
  // The same size as the SVG (1×), and a picture with something in it.
  expect([result.width, result.height]).toEqual([result.svgWidth, result.svgHeight]);
  expect(result.ink).toBeGreaterThan(0.005);
  // Text and edges anti-aliased a little differently at most: no pixel far off in more than 0.1 % of the picture.
  expect(result.far).toBeLessThan(0.001);
  expect(result.mean).toBeLessThan(1);
});
