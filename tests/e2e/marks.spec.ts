/**
 * Drop – renew – keep (P – U – S): a trainee marks a relation, an actor and a service, by keyboard (M, and the
 * inspector's chips from the keyboard) and by pointer; the marks are drawn as small sticky notes whose boxes are
 * measured (visible, on top, readable, clear of the name and label text); the lens filters by them; the Assessment
 * tab sums them up and shows a marked thing on the map; presentation projects the summary; a reload and a JSON
 * round trip keep them; the map file without marks (the old format) opens as before.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { openImported, viewport, waitForStableView } from './support/canvas';
import { exportFromMenu } from './support/exportMenu';
import { fileOf } from './support/maps';
import { actorNode, importFiles, openApp, waitUntilSaved } from './support/trainee';

test.use({ viewport: { width: 1400, height: 900 } });

/** A personal map as an older version of the app wrote it: no `marks` at all. */
const oldFile = fileOf({
  id: 'merkit',
  title: 'Ohjaamon suhteet',
  kind: 'personal',
  author: 'Aino',
  actors: [
    { id: 'me', name: 'Aino', type: 'self', position: { x: 0, y: 0 } },
    {
      id: 'ohj',
      name: 'Ohjaamo Kajaani',
      type: 'organisation',
      ring: 1,
      position: { x: 0, y: -170 },
      services: [
        { name: 'Työnhaun tuki', tno: ['guidance'], areas: ['employment'] },
        { name: 'Asumisneuvonta', tno: [], areas: ['everyday'] },
      ],
    },
    { id: 'koulu', name: 'Kainuun ammattiopisto', type: 'organisation', ring: 2, position: { x: 300, y: 120 } },
    { id: 'paja', name: 'Nuorten työpaja', type: 'group', ring: 2, position: { x: -300, y: 120 } },
  ],
  relations: [
    { id: 'r-ohj', source: 'me', target: 'ohj', direction: 'both', topics: ['nuoren ohjaus'], methods: ['meeting'] },
    { id: 'r-koulu', source: 'me', target: 'koulu', direction: 'forward', topics: ['jatko-opinnot'], methods: [] },
    { id: 'r-paja', source: 'paja', target: 'me', direction: 'forward', topics: ['työkokeilu'], methods: [] },
  ],
});

const label = (page: Page, id: string) => page.locator(`[data-testid="relation-label"][data-relation-id="${id}"]`);

/** Click a relation's label (pointer) and wait for its inspector. */
async function selectRelation(page: Page, id: string) {
  await label(page, id).click();
  await expect(page.getByTestId('relation-inspector')).toBeVisible();
}

async function selectActorByName(page: Page, name: string) {
  await actorNode(page, name).locator('.actor-node__name').click();
  await expect(page.getByTestId('actor-inspector').getByRole('textbox', { name: 'Nimi', exact: true })).toHaveValue(name);
}

/** Serious or critical accessibility findings on what this part adds (notes, chips, summary, projected panel). */
async function markViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.filter((n) => /mark/.test(`${n.target.join(' ')} ${n.html}`)).map((n) => `${v.id}: ${n.target.join(' ')}`));
}

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * A drawn note: visible, at least 12 px on screen, its letter at least 9 px, on top where it is drawn (what is under
 * its centre is the note), and clear of the text beside it. Returns its box.
 */
async function expectReadableNote(page: Page, note: Locator, text: Locator, letter: string) {
  await expect(note).toBeVisible();
  await expect(note).toHaveText(letter);
  const box = (await note.boundingBox())!;
  const { zoom } = await viewport(page);
  const fontPx = Number.parseFloat(await note.evaluate((e) => getComputedStyle(e).fontSize)) * zoom;
  expect(box.width, 'note width on screen').toBeGreaterThanOrEqual(12);
  expect(box.height, 'note height on screen').toBeGreaterThanOrEqual(12);
  expect(fontPx, 'letter size on screen').toBeGreaterThanOrEqual(9);
  const onTop = await note.evaluate((e) => {
    const r = e.getBoundingClientRect();
    const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
    return hit && (hit === e || e.contains(hit)) ? 'note' : `${hit?.tagName}.${hit?.getAttribute('class')}`;
  });
  expect(onTop, 'what is drawn at the note’s centre').toBe('note');
  for (const textBox of await text.evaluateAll((es) => es.map((e) => e.getBoundingClientRect().toJSON() as Box))) {
    expect(overlaps(box, textBox), `note ${JSON.stringify(box)} clear of text ${JSON.stringify(textBox)}`).toBe(false);
  }
  return box;
}

