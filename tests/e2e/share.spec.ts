/**
 * Handing a map over without a server: a trainee's tablet shows a QR code, the
 * facilitator's laptop reads it and the map opens there. Browser context A is the
 * tablet, a fresh context B the laptop; the QR code is read from a screenshot
 * with a QR reader (jsqr), as a camera would.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { openImported, personalMapOf } from './support/canvas';
import { dumpDatabase, importFiles, openApp } from './support/trainee';
import { aino } from './support/trainingMaps';

const SHARE_ITEM = 'Jaa linkkinä tai QR-koodina…';

type Doc = {
  id: string;
  title: string;
  author?: string;
  actors: { id: string; name: string; type: string; ring?: number; position?: { x: number; y: number } }[];
  relations: { source: string; target: string; direction: string; topics: string[]; methods: string[] }[];
  questions: { text: string }[];
};
const storedDocs = async (page: Page) => ((await dumpDatabase(page)) as { doc: Doc }[]).map((r) => r.doc);

/** What the map says, without ids: actors by name, relations by the names of their ends. */
function content(doc: Doc) {
  const name = new Map(doc.actors.map((a) => [a.id, a.name]));
  return {
    title: doc.title,
    author: doc.author,
    actors: doc.actors.map((a) => ({ name: a.name, type: a.type, ring: a.ring, x: Math.round(a.position!.x), y: Math.round(a.position!.y) })),
    relations: doc.relations.map((r) => ({ from: name.get(r.source), to: name.get(r.target), direction: r.direction, topics: r.topics, methods: r.methods })),
    questions: doc.questions.map((q) => q.text),
  };
}

/** Read the QR code in a PNG, as a camera app would: pixels from the browser's decoder, the code from jsqr. */
async function readQr(page: Page, png: Buffer): Promise<string | null> {
  const image = await page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    return { width: bitmap.width, height: bitmap.height, data: Array.from(context.getImageData(0, 0, bitmap.width, bitmap.height).data) };
  }, png.toString('base64'));
  return jsQR(Uint8ClampedArray.from(image.data), image.width, image.height)?.data ?? null;
}

/** A fresh browser profile: nothing stored, as on the facilitator's laptop. */
async function laptop(browser: Browser) {
  const context = await browser.newContext();
  return { context, page: await context.newPage() };
}

