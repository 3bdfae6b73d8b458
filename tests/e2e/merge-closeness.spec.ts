/**
 * Defect 9 of issue 8: the merge forgot closeness. An actor that trainees put on
 * a ring but drew no arrow to must not become an island: the merged map draws a
 * dashed "in my network" tie from each trainee to it, on screen and in the picture,
 * and its provenance says the rings.
 */
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { actorNode, importFiles, openApp } from './support/trainee';
import { exportFromMenu } from './support/exportMenu';

/** The tie colour of the screen and print themes (src/render/theme.ts). */
const TIE: [number, number, number] = [0x6d, 0x8a, 0x96];

type Spec = [id: string, name: string, type: 'self' | 'person' | 'organisation', ring?: 1 | 2 | 3, x?: number];

/** A personal map file (format version 1) with rings and positions, as the editor exports it. */
function personalFile(id: string, author: string, actors: Spec[], relations: [string, string][]): string {
  const now = '2026-11-01T10:00:00.000Z';
  return JSON.stringify({
    format: 'verkostokartta',
    version: 1,
    exportedAt: now,
    map: {
      id,
      title: `${author}n kartta`,
      kind: 'personal',
      author,
      createdAt: now,
      updatedAt: now,
      actors: actors.map(([aid, name, type, ring, x]) => ({
        id: `${id}-${aid}`,
        name,
        type,
        services: [],
        ...(ring ? { ring } : {}),
        position: { x: x ?? 0, y: 0 },
      })),
      relations: relations.map(([s, t], i) => ({
        id: `${id}-r${i}`,
        source: `${id}-${s}`,
        target: `${id}-${t}`,
        direction: 'both',
        topics: ['opiskelu'],
        methods: ['meeting'],
      })),
      questions: [],
      reflection: {},
    },
  });
}

// Aino had Kela on her closest ring, Bertta on her most distant one; neither drew an arrow to Kela.
const aino = personalFile(
  'aino',
  'Aino',
  [
    ['me', 'Aino', 'self'],
    ['kela', 'Kela', 'organisation', 1, 160],
    ['ohj', 'Ohjaamo Kajaani', 'organisation', 2, -330],
  ],
  [['me', 'ohj']],
);
const bertta = personalFile(
  'bertta',
  'Bertta',
  [
    ['me', 'Bertta', 'self'],
    ['kela', 'Kela', 'organisation', 3, 480],
    ['ohj', 'Ohjaamo Kajaani', 'organisation', 1, -160],
  ],
  [['me', 'ohj']],
);

async function mergeAinoAndBertta(page: Page) {
  await openApp(page);
  await importFiles(page, [
    { name: 'aino.json', text: aino },
    { name: 'bertta.json', text: bertta },
  ]);
  await expect(page.getByTestId('library-row')).toHaveCount(2);
  await page.getByRole('link', { name: 'Yhdistä karttoja' }).click();
  await page.getByLabel('Yhdistetyn kartan nimi').fill('Kainuun verkostot');
  await page.getByRole('button', { name: 'Valitse kaikki' }).click();
  await page.getByRole('button', { name: 'Tarkista samat toimijat' }).click();
  await page.getByRole('button', { name: 'Luo yhdistetty kartta' }).click();
  await expect(page.getByRole('textbox', { name: 'Kartan nimi' })).toHaveValue('Kainuun verkostot');
  // Aino, Bertta, Kela and Ohjaamo; two relations (each trainee ↔ Ohjaamo), no relation to Kela.
  await expect(page.locator('.react-flow__node')).toHaveCount(4);
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
}

/** Each drawn tie in screen pixels: its ends, a few points along it, and the boxes of the two nodes it joins. */
async function drawnTies(page: Page) {
  return page.getByTestId('closeness-tie').evaluateAll((paths) =>
    paths.map((element) => {
      const path = element as SVGPathElement;
      const matrix = path.getScreenCTM()!;
      const toScreen = (p: DOMPoint) => p.matrixTransform(matrix);
      const length = path.getTotalLength();
      const at = (f: number) => {
        const p = toScreen(path.getPointAtLength(length * f));
        return { x: p.x, y: p.y };
      };
      const box = (id: string) => {
        const r = document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`)!.getBoundingClientRect();
        return {
          x: r.x,
          y: r.y,
          width: r.width,
          height: r.height,
          name: document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"] .actor-node__name`)?.textContent,
        };
      };
      const style = getComputedStyle(path);
      return {
        ring: Number(path.dataset.ring),
        from: box(path.dataset.from!),
        to: box(path.dataset.to!),
        start: at(0),
        end: at(1),
        along: Array.from({ length: 41 }, (_, i) => at(i / 40)),
        dash: style.strokeDasharray,
        width: Number.parseFloat(style.strokeWidth),
        // The line in map units, for finding it in the exported picture.
        mapPoints: Array.from({ length: 41 }, (_, i) => {
          const p = path.getPointAtLength((length * i) / 40);
          return { x: p.x, y: p.y };
        }),
        zoom: matrix.a,
      };
    }),
  );
}

