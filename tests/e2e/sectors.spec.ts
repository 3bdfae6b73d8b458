/**
 * Sectors on a personal map (issue 12): a trainee divides the rings into
 * sectors, and the picture tells the truth — every actor stored in a sector is
 * DRAWN inside that sector's wedge (between the drawn dividers), on screen and
 * in the exported picture. Finnish UI unless said otherwise.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { drawnRings, openImported, waitForStableView } from './support/canvas';
import { exportFromMenu } from './support/exportMenu';
import { actorNode, dumpDatabase, waitUntilSaved } from './support/trainee';
import { aino } from './support/trainingMaps';

type Doc = { sectors?: string; actors: { id: string; name: string; type: string; ring?: number; sector?: string; position?: { x: number; y: number } }[] };

async function stored(page: Page): Promise<Doc> {
  await waitUntilSaved(page);
  const records = (await dumpDatabase(page)) as { id: string; doc: Doc }[];
  return records.find((r) => r.id === 'aino')!.doc;
}

/** Angle in degrees, clockwise from the right, in [0, 360). */
const angleOf = (p: { x: number; y: number }, c: { x: number; y: number }) => ((((Math.atan2(p.y - c.y, p.x - c.x) * 180) / Math.PI) % 360) + 360) % 360;

/**
 * What the canvas draws: the centre of the rings, each divider's angle (from
 * its drawn ends), each sector name's box and font size on screen, and each
 * actor node's drawn centre.
 */
async function drawnSectors(page: Page) {
  const rings = await drawnRings(page);
  const dividers = await page.getByTestId('sector-divider').evaluateAll((lines) =>
    lines.map((l) => {
      const line = l as SVGLineElement;
      const m = line.getScreenCTM()!;
      const at = (x: number, y: number) => ({ x: m.a * x + m.c * y + m.e, y: m.b * x + m.d * y + m.f });
      return { from: at(line.x1.baseVal.value, line.y1.baseVal.value), to: at(line.x2.baseVal.value, line.y2.baseVal.value) };
    }),
  );
  const names = await page.getByTestId('sector-name').evaluateAll((texts) =>
    texts.map((t) => {
      const r = t.getBoundingClientRect();
      const zoom = new DOMMatrixReadOnly(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform).a;
      return { sector: t.getAttribute('data-sector')!, text: t.textContent ?? '', box: r.toJSON() as DOMRect, px: Number(t.getAttribute('font-size')) * zoom };
    }),
  );
  const nodes = await page.locator('.react-flow__node').evaluateAll((els) =>
    Object.fromEntries(
      els.map((n) => {
        const r = n.getBoundingClientRect();
        return [
          n.getAttribute('data-id')!,
          {
            x: r.x + r.width / 2,
            y: r.y + r.height / 2,
            corners: [
              [r.left, r.top],
              [r.right, r.top],
              [r.left, r.bottom],
              [r.right, r.bottom],
            ],
          },
        ];
      }),
    ),
  );
  return { centre: rings.centre, radii: rings.radii, dividers, names, nodes };
}

/** The wedge (between two drawn dividers, clockwise) that a drawn point lies in, by the wedges' starting dividers' order. */
function wedgeIndex(point: { x: number; y: number }, centre: { x: number; y: number }, dividerAngles: number[]): number {
  const a = angleOf(point, centre);
  const sorted = [...dividerAngles];
  for (let i = 0; i < sorted.length; i++) {
    const from = sorted[i]!;
    const to = sorted[(i + 1) % sorted.length]!;
    const width = (((to - from) % 360) + 360) % 360;
    const offset = (((a - from) % 360) + 360) % 360;
    if (offset < width) return i;
  }
  return -1;
}

/** Every actor with a stored sector is drawn between the dividers of that sector (the wedges go clockwise from the top). */
async function expectDrawnInStoredSectors(page: Page, order: string[]) {
  const doc = await stored(page);
  const d = await drawnSectors(page);
  expect(d.dividers).toHaveLength(order.length);
  // The divider each wedge begins with, in the scheme's order: the first wedge is centred straight up (270°).
  const angles = d.dividers.map((l) => angleOf(l.to, d.centre));
  let checked = 0;
  for (const actor of doc.actors) {
    if (actor.type === 'self') continue;
    expect(actor.sector, `${actor.name} has a sector`).toBeTruthy();
    const drawnAt = d.nodes[actor.id]!;
    const i = wedgeIndex(drawnAt, d.centre, angles);
    expect(order[i], `${actor.name} is drawn in the wedge of its sector`).toBe(actor.sector);
    // Outside the inner ring, where a wedge has room, the whole box is drawn clear of the dividers.
    if (actor.ring !== 1)
      for (const [x, y] of drawnAt.corners as [number, number][])
        expect(order[wedgeIndex({ x, y }, d.centre, angles)], `${actor.name}'s box lies wholly in its wedge`).toBe(actor.sector);
    checked++;
  }
  return checked;
}