/** The failed-link dialog; nothing may have been stored. */
async function expectRefused(page: Page, url: string, message?: string) {
  await page.goto(url);
  const dialog = page.getByTestId('share-failed');
  await expect(dialog.getByRole('heading', { name: 'Linkistä ei voitu avata karttaa' })).toBeVisible();
  if (message) await expect(dialog.getByRole('alert')).toHaveText(message);
  await expect(dialog).toContainText('Mitään ei tallennettu.');
  expect(await dumpDatabase(page)).toEqual([]);
  if (message) await page.screenshot({ path: 'screenshots/share-refused-fi.png' });
  await dialog.getByRole('button', { name: 'Karttakirjastoon' }).click();
  await expect(page).toHaveURL(/#\/$/);
}

test('a trainee shows the QR code of her map and it opens on the facilitator’s laptop', async ({ page, browser }) => {
  await openImported(page, aino);
  const [original] = await storedDocs(page);
  let actions = 0;
  // The trainee: Export → Share.
  await page.getByRole('button', { name: 'Vie', exact: true }).click();
  actions++;
  await page.getByRole('menuitem', { name: SHARE_ITEM }).click();
  actions++;
  const dialog = page.getByTestId('share-dialog');
  const qr = dialog.getByTestId('share-qr');
  await expect(qr).toBeVisible();
  const link = await dialog.getByTestId('share-link').inputValue();
  expect(link).toContain('#/share/');
  const url = await readQr(page, await qr.screenshot());
  expect(url).toBe(link);
  const version = await qr.evaluate((c: HTMLCanvasElement) => (c.width - 8 - 17) / 4);
  expect(version).toBeLessThanOrEqual(25);

  // The facilitator's laptop camera reads the code and opens the link (the camera is not a user action here).
  const b = await laptop(browser);
  await b.page.goto(url!);
  await expect(b.page.locator('.react-flow__node', { hasText: 'Kela Kajaani' })).toBeVisible();
  expect(actions).toBeLessThanOrEqual(3);
  console.info(`Share: ${actions} user actions from "Export" to the map on the laptop (QR version ${version}, link ${link.length} chars)`);
  // The link (the whole map) is gone from the address bar and from the history.
  await expect(b.page).toHaveURL(/#\/map\//);
  const [copy] = await storedDocs(b.page);
  expect(copy!.id).toBe(original!.id);
  expect(content(copy!)).toEqual(content(original!));
  // Back leads to where the browser was before (a blank tab), not to the link.
  await b.page.goBack();
  expect(b.page.url()).not.toContain('/share/');

  // Opening the same link again asks: open the one already there…
  await b.page.goto(url!);
  const ask = b.page.getByTestId('share-same');
  await expect(ask).toContainText('Ainon verkostosuhteet');
  await ask.getByRole('button', { name: 'Avaa kirjaston kartta' }).click();
  await expect(b.page).toHaveURL(new RegExp(`#/map/${original!.id}$`));
  expect(await storedDocs(b.page)).toHaveLength(1);
  // …or keep both, the link's map as a copy with its own id.
  await b.page.goto(url!);
  await b.page.getByTestId('share-same').getByRole('button', { name: 'Pidä molemmat' }).click();
  await expect(b.page).toHaveURL(/#\/map\//);
  await expect(b.page.locator('.react-flow__node', { hasText: 'Kela Kajaani' })).toBeVisible();
  const both = await storedDocs(b.page);
  expect(both).toHaveLength(2);
  expect(new Set(both.map((d) => d.id)).size).toBe(2);
  expect(content(both[1]!)).toEqual(content(original!));
  await b.page.goto('/');
  await expect(b.page.getByRole('link', { name: 'Avaa kartta Ainon verkostosuhteet' })).toHaveCount(2);
  await b.context.close();
});

test('a truncated or tampered link says so and stores nothing', async ({ page, browser }) => {
  await openImported(page, aino);
  await page.getByRole('button', { name: 'Vie', exact: true }).click();
  await page.getByRole('menuitem', { name: SHARE_ITEM }).click();
  const link = await page.getByTestId('share-link').inputValue();
  const [base, data] = link.split('#/share/') as [string, string];
  const b = await laptop(browser);
  await expectRefused(
    b.page,
    `${base}#/share/${data.slice(0, Math.floor(data.length * 0.6))}`,
    'Linkki on vahingoittunut tai katkennut. Pyydä jakajaa näyttämään QR-koodi tai lähettämään linkki uudelleen.',
  );
  const at = Math.floor(data.length / 2);
  await expectRefused(b.page, `${base}#/share/${data.slice(0, at)}${data[at] === 'Q' ? 'R' : 'Q'}${data.slice(at + 1)}`);
  // Markup in a link is data: refused as damaged, never drawn.
  await expectRefused(
    b.page,
    `${base}#/share/<img src=x onerror=alert(1)>`,
    'Linkki on vahingoittunut tai katkennut. Pyydä jakajaa näyttämään QR-koodi tai lähettämään linkki uudelleen.',
  );
  await b.context.close();
});

test('a map too large for a QR code is offered as a link or a file', async ({ page }) => {
  await openImported(page, personalMapOf(200));
  await page.getByRole('button', { name: 'Vie', exact: true }).click();
  await page.getByRole('menuitem', { name: SHARE_ITEM }).click();
  const dialog = page.getByTestId('share-dialog');
  await expect(dialog.getByTestId('share-too-large')).toHaveText(
    'Kartta on liian suuri QR-koodiksi (201 toimijaa). Lähetä linkki tai tallenna kartta JSON-tiedostoksi.',
  );
  await expect(dialog.getByTestId('share-qr')).toHaveCount(0);
  await expect(dialog.getByTestId('share-link')).toHaveValue(/#\/share\//);
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Tallenna JSON-tiedostona' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.json$/);
  await page.screenshot({ path: 'screenshots/share-too-large-fi.png' });
});

for (const [device, viewport] of [
  ['tablet', { width: 1024, height: 768 }],
  ['phone', { width: 390, height: 844 }],
] as const) {
  for (const language of ['fi', 'sv', 'en'] as const) {
    test(`the share dialog fits a ${device} in ${language}`, async ({ browser }) => {
      const context = await browser.newContext({ viewport, hasTouch: true });
      await context.addInitScript((lng) => localStorage.setItem('verkostokartta.language', lng), language);
      const page = await context.newPage();
      await openApp(page);
      await importFiles(page, [{ name: 'aino.json', text: aino }]);
      await page.locator('a[href^="#/map/"]').first().click();
      await expect(page.locator('.react-flow__node').first()).toBeVisible();
      const widthBefore = await page.evaluate(() => document.documentElement.scrollWidth);
      await page.locator('.export-menu > button').click();
      await page
        .getByRole('menuitem', { name: { fi: 'Jaa linkkinä tai QR-koodina…', sv: 'Dela som länk eller QR-kod…', en: 'Share as a link or QR code…' }[language] })
        .click();
      const dialog = page.getByTestId('share-dialog');
      const qr = dialog.getByTestId('share-qr');
      await expect(qr).toBeVisible();
      await page.screenshot({ path: `screenshots/share-${device}-${language}.png` });
      // The whole dialog and the whole QR code are on screen, without sideways scrolling.
      const box = (await dialog.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      const code = (await qr.boundingBox())!;
      expect(code.x + code.width).toBeLessThanOrEqual(box.x + box.width);
      expect(await readQr(page, await qr.screenshot())).toContain('#/share/');
      // The dialog adds no sideways scrolling to the page.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(Math.max(widthBefore, viewport.width));
      await context.close();
    });
  }
}
