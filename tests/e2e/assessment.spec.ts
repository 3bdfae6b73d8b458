/**
 * The training's assessments on a regional map (issue 12): a phase of
 * networking for the whole map and for a part, with what the map shows beside
 * it; the Ohjaamo work tool filled in by keyboard, linked to an actor and
 * highlighted; both in presentation mode, after a reload and through a JSON
 * file. The map is an old file without these fields.
 *
 * The map (10 actors, 5 relations) by hand: 3 actors alone (30 %: I–II), 1 of
 * 5 relations mutual (20 %: I–II), two separate parts (II–III), density 5/45 =
 * 11 % (II–IV), no services recorded (I–III): phase II has all five rules.
 * The part Ohjaamo, TE, sote, Etsivä: no one alone, 1 of 3 mutual (II–IV), one
 * whole, density 3/6 = 50 %: phase III has all five.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { openImported } from './support/canvas';
import { exportFromMenu } from './support/exportMenu';
import { fileOf } from './support/maps';
import { actorNode, importFiles, selectActor } from './support/trainee';

const org = (id: string, name: string, x: number, y: number) => ({ id, name, type: 'organisation', position: { x, y } });
const rel = (id: string, source: string, target: string, direction: string) => ({ id, source, target, direction, topics: [], methods: [] });

const kainuu = fileOf({
  id: 'kainuu-vaiheet',
  title: 'Kainuun nuorten verkosto',
  kind: 'regional',
  actors: [
    org('ohj', 'Ohjaamo Kajaani', 400, 200),
    org('te', 'TE-toimisto', 700, 80),
    org('kela', 'Kela', 1000, 80),
    org('sote', 'Kainuun sote', 100, 80),
    org('etsiva', 'Etsivä nuorisotyö', 400, 420),
    org('koulu', 'Kuraattori', 100, 650),
    org('paja', 'Työpaja Väylä', 400, 650),
    org('srk', 'Seurakunta', 1000, 420),
    org('nuoriso', 'Nuorisopalvelut', 1000, 650),
    org('kirjasto', 'Kirjasto', 700, 650),
  ],
  relations: [
    rel('r1', 'ohj', 'te', 'forward'),
    rel('r2', 'kela', 'te', 'forward'),
    rel('r3', 'sote', 'ohj', 'forward'),
    rel('r4', 'etsiva', 'ohj', 'both'),
    rel('r5', 'koulu', 'paja', 'forward'),
  ],
});

const tab = (page: Page, name: string) => page.getByRole('tab', { name });
const phaseSection = (page: Page) => page.getByTestId('phase-section');
const item = (page: Page, id: string) => page.getByTestId(`worktool-item-${id}`);
const opacityOf = (page: Page, name: string) =>
  actorNode(page, name)
    .locator('.actor-node')
    .evaluate((e) => Number(getComputedStyle(e).opacity));

test('a group places its network in phase III, a part of it too, fills in the work tool and presents both', async ({ page }) => {
  await openImported(page, kainuu);
  await expect(page.getByTestId('phase-chip')).toHaveCount(0);
  await tab(page, 'Arviointi').click();
  await expect(phaseSection(page)).toContainText('Ei vielä arvioita.');

  // The whole map: phase III, with a justification.
  const form = phaseSection(page).locator('form');
  await form.getByRole('radio', { name: /^III – Syntyy yhteinen tavoite/ }).check();
  await form.getByLabel('Perustelu').fill('Yhteinen tavoite on sovittu, mutta moni toimii vielä yksin.');
  await form.getByRole('button', { name: 'Lisää arvio' }).click();
  const cards = page.getByTestId('phase-card');
  await expect(cards).toHaveCount(1);
  const whole = page.getByTestId('phase-evidence').first();
  await expect(whole).toContainText('Kartan lukema: vaihe II.');
  await expect(whole).toContainText('3/10 toimijalla ei ole yhtään suhdetta (30 %): sopii vaiheisiin I–II');
  await expect(whole).toContainText('80 % suhteista on yksisuuntaisia ja 20 % molemminpuolisia: sopii vaiheisiin I–II');
  await expect(whole).toContainText('Verkosto on 2 erillisenä osana');
  await expect(whole.getByTestId('phase-comparison')).toHaveText(/^Ryhmä arvioi vaiheen III, korkeammaksi kuin kartta näyttää/);
  // The group's choice stands: the chip says III.
  const chip = page.getByTestId('phase-chip');
  await expect(chip).toHaveText(/^Vaihe III/);
  const tip = chip.getByRole('tooltip');
  await expect(tip).toBeHidden();
  await chip.focus();
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('Syntyy yhteinen tavoite ja tahto toimia verkostona');
  const tipBox = (await tip.boundingBox())!;
  const chipBox = (await chip.boundingBox())!;
  expect(tipBox.y).toBeGreaterThanOrEqual(chipBox.y + chipBox.height);
  await page.screenshot({ path: 'screenshots/assessment-chip-fi.png' });

  // A part, picked from the list: four actors around the Ohjaamo.
  await form.getByRole('radio', { name: /^III – / }).check();
  await form.getByRole('radio', { name: 'Osa verkostosta' }).check();
  await form.getByLabel('Osan nimi').fill('Ohjaamon ydin');
  await form.getByText(/^Valitse toimijat listasta/).click();
  for (const name of ['Ohjaamo Kajaani', 'TE-toimisto', 'Kainuun sote', 'Etsivä nuorisotyö']) await form.getByRole('checkbox', { name }).check();
  await expect(form.getByText('Valitse toimijat listasta (4 valittu)')).toBeVisible();
  await form.getByRole('button', { name: 'Lisää arvio' }).click();
  await expect(cards).toHaveCount(2);
  await expect(cards.nth(1)).toContainText('Ohjaamon ydin (4 toimijaa)');
  await expect(page.getByTestId('phase-evidence').nth(1)).toContainText('Kartan lukema: vaihe III.');
  await expect(page.getByTestId('phase-evidence').nth(1).getByTestId('phase-comparison')).toHaveText('Ryhmän arvio (vaihe III) on linjassa kartan kanssa.');
  await expect(chip).toHaveText(/^Vaihe III \+1/);

  // The work tool by keyboard: arrows choose the status, Tab reaches the note.
  const trust = item(page, 'commitmentTrust');
  await trust.getByRole('radio', { name: 'Ei arvioitu' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(trust.getByRole('radio', { name: 'Työn alla' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(trust.getByLabel('Muistiinpano')).toBeFocused();
  await page.keyboard.type('Kumppanuussopimus on vielä luonnos.');
  const building = item(page, 'networkBuilding');
  await building.getByRole('radio', { name: 'Ei arvioitu' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(building).toHaveAttribute('data-status', 'inPlace');
  await expect(page.getByTestId('worktool-summary')).toHaveText('1 kunnossa · 1 työn alla · 0 puuttuu · 9 arvioimatta');

  // Link the Ohjaamo (selected on the map) to "commitment and trust"; one undo step takes the link away, redo brings it back.
  await selectActor(page, 'Ohjaamo Kajaani');
  await tab(page, 'Arviointi').click();
  await trust.getByRole('button', { name: 'Liitä valitut (toimijoita 1, suhteita 0)' }).click();
  await expect(trust).toContainText('Liitetty: toimijoita 1, suhteita 0');
  await page.getByRole('button', { name: /^Kumoa/ }).click();
  await expect(trust).not.toContainText('Liitetty');
  await page.getByRole('button', { name: /^Tee uudelleen/ }).click();
  await expect(trust).toContainText('Liitetty: toimijoita 1, suhteita 0');

  // Highlight: the rest of the map is dimmed to a quarter.
  await trust.getByRole('button', { name: 'Korosta kartalla' }).click();
  await expect.poll(() => opacityOf(page, 'Kela')).toBeCloseTo(0.25, 2);
  expect(await opacityOf(page, 'Ohjaamo Kajaani')).toBe(1);
  await trust.getByRole('button', { name: 'Korosta kartalla' }).click();
  await expect.poll(() => opacityOf(page, 'Kela')).toBe(1);
  await page.screenshot({ path: 'screenshots/assessment-panel-fi.png' });
  const axe = await new AxeBuilder({ page }).include('[role="tabpanel"]').include('[data-testid="phase-chip"]').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await page.locator('.side-panel__body').evaluate((e) => e.scrollTo(0, e.scrollHeight));
  await page.screenshot({ path: 'screenshots/assessment-worktool-fi.png' });

  // Presentation: the phases with the map's reading, and the checklist whose item highlights its part.
  await page.locator('.toolbar__present').click();
  const present = page.getByTestId('present-assessment');
  // Folded, one line says both; opened, the details.
  await expect(page.getByTestId('present-assessment-summary')).toHaveText(
    'Vaihe III +1 · Ohjaamon työkalu: 1 kunnossa · 1 työn alla · 0 puuttuu · 9 arvioimatta',
  );
  await page.screenshot({ path: 'screenshots/assessment-present-folded-fi.png' });
  await page.getByTestId('present-assessment-summary').click();
  await expect(page.getByTestId('present-phase').first()).toBeVisible();
  await expect(page.getByTestId('present-phase')).toHaveCount(2);
  await expect(page.getByTestId('present-phase').first()).toContainText('Vaihe III');
  await expect(page.getByTestId('present-phase').first()).toContainText('Kartan lukema: vaihe II.');
  await expect(present).toContainText('1 kunnossa · 1 työn alla');
  const presentItem = present.getByRole('button', { name: /Sitoutuminen ja luottamus/ });
  await presentItem.click();
  await expect(presentItem).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => opacityOf(page, 'Kela')).toBeCloseTo(0.25, 2);
  expect(await opacityOf(page, 'Ohjaamo Kajaani')).toBe(1);
  // Open, the panel covers none of the other boxes over the map: the title, the steps, the hint, the legend.
  const panelBox = (await present.boundingBox())!;
  for (const selector of ['.presentation__head', '.presentation__steps', '.presentation__focus', '.map-legend']) {
    const other = (await page.locator(selector).boundingBox())!;
    const apart =
      panelBox.x + panelBox.width <= other.x ||
      other.x + other.width <= panelBox.x ||
      panelBox.y + panelBox.height <= other.y ||
      other.y + other.height <= panelBox.y;
    expect(apart, selector).toBe(true);
  }
  await page.screenshot({ path: 'screenshots/assessment-present-fi.png' });
  // Escape first clears the highlight, then leaves.
  await page.keyboard.press('Escape');
  await expect.poll(() => opacityOf(page, 'Kela')).toBe(1);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presentation')).toHaveCount(0);

  // A reload keeps both.
  await page.reload();
  await expect(page.getByTestId('phase-chip')).toHaveText(/^Vaihe III \+1/);
  await tab(page, 'Arviointi').click();
  await expect(item(page, 'commitmentTrust')).toHaveAttribute('data-status', 'inProgress');
  await expect(item(page, 'commitmentTrust').getByLabel('Muistiinpano')).toHaveValue('Kumppanuussopimus on vielä luonnos.');

  // The report picture (SVG) says the phase in its header and the work tool under the legend.
  const svgDownload = page.waitForEvent('download');
  await exportFromMenu(page, 'svg');
  const svg = readFileSync((await (await svgDownload).path())!, 'utf8');
  expect(svg).toMatch(/<g data-header="true"[\s\S]*· Vaihe III<\/text>/);
  // The notes are wrapped into lines: read them back as one text.
  const notes = [...(svg.match(/<g data-notes="true">[\s\S]*?<\/g>/)?.[0] ?? '').matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
  expect(notes).toContain('Verkostoitumisen vaihe III (Ohjaamon ydin (4 toimijaa)):');
  expect(notes).toContain('Perustelu: Yhteinen tavoite on sovittu, mutta moni toimii vielä yksin.');
  expect(notes).toContain('Ohjaamon työkalu 2.6: 1 kunnossa · 1 työn alla · 0 puuttuu · 9 arvioimatta');
  expect(notes).toContain('Työn alla: Sitoutuminen ja luottamus');

  // JSON round trip: the file carries both, and opens again as a new map with them.
  const jsonDownload = page.waitForEvent('download');
  await exportFromMenu(page, 'json');
  const file = JSON.parse(readFileSync((await (await jsonDownload).path())!, 'utf8'));
  expect(file.map.phases.map((p: { phase: number; name?: string; actors?: string[] }) => [p.phase, p.name ?? null, p.actors?.length ?? 0])).toEqual([
    [3, null, 0],
    [3, 'Ohjaamon ydin', 4],
  ]);
  expect(file.map.workTool).toEqual({
    version: '2.6',
    items: [
      { item: 'commitmentTrust', status: 'inProgress', note: 'Kumppanuussopimus on vielä luonnos.', actors: ['ohj'] },
      { item: 'networkBuilding', status: 'inPlace' },
    ],
  });
  file.map.id = 'kainuu-kopio';
  file.map.title = 'Kainuun kopio';
  await page
    .getByRole('link', { name: /Karttani/ })
    .first()
    .click();
  await importFiles(page, [{ name: 'kopio.json', text: JSON.stringify(file) }]);
  await page.getByRole('link', { name: 'Avaa kartta Kainuun kopio' }).click();
  await expect(page.getByTestId('phase-chip')).toHaveText(/^Vaihe III \+1/);
});

test('the assessments speak Swedish and English', async ({ page }) => {
  const withAssessments = JSON.parse(kainuu);
  withAssessments.map.phases = [
    { id: 'p1', phase: 2, justification: 'Många arbetar ännu ensamma.' },
    { id: 'p2', phase: 3, name: 'Navigatorns kärna', actors: ['ohj', 'te', 'sote', 'etsiva', 'gone'] },
  ];
  withAssessments.map.workTool = {
    version: '2.6',
    items: [
      { item: 'commitmentTrust', status: 'inProgress', note: 'Avtalet är ett utkast.', actors: ['ohj', 'gone'] },
      { item: 'networkBuilding', status: 'inPlace' },
      { item: 'enablingAgreements', status: 'missing' },
      { item: 'fromANewerVersion', status: 'missing' },
    ],
  };
  await openImported(page, JSON.stringify(withAssessments));
  await page.getByRole('combobox', { name: 'Kieli' }).selectOption('sv');
  await expect(page.getByTestId('phase-chip')).toHaveText(/^Fas II \+1/);
  await tab(page, 'Bedömning').click();
  await expect(page.getByTestId('phase-card').nth(1)).toContainText('Navigatorns kärna (4 aktörer)');
  await expect(page.getByTestId('phase-evidence').first()).toContainText('Kartans avläsning: fas II.');
  await expect(page.getByTestId('worktool-summary')).toHaveText('1 i ordning · 1 pågår · 2 saknas · 8 inte bedömda');
  await expect(item(page, 'fromANewerVersion')).toContainText('Punkt fromANewerVersion');
  // Long Swedish options and radios stay inside the panel: nothing to scroll sideways.
  expect(await page.locator('.side-panel__body').evaluate((e) => e.scrollWidth - e.clientWidth)).toBeLessThanOrEqual(0);
  await page.screenshot({ path: 'screenshots/assessment-panel-sv.png' });
  await page.locator('.toolbar__present').click();
  await expect(page.getByTestId('present-assessment-summary')).toHaveText('Fas II +1 · Navigatorns verktyg: 1 i ordning · 1 pågår · 2 saknas · 8 inte bedömda');
  await page.getByTestId('present-assessment-summary').click();
  await expect(page.getByTestId('present-assessment')).toContainText('Att möjliggöra och ge mandat för nätverkssamarbete, avtal');
  await page.screenshot({ path: 'screenshots/assessment-present-sv.png' });
  await page.keyboard.press('Escape');

  await page.getByRole('combobox', { name: 'Språk' }).selectOption('en');
  await expect(page.getByTestId('phase-chip')).toHaveText(/^Phase II \+1/);
  await tab(page, 'Assessment').click();
  await expect(page.getByTestId('phase-evidence').first()).toContainText('3 of 10 actors have no relation (30 %): this fits phases I–II');
  await expect(item(page, 'commitmentTrust')).toContainText('Linked: actors 1, relations 0');
  await page.screenshot({ path: 'screenshots/assessment-panel-en.png' });
  await page.getByTestId('phase-chip').hover();
  await page.screenshot({ path: 'screenshots/assessment-chip-en.png' });
  await page.locator('.toolbar__present').click();
  await page.getByTestId('present-assessment-summary').click();
  await page.screenshot({ path: 'screenshots/assessment-present-en.png' });
});
