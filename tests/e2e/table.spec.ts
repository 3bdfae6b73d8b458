/**
 * The facilitator's table view: the regional map as lists of actors and
 * relations, sorted in the UI language's order, searched, edited with the
 * keyboard (and undone), exported as CSV, and readable by a screen reader.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { mapFile } from './support/maps';
import { actorNode, importFiles, openApp, waitUntilSaved } from './support/trainee';

function regional(): string {
  const file = JSON.parse(
    mapFile({
      id: 'kainuu',
      title: 'Kainuun TNO-verkosto',
      kind: 'regional',
      actors: [
        ['ohj', 'Ohjaamo Kajaani', 'organisation'],
        ['amm', 'Ämmäkosken koulu', 'organisation'],
        ['kela', 'Kela', 'organisation'],
        ['abo', 'Åbo Akademi', 'organisation'],
        ['ost', 'Östersundomin nuorisoseura', 'group'],
        ['zon', 'Zonta-kerho', 'group'],
        ['typ', 'TYP Kainuu', 'organisation'],
      ],
      relations: [
        ['ohj', 'typ', 'both', ['työllistyminen', 'CV'], ['meeting', 'Teams']],
        ['amm', 'ohj', 'forward', ['opintojen nivelvaihe'], ['email']],
        ['kela', 'ohj', 'backward', ['asumisneuvonta'], ['phone']],
        ['ost', 'zon', 'both', ['=vapaa-aika'], []],
      ],
    }),
  );
  file.map.actors[0].services = [{ name: 'Työnhaun tuki', tno: ['advice', 'guidance'], areas: ['employment', 'education'] }];
  file.map.actors[2].services = [{ name: 'Asumistuki, opintotuki', tno: ['information'], areas: ['everyday'] }];
  file.map.actors.forEach((actor: { position?: unknown }, i: number) => (actor.position = { x: (i % 4) * 320, y: Math.floor(i / 4) * 220 }));
  return JSON.stringify(file);
}

/** The toolbar's pressed toggle between the map and the table. */
const tableToggle = (page: Page) => page.getByRole('toolbar').getByRole('button', { name: /^(Taulukko|Tabell|Table)$/ });
const actorTable = (page: Page) => page.getByTestId('actor-table');
const relationTable = (page: Page) => page.getByTestId('relation-table');
/** The actors' names in the order the table shows them (the row headers). */
const actorNames = (page: Page) => actorTable(page).locator('tbody th[scope="row"] .cell-edit').allTextContents();

async function openRegionalTable(page: Page) {
  await openApp(page);
  await importFiles(page, [{ name: 'kainuu.json', text: regional() }]);
  await page.getByRole('link', { name: /Kainuun TNO-verkosto/ }).click();
  await expect(actorNode(page, 'Ohjaamo Kajaani')).toBeVisible();
  await tableToggle(page).click();
  await expect(page.getByTestId('table-view')).toBeVisible();
}