test.describe('sectors of a personal map', () => {
  test('a trainee divides the rings into sectors, drags and re-sectors actors, filters by sector, and the picture shows it', async ({ page }) => {
    await openImported(page, aino);
    // An old map without sectors opens as it was: no dividers, no names, no sector key, nothing stored.
    await expect(page.getByTestId('sector-divider')).toHaveCount(0);
    await expect(page.getByTestId('sector-name')).toHaveCount(0);
    await expect(page.getByTestId('sector-legend')).toHaveCount(0);
    const before = await stored(page);
    expect(before.sectors).toBeUndefined();
    expect(before.actors.some((a) => a.sector)).toBe(false);
    const pngBefore = await exportPng(page);

    // The setting is under the inspector's hint; keyboard only.
    const setting = page.getByTestId('sector-scheme');
    await expect(setting).toBeVisible();
    await setting.getByRole('checkbox', { name: 'Jaa kehät sektoreihin' }).focus();
    await page.keyboard.press('Space');
    // By default the exercise's own content areas.
    await expect(setting.getByRole('radio', { name: /Sisältöalueet/ })).toBeChecked();
    await expect(page.getByTestId('sector-divider')).toHaveCount(3);
    await expect(page.getByTestId('sector-name')).toHaveText(['arki', 'koulutus', 'työllistyminen']);
    await page.screenshot({ path: 'screenshots/sectors-fi.png' });

    // Each actor got the sector it stands in, and is drawn in that wedge; those whose box lay across a divider moved into
    // theirs nearby, on the same ring (the boxes are checked clear of the dividers below).
    const chosen = await stored(page);
    expect(chosen.sectors).toBe('areas');
    chosen.actors.forEach((a, i) => {
      const was = before.actors[i]!;
      expect(Math.hypot(a.position!.x - was.position!.x, a.position!.y - was.position!.y), a.name).toBeLessThan(150);
      expect(a.ring).toBe(was.ring);
    });
    expect(await expectDrawnInStoredSectors(page, ['everyday', 'education', 'employment'])).toBe(12);
    // Those that moved landed clear of the other actors and of "me".
    const boxes = await page
      .locator('.react-flow__node')
      .evaluateAll((els) => els.map((e) => ({ ...(e.getBoundingClientRect().toJSON() as DOMRect), name: e.textContent })));
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        expect(a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top, `${a.name} and ${b.name} apart`).toBe(true);
      }

    // Names are readable (≥ 12 px), each in its own wedge, and where the reader sees them (in the canvas, not under the legend).
    const d = await drawnSectors(page);
    const dividerAngles = d.dividers.map((l) => angleOf(l.to, d.centre));
    for (const [i, name] of d.names.entries()) {
      expect(name.px).toBeGreaterThanOrEqual(12);
      const mid = { x: name.box.x + name.box.width / 2, y: name.box.y + name.box.height / 2 };
      expect(wedgeIndex(mid, d.centre, dividerAngles), `${name.text} stands in its wedge`).toBe(i);
    }
    await expectNamesInView(page);

    // Drag Kela (education, ring 2, on the right) to the lower left of ring 2: employment.
    const kela = before.actors.find((a) => a.name === 'Kela Kajaani')!;
    expect(chosen.actors.find((a) => a.id === kela.id)!.sector).toBe('education');
    const node = (await actorNode(page, 'Kela Kajaani').locator('.actor-node__name').boundingBox())!;
    const mid2 = (d.radii[0]! + d.radii[1]!) / 2;
    const target = { x: d.centre.x + Math.cos((200 * Math.PI) / 180) * mid2, y: d.centre.y + Math.sin((200 * Math.PI) / 180) * mid2 };
    await page.mouse.move(node.x + node.width / 2, node.y + node.height / 2);
    await page.mouse.down();
    await page.mouse.move(target.x, target.y, { steps: 20 });
    await page.mouse.up();
    await expect.poll(async () => (await stored(page)).actors.find((a) => a.id === kela.id)!.sector).toBe('employment');
    expect((await stored(page)).actors.find((a) => a.id === kela.id)!.ring).toBe(2);
    await expectDrawnInStoredSectors(page, ['everyday', 'education', 'employment']);
    const inspector = page.getByTestId('actor-inspector');
    await expect(inspector.getByRole('radio', { name: 'työllistyminen' })).toBeChecked();

    // One undo step takes the move and the sector back together.
    await page.getByRole('button', { name: 'Kumoa (Ctrl+Z)' }).click();
    await expect.poll(async () => (await stored(page)).actors.find((a) => a.id === kela.id)!.sector).toBe('education');
    expect((await stored(page)).actors.find((a) => a.id === kela.id)!.position).toEqual(kela.position);

    // The inspector changes the sector by keyboard: the actor moves into that wedge and keeps its ring.
    await actorNode(page, 'Kela Kajaani').locator('.actor-node__name').click();
    await expect(inspector.getByRole('textbox', { name: 'Nimi' })).toHaveValue('Kela Kajaani');
    await inspector.getByRole('radio', { name: 'koulutus' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(inspector.getByRole('radio', { name: 'työllistyminen' })).toBeChecked();
    await expect.poll(async () => (await stored(page)).actors.find((a) => a.id === kela.id)!.sector).toBe('employment');
    expect((await stored(page)).actors.find((a) => a.id === kela.id)!.ring).toBe(2);
    await waitForStableView(page);
    await expectDrawnInStoredSectors(page, ['everyday', 'education', 'employment']);

    // Tidy keeps every actor in its sector.
    await page.getByRole('button', { name: 'Järjestä asettelu' }).click();
    await waitForStableView(page);
    await expect
      .poll(async () => JSON.stringify((await stored(page)).actors.map((a) => a.position)))
      .not.toEqual(JSON.stringify(chosen.actors.map((a) => a.position)));
    await expectDrawnInStoredSectors(page, ['everyday', 'education', 'employment']);

    // The legend shows the sectors, and filters by them: "me" stays, with the actors of the everyday wedge.
    const everyday = (await stored(page)).actors.filter((a) => a.sector === 'everyday').length;
    await page.keyboard.press('Escape');
    const legend = page.getByTestId('sector-legend');
    await expect(legend.getByRole('button')).toHaveText(['arki', 'koulutus', 'työllistyminen']);
    await legend.getByRole('button', { name: 'koulutus' }).click();
    await legend.getByRole('button', { name: 'työllistyminen' }).click();
    await expect(page.locator('.react-flow__node')).toHaveCount(everyday + 1);
    await expect(actorNode(page, 'Aino Virtanen')).toBeVisible();
    await legend.getByRole('button', { name: 'koulutus' }).click();
    await legend.getByRole('button', { name: 'työllistyminen' }).click();
    await expect(page.locator('.react-flow__node')).toHaveCount(13);

    // Reload keeps the scheme and the sectors.
    await page.reload();
    await expect(page.getByTestId('sector-divider')).toHaveCount(3);
    await waitForStableView(page);
    await expectDrawnInStoredSectors(page, ['everyday', 'education', 'employment']);

    // The picture draws the dividers and names too: in the SVG, and as pixels of the dividers' colour in the PNG.
    const downloadPromise = page.waitForEvent('download');
    await exportFromMenu(page, 'svg');
    const svg = readFileSync((await (await downloadPromise).path())!, 'utf8');
    expect(svg.match(/data-sector-divider/g)).toHaveLength(3);
    for (const name of ['arki', 'koulutus', 'työllistyminen']) expect(svg).toContain(`>${name}</text>`);
    const pngAfter = await exportPng(page, 'screenshots/sectors-export.png');
    expect(pngAfter - pngBefore, 'divider pixels in the PNG').toBeGreaterThan(600);
  });

  test('the other scheme, in Swedish and English, and back to none', async ({ page }) => {
    await openImported(page, aino);
    await page.getByTestId('sector-scheme').getByRole('checkbox').check();
    await page
      .getByTestId('sector-scheme')
      .getByRole('radio', { name: /Julkinen/ })
      .check();
    await expect(page.getByTestId('sector-name')).toHaveText(['julkinen sektori', 'kolmas sektori', 'yksityinen sektori']);
    expect(await expectDrawnInStoredSectors(page, ['public', 'third', 'private'])).toBe(12);
    for (const [language, names] of [
      ['sv', ['offentlig sektor', 'tredje sektorn', 'privat sektor']],
      ['en', ['public sector', 'third sector', 'private sector']],
    ] as const) {
      await page.getByRole('combobox', { name: /Kieli|Språk|Language/ }).selectOption(language);
      await expect(page.getByTestId('sector-name')).toHaveText([...names]);
      await page.screenshot({ path: `screenshots/sectors-${language}.png` });
    }
    await page.getByRole('combobox', { name: 'Language' }).selectOption('fi');
    await page.getByTestId('sector-scheme').getByRole('checkbox').uncheck();
    await expect(page.getByTestId('sector-divider')).toHaveCount(0);
    const doc = await stored(page);
    expect(doc.sectors).toBeUndefined();
    expect(doc.actors.some((a) => a.sector)).toBe(false);
  });

  test('on a phone the actors are still drawn in their sectors', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openImported(page, aino);
    await page.getByRole('tab', { name: 'Tiedot' }).click();
    await page.getByTestId('sector-scheme').getByRole('checkbox').check();
    await expect(page.getByTestId('sector-divider')).toHaveCount(3);
    await waitForStableView(page);
    // On a phone some actors may lie off screen: those drawn are checked, all of them in the DOM.
    expect(await expectDrawnInStoredSectors(page, ['everyday', 'education', 'employment'])).toBe(12);
    await page.screenshot({ path: 'screenshots/sectors-phone.png' });
  });
});