test('a trainee marks a relation, an actor and a service by keyboard and pointer; notes, filter, summary, presentation, reload and JSON keep them', async ({
  page,
}) => {
  // A long walk through the whole feature, on a machine shared with other runs.
  test.setTimeout(180_000);
  await openImported(page, oldFile);
  // The old file opens: nothing marked, no notes drawn.
  await expect(page.getByTestId('mark-note')).toHaveCount(0);

  // Actor by keyboard: select, then M twice (P → U).
  await selectActorByName(page, 'Kainuun ammattiopisto');
  await page.keyboard.press('m');
  await expect(page.getByTestId('map-status')).toHaveText('Kainuun ammattiopisto: P – pois');
  await page.keyboard.press('m');
  const schoolNote = actorNode(page, 'Kainuun ammattiopisto').getByTestId('actor-mark-notes').getByTestId('mark-note');
  await expect(schoolNote).toHaveText('U');
  await expect(page.getByTestId('actor-inspector').getByRole('button', { name: 'U – uudistettava' })).toHaveAttribute('aria-pressed', 'true');

  // Relation by pointer: its label, then the chip, then a short note.
  await selectRelation(page, 'r-ohj');
  const relationMarks = page.getByTestId('relation-inspector').getByTestId('mark-control');
  await relationMarks.getByRole('button', { name: 'S – säilytettävä' }).click();
  await relationMarks.getByTestId('mark-note').fill('toimii hyvin');
  // Relation by keyboard: M on the selected relation.
  await selectRelation(page, 'r-paja');
  await page.keyboard.press('m');
  await expect(label(page, 'r-paja').getByTestId('mark-note')).toHaveText('P');

  // Service by keyboard (the service row's chip, Space) and the actor itself by pointer.
  await selectActorByName(page, 'Ohjaamo Kajaani');
  const service = page.getByTestId('service').filter({ has: page.locator('input[value="Työnhaun tuki"]') });
  await service.getByRole('button', { name: 'U – uudistettava' }).focus();
  await page.keyboard.press('Space');
  await expect(service.getByRole('button', { name: 'U – uudistettava' })).toHaveAttribute('aria-pressed', 'true');
  await page.locator(`[data-testid="mark-control"][data-target='["actor","ohj"]']`).getByRole('button', { name: 'S – säilytettävä' }).click();
  await waitUntilSaved(page);

  // One undo step takes the last mark away, redo brings it back.
  await page.keyboard.press('Control+z');
  await expect(actorNode(page, 'Ohjaamo Kajaani').getByTestId('actor-mark-notes')).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(actorNode(page, 'Ohjaamo Kajaani').getByTestId('actor-mark-notes')).toHaveCount(1);

  // The notes as drawn: readable, on top, clear of the names and the label text.
  await waitForStableView(page);
  const ohjaamo = actorNode(page, 'Ohjaamo Kajaani');
  await expectReadableNote(page, schoolNote, actorNode(page, 'Kainuun ammattiopisto').locator('.actor-node__name'), 'U');
  await expectReadableNote(page, ohjaamo.getByTestId('actor-mark-notes').getByTestId('mark-note'), ohjaamo.locator('.actor-node__name'), 'S');
  await expectReadableNote(page, ohjaamo.getByTestId('service-mark-notes').getByTestId('mark-note'), ohjaamo.locator('.actor-node__name'), 'U');
  for (const [id, letter] of [
    ['r-ohj', 'S'],
    ['r-paja', 'P'],
  ] as const) {
    await expectReadableNote(
      page,
      label(page, id).getByTestId('mark-note'),
      label(page, id).locator('.relation-label__line, .relation-label__direction'),
      letter,
    );
  }
  await expect(label(page, 'r-ohj').getByTestId('mark-note')).toHaveAttribute('title', 'Merkintä S – säilytettävä: toimii hyvin');
  // The map's legend explains the letters in words.
  await expect(page.getByTestId('mark-legend')).toHaveText(/P\s*pois\s*U\s*uudistettava\s*S\s*säilytettävä/);
  await page.screenshot({ path: 'screenshots/marks-map-fi.png' });

  // The lens filters by the marks: "P – pois" keeps the dropped relation and its two actors.
  await page.getByRole('tab', { name: 'Suodata' }).click();
  await page.getByTestId('lens-panel').getByRole('button', { name: 'P – pois' }).click();
  await expect(page.getByTestId('lens-counts')).toHaveText('2 / 4 toimijaa, 1 / 3 suhdetta näkyvissä');
  await page.getByTestId('lens-panel').getByRole('button', { name: 'P – pois' }).click();
  await expect(page.getByTestId('lens-counts')).toHaveText('4 / 4 toimijaa, 3 / 3 suhdetta näkyvissä');

  // The summary: counts, notes per verdict, and an entry shows its target on the map.
  await page.getByRole('tab', { name: 'Arviointi' }).click();
  const section = page.getByTestId('marks-section');
  await expect(section.getByTestId('marks-counts')).toHaveText('1 pois, 2 uudistettavaa, 2 säilytettävää');
  await expect(section.locator('[data-verdict="keep"]')).toContainText('Aino ↔ Ohjaamo Kajaani');
  await expect(section.locator('[data-verdict="keep"]')).toContainText('toimii hyvin');
  await expect(section.locator('[data-verdict="renew"]')).toContainText('Työnhaun tuki (Ohjaamo Kajaani)');
  await section.getByRole('button', { name: 'Näytä kartalla: Kainuun ammattiopisto' }).click();
  const opacity = (l: Locator) =>
    l.evaluate((e) => {
      let o = 1;
      for (let x: Element | null = e; x; x = x.parentElement) o *= Number(getComputedStyle(x).opacity);
      return o;
    });
  await expect.poll(() => opacity(actorNode(page, 'Nuorten työpaja').locator('.actor-node'))).toBeLessThan(0.6);
  expect(await opacity(actorNode(page, 'Kainuun ammattiopisto').locator('.actor-node'))).toBe(1);
  await page.screenshot({ path: 'screenshots/marks-summary-fi.png' });
  await page.keyboard.press('Escape');
  await expect.poll(() => opacity(actorNode(page, 'Nuorten työpaja').locator('.actor-node'))).toBe(1);

  // CSV of the summary.
  const csvDownload = page.waitForEvent('download');
  await section.getByTestId('marks-csv').click();
  const csv = readFileSync((await (await csvDownload).path())!, 'utf8');
  expect(csv).toContain('arvio,kohde,muistiinpano,tekijä');
  expect(csv).toContain('S – säilytettävä,Aino ↔ Ohjaamo Kajaani,toimii hyvin,');

  // Presentation projects the summary.
  await page.getByRole('button', { name: 'Esitä', exact: true }).click();
  const projected = page.getByTestId('present-marks');
  await expect(projected).toBeVisible();
  await expect(projected.getByTestId('marks-counts')).toHaveText('1 pois, 2 uudistettavaa, 2 säilytettävää');
  const fontPx = Number.parseFloat(await projected.getByTestId('marks-counts').evaluate((e) => getComputedStyle(e).fontSize));
  expect(fontPx, 'projected text size').toBeGreaterThanOrEqual(18);
  await page.screenshot({ path: 'screenshots/marks-present-fi.png' });
  await page.getByRole('button', { name: 'Lopeta esitys (Esc)' }).click();

  // A reload keeps them.
  await waitUntilSaved(page);
  await page.reload();
  await expect(page.getByTestId('mark-note')).toHaveCount(5);

  // JSON export → import as a copy keeps them.
  const download = page.waitForEvent('download');
  await exportFromMenu(page, 'json');
  const exported = readFileSync((await (await download).path())!, 'utf8');
  const marks = JSON.parse(exported).map.marks as { verdict: string; target: { kind: string } }[];
  expect(marks.map((m) => `${m.target.kind}:${m.verdict}`).sort()).toEqual(['actor:keep', 'actor:renew', 'relation:drop', 'relation:keep', 'service:renew']);
  await page.getByRole('link', { name: /Karttani/ }).click();
  await importFiles(page, [{ name: 'kopio.json', text: exported }]);
  await page.getByTestId('duplicate-import-dialog').getByRole('button', { name: 'Tuo kopiona' }).click();
  await page.getByRole('link', { name: 'Avaa kartta Ohjaamon suhteet (kopio)' }).click();
  await expect(page.getByTestId('mark-note')).toHaveCount(5);
});