/** Until the view stops moving (the fit-view animation has ended): its transform unchanged over 10 frames. */
async function viewSettled(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const viewport = document.querySelector('.react-flow__viewport') as HTMLElement;
        let last = '';
        let same = 0;
        const check = () => {
          const now = viewport.style.transform;
          same = now === last ? same + 1 : 0;
          last = now;
          if (same >= 10) resolve();
          else requestAnimationFrame(check);
        };
        check();
      }),
  );
}

/** How far a point lies outside a box (0 inside it). */
const outside = (p: { x: number; y: number }, b: { x: number; y: number; width: number; height: number }) =>
  Math.hypot(Math.max(b.x - p.x, 0, p.x - (b.x + b.width)), Math.max(b.y - p.y, 0, p.y - (b.y + b.height)));

/** For each list of points (image pixels), the share that has a pixel of `colour` within `radius`. */
async function inkAlong(page: Page, png: string, colour: [number, number, number], lists: { x: number; y: number }[][], radius: number) {
  return page.evaluate(
    async ({ png, colour, lists, radius }) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const { data, width, height } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      const near = (x: number, y: number) => {
        for (let dy = -radius; dy <= radius; dy++)
          for (let dx = -radius; dx <= radius; dx++) {
            const px = Math.round(x + dx);
            const py = Math.round(y + dy);
            if (px < 0 || py < 0 || px >= width || py >= height) continue;
            const i = (py * width + px) * 4;
            if (Math.abs(data[i]! - colour[0]) + Math.abs(data[i + 1]! - colour[1]) + Math.abs(data[i + 2]! - colour[2]) < 36) return true;
          }
        return false;
      };
      return lists.map((points) => points.filter((p) => near(p.x, p.y)).length / points.length);
    },
    { png, colour, lists, radius },
  );
}