test('a facilitator sorts, searches and edits the actors in the table, sees the edit on the map, and undoes it', async ({ page }) => {
  await openRegionalTable(page);
  await expect(tableToggle(page)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('heading', { name: /Toimijat/ })).toContainText('7 / 7 toimijaa');

  // Sorting by name follows Finnish: å, ä, ö after z.
  const nameHeader = actorTable(page).getByRole('columnheader', { name: /Nimi/ });
  await nameHeader.getByRole('button').click();
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
  expect(await actorNames(page)).toEqual([
    'Kela',
    'Ohjaamo Kajaani',
    'TYP Kainuu',
    'Zonta-kerho',
    'Åbo Akademi',
    'Ämmäkosken koulu',
    'Östersundomin nuorisoseura',
  ]);
  await nameHeader.getByRole('button').click();
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
  expect((await actorNames(page))[0]).toBe('Östersundomin nuorisoseura');

  // Degree and betweenness come from the insights worker, the Insights panel's figures: Ohjaamo is the hub of a star of
  // four, so 3 of the 15 pairs of other actors (of 7) have their only shortest path through it: 20 %.
  const liaison = actorTable(page).getByRole('columnheader', { name: /Lähetti/ });
  await liaison.getByRole('button').click();
  await liaison.getByRole('button').click();
  await expect(liaison).toHaveAttribute('aria-sort', 'descending');
  const first = actorTable(page).locator('tbody tr').first();
  await expect(first.locator('td[data-column="betweenness"]')).toHaveText('20');
  await expect(first.locator('td[data-column="degree"]')).toHaveText('3');
  await expect(first.locator('th')).toContainText('Ohjaamo Kajaani');
  await expect(actorTable(page).locator('tr', { hasText: 'Zonta-kerho' }).locator('td[data-column="degree"]')).toHaveText('1');
  // The Insights panel beside the table says the same.
  await page.getByRole('tab', { name: 'Havainnot' }).click();
  await expect(page.getByText('Ohjaamo Kajaani: 20 % muiden välisistä lyhimmistä reiteistä kulkee tämän kautta')).toBeVisible();
  await expect(page.getByText('Eniten suhteita on toimijalla Ohjaamo Kajaani: 3 muuta toimijaa.')).toBeVisible();

  // The search ignores case and diacritics, and finds services and topics too.
  const search = page.getByRole('searchbox', { name: 'Hae taulukosta' });
  await search.fill('HAMMASLÄÄKÄRI');
  await expect(page.getByRole('status').filter({ hasText: 'toimijaa' })).toContainText('0 / 7 toimijaa');
  // A typo is forgiven, as in the lens panel's search.
  await search.fill('AMMAKOSKI');
  await expect(page.getByRole('status').filter({ hasText: 'toimijaa' })).toContainText('1 / 7 toimijaa');
  await search.fill('ammakosken');
  expect(await actorNames(page)).toEqual(['Ämmäkosken koulu']);
  await expect(page.getByRole('heading', { name: /Toimijat/ })).toContainText('1 / 7 toimijaa');
  await expect(relationTable(page).locator('tbody tr')).toHaveCount(1);
  await search.fill('asumisneuvonta');
  await expect(relationTable(page).locator('tbody tr')).toHaveCount(1);
  await expect(relationTable(page).getByRole('button', { name: 'Kela ← Ohjaamo Kajaani' })).toHaveText('←');
  await search.fill('');

  // Keyboard editing: F2 opens the cell, Escape puts the name back, Enter saves.
  const kela = actorTable(page).getByRole('button', { name: 'Kela', exact: true });
  await kela.focus();
  await page.keyboard.press('F2');
  const field = actorTable(page).getByRole('textbox', { name: 'Nimi, muokkaus' });
  await expect(field).toBeFocused();
  await field.fill('Ei tallennu');
  await page.keyboard.press('Escape');
  await expect(kela).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(field).toBeFocused();
  await field.fill('Kela Kajaani');
  await page.keyboard.press('Enter');
  const renamed = actorTable(page).getByRole('button', { name: 'Kela Kajaani', exact: true });
  await expect(renamed).toBeFocused();
  await expect(relationTable(page).getByRole('button', { name: 'Kela Kajaani ← Ohjaamo Kajaani' })).toBeVisible();
  await waitUntilSaved(page);

  // The map draws the new name; Ctrl+Z there restores the old one, in the map and the table alike.
  await page.getByRole('button', { name: 'Kartta' }).click();
  await expect(tableToggle(page)).toHaveAttribute('aria-pressed', 'false');
  await expect(actorNode(page, 'Kela Kajaani').locator('.actor-node__name')).toHaveText('Kela Kajaani');
  await page.keyboard.press('Control+z');
  await expect(actorNode(page, 'Kela').locator('.actor-node__name')).toHaveText('Kela');
  await expect(actorNode(page, 'Kela Kajaani')).toHaveCount(0);
  await tableToggle(page).click();
  await expect(actorTable(page).getByRole('button', { name: 'Kela', exact: true })).toBeVisible();

  // An edit in the table is undone in the table too (Ctrl+Z once the editor has closed).
  const typeCell = actorTable(page).locator('tr', { hasText: 'Zonta-kerho' }).locator('td[data-column="type"] .cell-edit');
  await typeCell.focus();
  await page.keyboard.press('Enter');
  await actorTable(page).getByRole('combobox', { name: 'Tyyppi, muokkaus' }).selectOption('person');
  await page.keyboard.press('Enter');
  await expect(typeCell).toHaveText('Henkilö');
  await page.keyboard.press('Control+z');
  await expect(typeCell).toHaveText('Ryhmä');
});