test('deleting a marked relation and renaming a marked service keep the marks consistent', async ({ page }) => {
  await openImported(page, oldFile);
  await selectRelation(page, 'r-koulu');
  await page.keyboard.press('m');
  await selectActorByName(page, 'Ohjaamo Kajaani');
  const service = page.getByTestId('service').first();
  await service.getByRole('button', { name: 'S – säilytettävä' }).click();
  await service.getByRole('textbox').first().fill('Työnhaku');
  await page.getByRole('tab', { name: 'Arviointi' }).click();
  await expect(page.getByTestId('marks-section')).toContainText('Työnhaku (Ohjaamo Kajaani)');
  await expect(page.getByTestId('marks-counts')).toHaveText('1 pois, 0 uudistettavaa, 1 säilytettävää');
  await label(page, 'r-koulu').click();
  await page.keyboard.press('Delete');
  await page.getByRole('tab', { name: 'Arviointi' }).click();
  await expect(page.getByTestId('marks-counts')).toHaveText('0 pois, 0 uudistettavaa, 1 säilytettävää');
});

for (const [language, picker, tab, inspector] of [
  ['sv', 'Kieli', 'Bedömning', 'Uppgifter'],
  ['en', 'Kieli', 'Assessment', 'Details'],
] as const) {
  test(`the marks in ${language}: letters, summary and presentation`, async ({ page }) => {
    await openApp(page);
    await page.getByRole('combobox', { name: picker }).selectOption(language);
    await importFiles(page, [{ name: 'kartta.json', text: oldFile }]);
    await page.getByRole('link', { name: /Ohjaamon suhteet/ }).click();
    await expect(actorNode(page, 'Ohjaamo Kajaani')).toBeVisible();
    await waitForStableView(page);
    await actorNode(page, 'Kainuun ammattiopisto').locator('.actor-node__name').click();
    await page.keyboard.press('m');
    await page.keyboard.press('m');
    await label(page, 'r-ohj').click();
    await page.keyboard.press('m');
    await page.keyboard.press('m');
    await page.keyboard.press('m');
    await actorNode(page, 'Ohjaamo Kajaani').locator('.actor-node__name').click();
    await page.getByRole('tab', { name: inspector }).click();
    await page.getByTestId('service').first().getByTestId('mark-control').locator('button').first().click();
    const letters = language === 'sv' ? ['F', 'B', 'S'] : ['R', 'K', 'D'];
    await expect(actorNode(page, 'Kainuun ammattiopisto').getByTestId('mark-note')).toHaveText(letters[0]!);
    await expect(label(page, 'r-ohj').getByTestId('mark-note')).toHaveText(letters[1]!);
    await expect(actorNode(page, 'Ohjaamo Kajaani').getByTestId('service-mark-notes')).toHaveText(letters[2]!);
    await page.screenshot({ path: `screenshots/marks-map-${language}.png` });
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByTestId('marks-counts')).toHaveText(
      language === 'sv' ? '1 att slopa, 1 att förnya, 1 att behålla' : '1 to drop, 1 to renew, 1 to keep',
    );
    await page.screenshot({ path: `screenshots/marks-summary-${language}.png` });
    expect(await markViolations(page)).toEqual([]);
    await page.keyboard.press('p');
    await expect(page.getByTestId('present-marks')).toBeVisible();
    expect(await markViolations(page)).toEqual([]);
    await page.screenshot({ path: `screenshots/marks-present-${language}.png` });
  });
}

