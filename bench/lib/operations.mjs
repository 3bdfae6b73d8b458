/**
 * Everything else a user does with a large map, against the "no main-thread
 * task over 200 ms at 1000 actors": every file the export menu writes (the whole-map
 * PNG at 2×, which carries the map, is measured with each map size), the current view as PNG, tidying the
 * layout and undoing it (an edit of every actor's position, saved), and merging 25 maps
 * of 40 actors in the merge screen, from choosing the files to the merged map drawn.
 * One pass: each step reports its time and the longest main-thread task meanwhile.
 */
import { pathToFileURL } from 'node:url';
import { rm } from 'node:fs/promises';
import { freshContext } from './browser.mjs';
import { installProbe } from './probe.mjs';
import { longestTasksBetween, openMap } from './scenarios.mjs';

const STEP_TIMEOUT = 180_000;

/** The export menu's items measured here (Finnish labels, the app's default language). */
export const EXPORT_STEPS = [
  { key: 'json', item: 'Kartta JSON-tiedostona', name: 'JSON' },
  { key: 'kumuXlsx', item: 'Taulukko Kumun muodossa (XLSX)', name: 'Kumu XLSX' },
  { key: 'kumuCsv', item: 'Taulukot Kumun muodossa (CSV, zip)', name: 'Kumu CSV (zip)' },
  { key: 'graphml', item: 'Verkko GraphML-muodossa (Gephi, Cytoscape)', name: 'GraphML' },
  { key: 'svg', item: 'Koko kartta SVG (vektorikuva)', name: 'SVG, whole map' },
  { key: 'view', item: /^Nykyinen näkymä PNG 2×/, name: 'PNG of the current view, 2×' },
];

const pageNow = (page) => page.evaluate(() => performance.now());

/** Run `action`, then report its time (page clock) and the longest task that started meanwhile (+ 50 ms). */
async function timed(page, action) {
  const start = await pageNow(page);
  const extra = await action();
  const end = await pageNow(page);
  const tasks = await page.evaluate(() => window.__bench.longTasks);
  return { ms: end - start, longTask: longestTasksBetween(tasks, start, end + 50), ...extra };
}

/** Until the save indicator says the map is saved and the canvas's lines and labels are drawn. */
async function savedAndDrawn(page) {
  await page.waitForSelector('[data-testid=save-indicator][data-state=saved]', { timeout: STEP_TIMEOUT });
  await page.waitForSelector('[data-scene=ready]', { timeout: STEP_TIMEOUT });
}

async function exportStep(page, { item }) {
  await page.getByRole('button', { name: 'Vie', exact: true }).click();
  const menuItem = page.getByRole('menuitem', { name: item });
  const box = await menuItem.boundingBox();
  return timed(page, async () => {
    const download = page.waitForEvent('download', { timeout: STEP_TIMEOUT });
    // A raw mouse click: Playwright's click() would add its own waiting to the time.
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const file = await download;
    await rm(await file.path(), { force: true });
    return { file: file.suggestedFilename() };
  });
}

/** The export menu's files, tidying and undo on one map (1000 actors in the default run). */
async function mapSteps(context, options) {
  const page = await openMap(context, options);
  const { progress } = options;
  const steps = {};
  for (const step of EXPORT_STEPS) {
    progress?.(`exporting ${step.name}`);
    steps[step.key] = await exportStep(page, step).catch(async (error) => {
      // Leave the menu closed for the next step.
      await page.keyboard.press('Escape');
      return { error: error.message.split('\n')[0] };
    });
  }
  progress?.('tidying the layout');
  const tidy = page.getByRole('button', { name: 'Järjestä asettelu' });
  steps.tidy = await timed(page, async () => {
    await tidy.click();
    await page.waitForFunction(() => document.querySelector('[aria-busy=true]') === null, null, { timeout: STEP_TIMEOUT, polling: 'raf' });
    await savedAndDrawn(page);
  }).catch((error) => ({ error: error.message.split('\n')[0] }));
  progress?.('undoing it');
  await page.waitForTimeout(500);
  steps.undo = await timed(page, async () => {
    await page.keyboard.press('Control+z');
    await page.waitForSelector('[data-testid=save-indicator]:not([data-state=saved])', { timeout: STEP_TIMEOUT }).catch(() => {});
    await savedAndDrawn(page);
  }).catch((error) => ({ error: error.message.split('\n')[0] }));
  return steps;
}

/** The merge screen: 25 maps of 40 actors as files, all actors kept apart, to the merged map drawn. */
async function mergeStep(context, { baseUrl, mergeBundle, maps = 25, perMap = 40, progress }) {
  const { regionOfManyMaps, toMapJson } = await import(pathToFileURL(mergeBundle).href);
  const files = regionOfManyMaps(maps, perMap).map((map, i) => ({ name: `kartta-${i + 1}.json`, text: toMapJson(map) }));
  const page = await context.newPage();
  await page.addInitScript(installProbe, { labelSelector: '[data-testid=relation-label]', nodes: 1, edges: 0 });
  await page.goto(`${baseUrl}/`);
  await page.getByRole('link', { name: 'Yhdistä karttoja' }).click();
  await page.getByLabel('Yhdistetyn kartan nimi').fill('Alueen verkostokartta');
  progress?.(`merging ${maps} maps of ${perMap} actors`);
  // Playwright's setInputFiles makes the File objects on the page, in one task of about 200 ms for these files, which a
  // file picker never runs on the page: they are made before the clock starts, and given to the input as a picker would.
  await page.evaluate((texts) => void (window.__mergeFiles = texts.map(({ name, text }) => new File([text], name, { type: 'application/json' }))), files);
  return timed(page, async () => {
    await page.getByTestId('merge-file-input').evaluate((input) => {
      const chosen = new DataTransfer();
      for (const file of window.__mergeFiles) chosen.items.add(file);
      input.files = chosen.files;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await page.getByText(`${maps} karttaa tiedostoista`).waitFor({ timeout: STEP_TIMEOUT });
    await page.getByRole('button', { name: 'Tarkista samat toimijat' }).click();
    await page.getByRole('button', { name: 'Kaikki eri toimijoiksi' }).click();
    await page.getByRole('button', { name: 'Luo yhdistetty kartta' }).click();
    await page.getByRole('textbox', { name: 'Kartan nimi' }).waitFor({ timeout: STEP_TIMEOUT });
    await page.waitForSelector('[data-scene=ready] .react-flow__node', { timeout: STEP_TIMEOUT });
    await page.waitForSelector('[data-testid=save-indicator][data-state=saved]', { timeout: STEP_TIMEOUT });
    return { maps, perMap, actors: maps * perMap };
  }).catch((error) => ({ error: error.message.split('\n')[0] }));
}

export async function runOperations(browser, options) {
  const mapContext = await freshContext(browser);
  let steps;
  try {
    steps = await mapSteps(mapContext, options);
  } finally {
    await mapContext.close();
  }
  const mergeContext = await freshContext(browser);
  try {
    steps.merge = await mergeStep(mergeContext, options);
  } finally {
    await mergeContext.close();
  }
  return steps;
}