test('a facilitator fixes a relation’s direction, topics and methods in the table', async ({ page }) => {
  await openRegionalTable(page);
  const row = relationTable(page).locator('tr', { hasText: 'Ämmäkosken koulu' });
  await row.locator('td[data-column="direction"] .cell-edit').click();
  await relationTable(page).getByRole('combobox', { name: 'Suunta, muokkaus' }).selectOption({ label: 'Ämmäkosken koulu ↔ Ohjaamo Kajaani' });
  await page.keyboard.press('Enter');
  await expect(row.locator('td[data-column="direction"]')).toHaveText('↔');
  await expect(row.getByRole('button', { name: 'Ämmäkosken koulu ↔ Ohjaamo Kajaani' })).toBeFocused();

  const methods = row.locator('td[data-column="methods"] .cell-edit');
  await expect(methods).toHaveText('sähköposti');
  await methods.click();
  await relationTable(page).getByRole('textbox', { name: 'Tavat, muokkaus' }).fill('sähköposti, Puhelin, Teams');
  await page.keyboard.press('Enter');
  await expect(methods).toHaveText('sähköposti, puhelin, Teams');

  const topics = row.locator('td[data-column="topics"] .cell-edit');
  await topics.click();
  await relationTable(page).getByRole('textbox', { name: 'Aiheet, muokkaus' }).fill('nivelvaihe, CV');
  await page.keyboard.press('Enter');
  await expect(topics).toHaveText('nivelvaihe, CV');

  // An actor added from the toolbar gets its name typed in its new row.
  await page.getByRole('searchbox', { name: 'Hae taulukosta' }).fill('kela');
  await page.getByRole('button', { name: 'Lisää henkilö' }).click();
  const newName = actorTable(page).getByRole('textbox', { name: 'Nimi, muokkaus' });
  await expect(newName).toBeFocused();
  await expect(newName).toHaveValue('Uusi henkilö');
  await page.keyboard.type('Liisa Kuraattori');
  await page.keyboard.press('Enter');
  await expect(actorTable(page).getByRole('button', { name: 'Liisa Kuraattori', exact: true })).toBeFocused();
  await expect(page.getByRole('heading', { name: /Toimijat/ })).toContainText('8 / 8 toimijaa');
  // N adds another the same way (the shortcut is not left blocked by the first).
  await page.keyboard.press('n');
  await expect(actorTable(page).getByRole('textbox', { name: 'Nimi, muokkaus' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: /Toimijat/ })).toContainText('9 / 9 toimijaa');

  // "Show on the map" switches to the map with the actor selected.
  await actorTable(page).getByRole('button', { name: 'Näytä Liisa Kuraattori kartalla' }).click();
  await expect(actorNode(page, 'Liisa Kuraattori')).toBeVisible();
  await expect(page.getByTestId('actor-inspector').getByLabel('Nimi')).toHaveValue('Liisa Kuraattori');
  await tableToggle(page).click();

  // On the map the relation's label carries the same words; preset methods stayed presets (translated in Swedish).
  await page.getByRole('button', { name: 'Kartta' }).click();
  await expect(page.getByTestId('relation-label').filter({ hasText: 'nivelvaihe' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Kieli' }).selectOption('sv');
  await tableToggle(page).click();
  await expect(relationTable(page).locator('tr', { hasText: 'Ämmäkosken koulu' }).locator('td[data-column="methods"]')).toHaveText('e-post, telefon, Teams');
});

test('the table exports as CSV with a BOM, translated headers, quoting and no formulas', async ({ page }) => {
  await openRegionalTable(page);
  await actorTable(page).getByRole('columnheader', { name: /Nimi/ }).getByRole('button').click();
  // The figures are in before the export (the worker answers shortly after the map opens).
  await expect(actorTable(page).locator('tr', { hasText: 'Ohjaamo Kajaani' }).locator('td[data-column="degree"]')).toHaveText('3');
  const actorsDownload = page.waitForEvent('download');
  await page.getByTitle(/^Vie toimijat CSV/).click();
  const actors = await actorsDownload;
  expect(actors.suggestedFilename()).toBe('Kainuun TNO-verkosto – toimijat.csv');
  const bytes = readFileSync((await actors.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').split('\r\n');
  expect(lines[0]).toBe('Nimi,Tyyppi,Palvelut,Sisältöalueet,Suhteita,Lähetti (%),Lähdekartat');
  expect(lines[1]).toBe('Kela,Organisaatio,"Asumistuki, opintotuki",arki,1,0,');
  expect(lines[2]).toBe('Ohjaamo Kajaani,Organisaatio,Työnhaun tuki,"koulutus, työllistyminen",3,20,');
  expect(lines.at(-2)).toBe('Östersundomin nuorisoseura,Ryhmä,,,1,0,');

  const relationsDownload = page.waitForEvent('download');
  await page.getByTitle(/^Vie suhteet CSV/).click();
  const relations = await relationsDownload;
  expect(relations.suggestedFilename()).toBe('Kainuun TNO-verkosto – suhteet.csv');
  const text = readFileSync((await relations.path())!).toString('utf8');
  expect(text).toContain('Mistä,Mihin,Suunta,Aiheet,Tavat,Piirretty kartoissa,Lähdekartat\r\n');
  expect(text).toContain('Ohjaamo Kajaani,TYP Kainuu,↔,"työllistyminen, CV","tapaaminen, Teams",,\r\n');
  // A topic that a spreadsheet would run as a formula goes out as text.
  expect(text).toContain(",'=vapaa-aika,");
});

test('the table view has no serious accessibility violations, and wide tables scroll inside their region', async ({ page }) => {
  await openRegionalTable(page);
  await actorTable(page).getByRole('columnheader', { name: /Nimi/ }).getByRole('button').click();
  const results = await new AxeBuilder({ page }).include('[data-testid="table-view"]').analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
  const whole = await new AxeBuilder({ page }).analyze();
  expect(whole.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  for (const [lang, sizes] of [
    [
      'fi',
      [
        { width: 1366, height: 768 },
        { width: 800, height: 1180 },
      ],
    ],
    [
      'sv',
      [
        { width: 1366, height: 768 },
        { width: 800, height: 1180 },
      ],
    ],
    [
      'en',
      [
        { width: 1366, height: 768 },
        { width: 800, height: 1180 },
      ],
    ],
  ] as const) {
    await page.getByRole('combobox', { name: /Kieli|Språk|Language/ }).selectOption(lang);
    for (const size of sizes) {
      await page.setViewportSize(size);
      await expect(page.getByTestId('table-view')).toBeVisible();
      await page.screenshot({ path: `screenshots/table-${lang}-${size.width}.png` });
      // The table view ends inside the screen; a table wider than the screen scrolls inside its own region.
      const widths = await page.evaluate(() => ({
        view: document.querySelector('[data-testid="table-view"]')!.getBoundingClientRect().right,
        viewport: window.innerWidth,
        regions: [...document.querySelectorAll('.table-view__scroll')].map((r) => ({
          scroll: r.scrollWidth,
          client: r.clientWidth,
          right: r.getBoundingClientRect().right,
        })),
      }));
      expect(widths.view).toBeLessThanOrEqual(widths.viewport);
      for (const region of widths.regions) expect(region.right).toBeLessThanOrEqual(widths.viewport);
      if (size.width < 1000) expect(widths.regions.some((r) => r.scroll > r.client)).toBe(true);
    }
  }
});