/** The old file with marks on an actor, a service, and one relation marked "drop" by two contributors (a merged map). */
const markedFile = (() => {
  const file = JSON.parse(oldFile);
  file.map.marks = [
    { id: 'm1', target: { kind: 'actor', id: 'koulu' }, verdict: 'renew' },
    { id: 'm2', target: { kind: 'service', actor: 'ohj', service: 'Työnhaun tuki' }, verdict: 'keep' },
    { id: 'm3', target: { kind: 'relation', id: 'r-paja' }, verdict: 'drop', note: 'ei <b>toimi</b>' },
    { id: 'm4', target: { kind: 'relation', id: 'r-paja' }, verdict: 'drop', author: 'Eero', source: 'eero' },
  ];
  return JSON.stringify(file);
})();

/** The notes the exported SVG draws: verdict, what they are on, count, letter, and the note's box in picture pixels. */
async function pictureNotes(page: Page, svg: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
    const host = document.createElement('div');
    host.style.cssText = 'position:fixed;left:0;top:0;visibility:hidden';
    host.append(root);
    document.body.append(host);
    const origin = root.getBoundingClientRect();
    const notes = [...root.querySelectorAll('[data-mark-note]')].map((g) => {
      const r = g.querySelectorAll('rect')[1]!.getBoundingClientRect();
      return {
        verdict: g.getAttribute('data-mark-note')!,
        target: g.getAttribute('data-mark-target')!,
        count: g.getAttribute('data-count')!,
        letter: g.textContent!,
        box: { x: r.x - origin.x, y: r.y - origin.y, width: r.width, height: r.height },
      };
    });
    const width = origin.width;
    host.remove();
    return { notes, width };
  }, svg);
}