/**
 * Each sector name is drawn wholly inside the canvas and is not under the legend, the zoom buttons, an actor or a
 * label: what is drawn at its centre is not part of them.
 */
async function expectNamesInView(page: Page) {
  await waitForStableView(page);
  const canvas = (await page.locator('.react-flow').boundingBox())!;
  const names = await page.getByTestId('sector-name').evaluateAll((texts) =>
    texts.map((t) => {
      const r = t.getBoundingClientRect();
      const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
      return {
        text: t.textContent,
        box: r.toJSON() as DOMRect,
        // What covers the name's centre: the legend, the zoom buttons, an actor or a relation's label (the rings are beneath them).
        under: hit?.closest('[data-testid="map-legend"], .react-flow__controls, .react-flow__node, [data-testid="relation-label"]')?.className ?? null,
      };
    }),
  );
  expect(names.length).toBeGreaterThan(0);
  for (const { text, box, under } of names) {
    expect(box.left, `${text} in the canvas (left)`).toBeGreaterThanOrEqual(canvas.x);
    expect(box.right, `${text} in the canvas (right)`).toBeLessThanOrEqual(canvas.x + canvas.width);
    expect(box.top, `${text} in the canvas (top)`).toBeGreaterThanOrEqual(canvas.y);
    expect(box.bottom, `${text} in the canvas (bottom)`).toBeLessThanOrEqual(canvas.y + canvas.height);
    expect(under, `${text} is not covered`).toBeNull();
  }
  return names;
}

