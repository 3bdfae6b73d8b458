/**
 * `--huge`: a 5000-actor, 15000-relation map (a whole country's services) in the
 * app: open it, pan and zoom, search it (type into the Filter tab's search box),
 * and export the 2× PNG — the longest main-thread task of each step against the
 * issue's target (none over 200 ms). App only: the targets are absolute.
 */
import { freshContext } from './browser.mjs';
import { installProbe } from './probe.mjs';
import { during, exportAppPng, importIntoLibrary, longestTasksBetween, panAndZoom, settle, waitUntilDrawn } from './scenarios.mjs';

const STEP_TIMEOUT = 120_000;

export async function runHuge(browser, { baseUrl, file, actors, relations, query, exportPng = true, progress = () => {} }) {
  const context = await freshContext(browser);
  const result = { actors, relations, steps: {} };
  let page;
  const step = async (name, action) => {
    progress(name);
    const started = await page.evaluate(() => performance.now()).catch(() => null);
    try {
      const interval = await during(page, async () => Object.assign((result.steps[name] ??= {}), await action()));
      result.steps[name].interval = interval;
    } catch (error) {
      result.steps[name] = { ...result.steps[name], error: error.message.split('\n')[0], interval: [started ?? 0, Number.POSITIVE_INFINITY] };
      progress(`  ${name} FAILED: ${result.steps[name].error}`);
    }
  };
  try {
    progress('importing the 5000-actor map');
    const importStart = Date.now();
    const mapHref = await importIntoLibrary(context, baseUrl, file);
    result.importMs = Date.now() - importStart;
    page = await context.newPage();
    await page.addInitScript(installProbe, { labelSelector: '[data-testid=relation-label]', nodes: actors, edges: relations });
    progress('opening it');
    await page.goto(`${baseUrl}/${mapHref}`);
    try {
      Object.assign(result, await waitUntilDrawn(page, actors, relations));
      result.steps.open = { ms: result.drawnMs, interval: [0, await settle(page)] };
    } catch (error) {
      result.steps.open = { error: error.message.split('\n')[0], interval: [0, Number.POSITIVE_INFINITY] };
      throw error;
    }
    await step('pan', async () => ({ panZoom: await panAndZoom(page) }));
    await step('search', () => search(page, query));
    if (exportPng) await step('export', async () => ({ png: await exportAppPng(page) }));
  } catch (error) {
    result.error = error.message.split('\n')[0];
  } finally {
    if (page) {
      const tasks = await page.evaluate(() => window.__bench?.longTasks ?? []).catch(() => []);
      for (const s of Object.values(result.steps)) s.longTask = longestTasksBetween(tasks, s.interval[0], s.interval[1]);
    }
    await context.close();
  }
  return result;
}

/**
 * Open the Filter tab, click the search box ("Etsi kartalta") and type the query
 * with real key presses; time from the first key to the first frame that shows
 * the hit list (or "no hits").
 */
async function search(page, query) {
  await page.getByRole('tab', { name: 'Suodata' }).click();
  const box = page.getByRole('combobox', { name: 'Etsi kartalta' });
  await box.waitFor({ timeout: STEP_TIMEOUT });
  await box.click();
  await page.evaluate(() => {
    window.__search = new Promise((resolve) => {
      const onKey = (event) => {
        window.removeEventListener('keydown', onKey, true);
        const start = event.timeStamp;
        const poll = () =>
          requestAnimationFrame(() => {
            const list = document.querySelector('.lens-search__list');
            if (list && !list.hidden && list.querySelector('[role=option]'))
              resolve({ ms: performance.now() - start, hits: list.querySelectorAll('[role=option]').length });
            else poll();
          });
        poll();
      };
      window.addEventListener('keydown', onKey, true);
    });
  });
  await page.keyboard.type(query, { delay: 80 });
  const found = await page.evaluate(() => Promise.race([window.__search, new Promise((resolve) => setTimeout(() => resolve(null), 60_000))]));
  if (!found) throw new Error(`no hit list within 60 s after typing "${query}"`);
  await page.keyboard.press('Escape');
  return found;
}
