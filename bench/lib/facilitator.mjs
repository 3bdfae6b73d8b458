/**
 * The facilitator's view at scale (issue 9), measured in the same run as the
 * bare page:
 *   - presentation mode (P) on a 300-actor map: pan + zoom frame rate, against
 *     the bare page's on the same graph;
 *   - on a 1000-actor map: focusing the selected actor (F) until the first frame
 *     that shows the dimmed rest; hiding a class from the legend until the
 *     first frame without it; and the Insights tab from the click until its
 *     sentences are there, with the longest main-thread task meanwhile.
 * "Until the first frame": a requestAnimationFrame callback polls the DOM, so
 * the figure ends right before the browser paints the change.
 */
import { freshContext } from './browser.mjs';
import { longestTasksBetween, openMap, panAndZoom } from './scenarios.mjs';

const STEP_TIMEOUT = 60_000;

/**
 * Arm a timer in the page: from the next `eventType` (captured before the app sees it)
 * to the first animation frame in which `selector` matches (or, with `gone`, no longer matches).
 */
async function armFrameTimer(page, eventType, selector, gone = false) {
  await page.evaluate(
    ({ eventType, selector, gone }) => {
      window.__step = new Promise((resolve) => {
        const onEvent = (event) => {
          window.removeEventListener(eventType, onEvent, true);
          const start = event.timeStamp;
          const poll = () =>
            requestAnimationFrame(() => {
              const found = document.querySelector(selector) !== null;
              if (found !== gone) resolve({ ms: performance.now() - start, start, end: performance.now() });
              else poll();
            });
          poll();
        };
        window.addEventListener(eventType, onEvent, true);
      });
    },
    { eventType, selector, gone },
  );
}

const stepResult = (page) => page.evaluate(() => Promise.race([window.__step, new Promise((resolve) => setTimeout(() => resolve(null), 60_000))]));

/** A node whose middle is on screen and not covered, to click. */
async function visibleNode(page) {
  const spot = await page.evaluate(() => {
    for (const node of document.querySelectorAll('.react-flow__node')) {
      const r = node.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) continue;
      if (document.elementFromPoint(x, y)?.closest('.react-flow__node') === node) return { x, y, id: node.getAttribute('data-id') };
    }
    return null;
  });
  if (!spot) throw new Error('no actor on screen to click');
  return spot;
}

/** Focus, legend filter and insights on one map (1000 actors in the default run). */
export async function runLensSteps(browser, options) {
  const context = await freshContext(browser);
  try {
    const page = await openMap(context, options);
    const result = {};

    options.progress?.('focusing an actor (F)');
    const node = await visibleNode(page);
    await page.mouse.click(node.x, node.y);
    await page.waitForFunction((id) => document.querySelector(`.react-flow__node[data-id="${id}"].selected`), node.id, { timeout: STEP_TIMEOUT });
    // Dimming is one style sheet (canvas/DimmingStyle): it is on screen in the first frame the sheet is there.
    await armFrameTimer(page, 'keydown', 'style[data-testid=dimming]');
    await page.keyboard.press('f');
    result.focus = await stepResult(page);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('style[data-testid=dimming]'), null, { timeout: STEP_TIMEOUT });

    options.progress?.('hiding a class from the legend');
    const toggle = page.locator('.map-legend button[aria-pressed]').first();
    await toggle.waitFor({ timeout: STEP_TIMEOUT });
    const before = await page.evaluate(() => document.querySelectorAll('.react-flow__node').length);
    await page.evaluate((count) => void (window.__nodesBefore = count), before);
    await armFrameTimer(page, 'pointerdown', '.map-legend button[aria-pressed="false"]');
    await page.evaluate(() => {
      // The class is hidden when the legend says so and React Flow has dropped its nodes.
      window.__step = window.__step.then(
        (first) =>
          new Promise((resolve) => {
            const poll = () =>
              requestAnimationFrame(() => {
                if (document.querySelectorAll('.react-flow__node').length !== window.__nodesBefore)
                  resolve({ ms: performance.now() - first.start, start: first.start, end: performance.now() });
                else poll();
              });
            poll();
          }),
      );
    });
    await toggle.click();
    result.filter = await stepResult(page);
    await toggle.click();

    options.progress?.('opening Insights');
    const tab = page.getByRole('tab', { name: 'Havainnot' });
    await armFrameTimer(page, 'pointerdown', '.insights[aria-busy="false"] .insights__section');
    await tab.click();
    result.insights = await stepResult(page);

    const tasks = await page.evaluate(() => window.__bench.longTasks);
    for (const key of ['focus', 'filter', 'insights']) {
      if (result[key]) result[key].longTask = longestTasksBetween(tasks, result[key].start, result[key].end + 50);
    }
    return result;
  } finally {
    await context.close();
  }
}

/** Presentation mode: open the map, press P, then pan and zoom as the main run does. */
export async function runPresentation(browser, options) {
  const context = await freshContext(browser);
  try {
    const page = await openMap(context, options);
    options.progress?.('entering presentation mode (P)');
    await page.keyboard.press('p');
    await page.waitForSelector('.editor--presenting', { timeout: STEP_TIMEOUT });
    await page.waitForTimeout(1000);
    options.progress?.('panning and zooming in presentation mode');
    return { panZoom: await panAndZoom(page) };
  } finally {
    await context.close();
  }
}