/** The share of the pixels in each box (picture units, scaled to the PNG) that have the given colour. */
async function colourShare(
  page: Page,
  png: Buffer,
  pictureWidth: number,
  boxes: { box: { x: number; y: number; width: number; height: number }; colour: string }[],
) {
  return page.evaluate(
    async ({ base64, pictureWidth, boxes }) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const scale = bitmap.width / pictureWidth;
      return boxes.map(({ box, colour }) => {
        const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(colour.slice(i, i + 2), 16));
        const x = Math.round(box.x * scale);
        const y = Math.round(box.y * scale);
        const w = Math.max(1, Math.round(box.width * scale));
        const h = Math.max(1, Math.round(box.height * scale));
        const { data } = context.getImageData(x, y, w, h);
        let hits = 0;
        for (let i = 0; i < data.length; i += 4) if (Math.abs(data[i]! - r!) + Math.abs(data[i + 1]! - g!) + Math.abs(data[i + 2]! - b!) < 30) hits++;
        return hits / (w * h);
      });
    },
    { base64: png.toString('base64'), pictureWidth, boxes },
  );
}

const NOTE_FILL: Record<string, string> = { drop: '#f7b8b0', renew: '#ffe08a', keep: '#b5e3b0' };

for (const [language, letters, exportName, svgName, pngName] of [
  ['fi', { drop: 'P', renew: 'U', keep: 'S' }, 'Vie', 'Koko kartta SVG (vektorikuva)', 'Koko kartta PNG 1×'],
  ['sv', { drop: 'S', renew: 'F', keep: 'B' }, 'Exportera', 'Hela kartan SVG (vektorbild)', 'Hela kartan PNG 1×'],
  ['en', { drop: 'D', renew: 'R', keep: 'K' }, 'Export', 'Whole map SVG (vector picture)', 'Whole map PNG 1×'],
] as const) {
  test(`the exported picture draws the marks' notes (letters, counts, colours) in the SVG and the PNG, in ${language}`, async ({ page }) => {
    test.setTimeout(120_000);
    await openApp(page);
    if (language !== 'fi') await page.getByRole('combobox', { name: 'Kieli' }).selectOption(language);
    await importFiles(page, [{ name: 'kartta.json', text: markedFile }]);
    await page.getByRole('link', { name: /Ohjaamon suhteet/ }).click();
    await expect(actorNode(page, 'Ohjaamo Kajaani')).toBeVisible();
    await waitForStableView(page);

    const exportAs = async (name: string) => {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: exportName, exact: true }).click();
      await page.getByRole('menuitem', { name, exact: true }).click();
      return (await download).path().then((p) => readFileSync(p!));
    };
    const svg = (await exportAs(svgName)).toString('utf8');
    // The note's text is the letter; the mark's own note is not printed on the map (its words are in the summary).
    expect(svg).not.toContain('<b>');
    const { notes, width } = await pictureNotes(page, svg);
    expect(notes.filter((n) => n.target === 'legend').map((n) => n.letter)).toEqual([letters.drop, letters.renew, letters.keep]);
    expect(
      notes
        .filter((n) => n.target !== 'legend')
        .map((n) => `${n.target}:${n.verdict}:${n.count}:${n.letter}`)
        .sort(),
    ).toEqual([`koulu:renew:1:${letters.renew}`, `ohj:keep:1:${letters.keep}`, `r-paja:drop:2:${letters.drop}2`].sort());
    // The legend keys the letters (above), in words too.
    expect(svg.match(/data-legend-mark=/g)).toHaveLength(3);
    const png = await exportAs(pngName);
    mkdirSync('screenshots', { recursive: true });
    writeFileSync(`screenshots/marks-picture-${language}.png`, png);
    const shares = await colourShare(
      page,
      png,
      width,
      notes.map((n) => ({ box: n.box, colour: NOTE_FILL[n.verdict]! })),
    );
    for (const [i, share] of shares.entries()) expect(share, `note colour in the PNG where ${notes[i]!.target}'s note is`).toBeGreaterThan(0.35);
  });
}