for (const [device, use] of [
  ['laptop (1366 × 768)', { viewport: { width: 1366, height: 768 } }],
  ['tablet (1024 × 768, touch)', { viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: true }],
] as const) {
  test.describe(`the opening view on a ${device}`, () => {
    test.use(use);
    test('shows every sector name in the canvas, clear of the legend, at the readable zoom', async ({ page }) => {
      await openImported(page, aino);
      await page.getByTestId('sector-scheme').getByRole('checkbox').check();
      await expect(page.getByTestId('sector-divider')).toHaveCount(3);
      await waitUntilSaved(page);
      // The opening view: reload, as the trainee comes back to the map.
      for (const [language, scheme] of [
        ['fi', 'areas'],
        ['sv', 'public'],
        ['en', 'areas'],
      ] as const) {
        if (language !== 'fi') {
          await page.getByRole('combobox', { name: /Kieli|Språk|Language/ }).selectOption(language);
          await expect(page.getByTestId('sector-name').first()).toHaveText(language === 'sv' ? /sektor|vardag/ : /everyday|public/);
        }
        if (scheme === 'public')
          await page
            .getByTestId('sector-scheme')
            .getByRole('radio', { name: /Offentlig|Julkinen/ })
            .check();
        await waitUntilSaved(page);
        await page.reload();
        await expect(page.getByTestId('sector-name')).toHaveCount(3);
        const zoom = await page.evaluate(() => new DOMMatrixReadOnly(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform).a);
        expect(zoom, 'the opening zoom stays readable').toBeGreaterThanOrEqual(use.viewport.width === 1024 ? 1 : 0.85);
        await waitForStableView(page);
        await page.screenshot({ path: `screenshots/sectors-opening-${use.viewport.width}-${language}.png` });
        await expectNamesInView(page);
      }
    });
  });
}

/** Export the whole map as a 1× PNG and count the pixels of the dividers' colour (the rings' text colour). */
async function exportPng(page: Page, saveAs?: string): Promise<number> {
  const downloadPromise = page.waitForEvent('download');
  await exportFromMenu(page, 'map1');
  const download = await downloadPromise;
  if (saveAs) await download.saveAs(saveAs);
  const png = readFileSync((await download.path())!);
  return page.evaluate(async (base64) => {
    const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    let count = 0;
    for (let i = 0; i < data.length; i += 4) if (Math.abs(data[i]! - 0x3f) + Math.abs(data[i + 1]! - 0x6f) + Math.abs(data[i + 2]! - 0x63) < 40) count++;
    return count;
  }, png.toString('base64'));
}