test('a facilitator merges two maps where Kela was only on a ring, and sees a dashed "in my network" tie from each trainee to Kela, on screen and in the PNG', async ({
  page,
}) => {
  await mergeAinoAndBertta(page);
  await page.getByRole('button', { name: 'Näytä koko kartta' }).click();
  await viewSettled(page);

  // On screen: two dashed ties, Aino–Kela (closest ring) and Bertta–Kela (most distant), each from border to border.
  const ties = page.getByTestId('closeness-tie');
  await expect(ties).toHaveCount(2);
  await expect(page.getByTestId('ties-layer')).toHaveAttribute('aria-hidden', 'true');
  const drawn = await drawnTies(page);
  const byRing = new Map(drawn.map((t) => [t.ring, t]));
  expect(byRing.get(1)!.from.name).toBe('Aino');
  expect(byRing.get(3)!.from.name).toBe('Bertta');
  for (const tie of drawn) {
    expect(tie.to.name).toBe('Kela');
    const slack = (5 + 2) * tie.zoom + 1.5; // the tie's gap (5 map units) and a little for rounding
    const startGap = outside(tie.start, tie.from);
    const endGap = outside(tie.end, tie.to);
    console.log(
      `tie ring ${tie.ring} ${tie.from.name}–${tie.to.name}: ends ${startGap.toFixed(1)} and ${endGap.toFixed(1)} px outside the nodes (zoom ${tie.zoom.toFixed(2)}), width ${tie.width}, dashes ${tie.dash}`,
    );
    expect(startGap, 'starts at the trainee border, not inside and not far off').toBeGreaterThan(0.5);
    expect(startGap).toBeLessThan(slack);
    expect(endGap, 'ends at the Kela border').toBeGreaterThan(0.5);
    expect(endGap).toBeLessThan(slack);
    // Between the two boxes, never through them.
    for (const p of tie.along.slice(1, -1)) expect(outside(p, tie.from) + outside(p, tie.to)).toBeGreaterThan(0);
    expect(tie.dash).not.toBe('none');
  }
  expect(byRing.get(1)!.width, 'the closest ring draws a stronger line').toBeGreaterThan(byRing.get(3)!.width);
  // A key on the canvas says what the dashes mean, for the rings drawn.
  await expect(page.getByTestId('tie-key')).toHaveText(/Verkostossani \(lähin kehä\)\s*Verkostossani \(uloin kehä\)/);
  // The key and the zoom controls share no pixel: each is readable and each control reachable.
  const key = (await page.getByTestId('tie-key').boundingBox())!;
  const controls = (await page.locator('.react-flow__controls').boundingBox())!;
  const apart =
    key.x >= controls.x + controls.width || controls.x >= key.x + key.width || key.y >= controls.y + controls.height || controls.y >= key.y + key.height;
  expect(apart, 'tie key clear of the zoom controls').toBe(true);

  // Drawn, not only in the DOM: the screen's pixels along each tie are the tie colour (dashes: not every sample).
  const screen = (await page.screenshot()).toString('base64');
  const scale = await page.evaluate(() => window.devicePixelRatio);
  const onScreen = await inkAlong(
    page,
    screen,
    TIE,
    drawn.map((t) => t.along.slice(2, -2).map((p) => ({ x: p.x * scale, y: p.y * scale }))),
    2,
  );
  console.log(`tie colour along the ties on screen: ${onScreen.map((f) => `${Math.round(f * 100)} %`).join(', ')}`);
  await page.screenshot({ path: 'screenshots/merged-closeness-fi.png' });
  for (const share of onScreen) expect(share).toBeGreaterThan(0.3);

  // The provenance says the rings.
  await actorNode(page, 'Kela').locator('.actor-node__name').click();
  const provenance = page.getByTestId('actor-inspector').getByTestId('provenance');
  await expect(provenance.getByTestId('provenance-rings')).toContainText('1 osallistujan lähimmällä kehällä');
  await expect(provenance.getByTestId('provenance-rings')).toContainText('1 osallistujan uloimmalla kehällä');
  await expect(provenance).toContainText('Ainon kartta (Aino): Lähimmät');
  await expect(provenance).toContainText('Berttan kartta (Bertta): Etäisimmät');

  // The exported whole-map picture (print theme, 2×) has the same ties, dashed, between the same nodes.
  const downloadPromise = page.waitForEvent('download');
  await exportFromMenu(page, 'map2');
  const download = await downloadPromise;
  await download.saveAs('screenshots/merged-closeness-export.png');
  const png = readFileSync((await download.path())!).toString('base64');
  // Where the map lies in the picture: render/mapSvg starts it 40 units (and a 72-unit title) before the
  // leftmost and topmost node or label box. Those boxes are read off the screen, in map units.
  const boxes = await page.evaluate(() => {
    const toMap = (document.querySelector('[data-testid="ties-layer"]') as SVGSVGElement).getScreenCTM()!.inverse();
    const inMap = (element: Element) => {
      const r = element.getBoundingClientRect();
      const a = new DOMPoint(r.left, r.top).matrixTransform(toMap);
      const b = new DOMPoint(r.right, r.bottom).matrixTransform(toMap);
      return { x: a.x, y: a.y, width: b.x - a.x, height: b.y - a.y };
    };
    const nodes = [...document.querySelectorAll('.react-flow__node')].map((n) => ({
      name: n.querySelector('.actor-node__name')?.textContent ?? '',
      ...inMap(n),
    }));
    const labels = [...document.querySelectorAll('[data-testid="relation-label"]')].map(inMap);
    return { nodes, labels };
  });
  const all = [...boxes.nodes, ...boxes.labels];
  const origin = { x: Math.min(...all.map((b) => b.x)) - 40, y: Math.min(...all.map((b) => b.y)) - 40 - 72 };
  const toPicture = (p: { x: number; y: number }) => ({ x: (p.x - origin.x) * 2, y: (p.y - origin.y) * 2 });
  const node = (name: string) => boxes.nodes.find((n) => n.name === name)!;
  const kela = node('Kela');
  const aino = node('Aino');
  const bertta = node('Bertta');
  // The nodes are where the mapping says: inside Kela's box its fill, on the trainees' left borders their outline.
  const [kelaFill, ainoBorder, berttaBorder] = await inkAlong(
    page,
    png,
    [0xee, 0xf3, 0xfb],
    [[toPicture({ x: kela.x + kela.width - 14, y: kela.y + kela.height / 2 })]],
    2,
  ).then(async ([fill]) => [
    fill,
    ...(await inkAlong(
      page,
      png,
      [0x34, 0x49, 0x5e],
      [aino, bertta].map((b) => [toPicture({ x: b.x + 1, y: b.y + b.height / 2 })]),
      3,
    )),
  ]);
  expect([kelaFill, ainoBorder, berttaBorder], 'the picture has the nodes where the screen has them').toEqual([1, 1, 1]);
  const inPicture = await inkAlong(
    page,
    png,
    TIE,
    drawn.map((t) => t.mapPoints.slice(2, -2).map(toPicture)),
    3,
  );
  // Each tie starts at its trainee's border in the picture as on screen (a dash begins every line; its end may fall in a gap).
  const [startsInked] = await inkAlong(page, png, TIE, [drawn.map((t) => toPicture(t.mapPoints[0]!))], 3);
  console.log(`tie colour along the ties in the PNG: ${inPicture.map((f) => `${Math.round(f * 100)} %`).join(', ')}; starts inked ${startsInked! * 100} %`);
  for (const share of inPicture) expect(share).toBeGreaterThan(0.3);
  expect(startsInked, 'each tie starts at its trainee in the picture').toBe(1);
});
