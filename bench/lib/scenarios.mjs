/**
 * One measured run of the app and of the bare page, each in a fresh browser
 * context. A run: open the map and wait until it is fully drawn, pan and zoom
 * for a few seconds, (app only) save an edit, then export a 2× PNG.
 */
import { open, rm, stat } from 'node:fs/promises';
import { freshContext } from './browser.mjs';
import { quietDown } from './machine.mjs';
import { installProbe } from './probe.mjs';

const LOAD_TIMEOUT = 180_000;
const EXPORT_TIMEOUT = 600_000;
/** Long tasks that end within this time after the map is drawn still count as "load". */
const SETTLE_MS = 1000;
export const PAN_ZOOM_MS = 3000;

/** The app: import the map file into the library, then open it on a fresh page and measure. */
export async function runApp(browser, { baseUrl, file, actors, relations, exportPng, progress = () => {} }) {
  const context = await freshContext(browser);
  try {
    progress('importing the map');
    const mapHref = await importIntoLibrary(context, baseUrl, file);
    // The map opens on a quiet machine, as the bare page does (run.mjs waits before each run): not while the
    // service worker's first install (every file of the app fetched, cached and compiled) and the library tab's
    // closing still keep a core busy, which no later visit has to share its start with.
    await quietDown();
    progress('opening it');
    const page = await context.newPage();
    await page.addInitScript(installProbe, { labelSelector: '[data-testid=relation-label]', nodes: actors, edges: relations });
    const assets = recordAssets(page);
    await page.goto(`${baseUrl}/${mapHref}`);
    const result = await waitUntilDrawn(page, actors, relations);
    result.assetsToOpenMap = [...assets];
    const phases = { load: [0, await settle(page)] };
    result.heap = await heapAfterLoad(page);

    progress('panning and zooming');
    phases.pan = await during(page, async () => (result.panZoom = await panAndZoom(page)));
    progress('saving an edit');
    phases.save = await during(page, async () => (result.save = await saveAnEdit(page)));
    if (exportPng) {
      progress('exporting PNG');
      phases.export = await during(page, async () => (result.png = await exportAppPng(page)));
    }

    result.longTasks = await longestTasks(page, phases);
    return result;
  } finally {
    await context.close();
  }
}

/** The bare React Flow page, given the same map file before its scripts run. */
export async function runBare(browser, { baseUrl, file, actors, relations, exportPng, progress = () => {} }) {
  const context = await freshContext(browser);
  try {
    const page = await context.newPage();
    await page.addInitScript((json) => void (window.__GRAPH__ = json), JSON.stringify(file));
    await page.addInitScript(installProbe, { labelSelector: '.react-flow__edge-text', nodes: actors, edges: relations });
    progress('opening the page');
    await page.goto(`${baseUrl}/`);
    const result = await waitUntilDrawn(page, actors, relations);
    const phases = { load: [0, await settle(page)] };
    result.heap = await heapAfterLoad(page);

    progress('panning and zooming');
    phases.pan = await during(page, async () => (result.panZoom = await panAndZoom(page)));
    if (exportPng) {
      progress('exporting PNG');
      phases.export = await during(page, async () => (result.png = await exportBarePng(page)));
    }

    result.longTasks = await longestTasks(page, phases);
    return result;
  } finally {
    await context.close();
  }
}

export async function importIntoLibrary(context, baseUrl, file) {
  const page = await context.newPage();
  await page.goto(`${baseUrl}/`);
  await page
    .getByTestId('import-input')
    .setInputFiles({ name: `${file.map.id}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  const link = page.getByTestId('library-row').getByRole('link').first();
  await link.waitFor({ timeout: LOAD_TIMEOUT });
  const href = await link.getAttribute('href');
  // The app's offline copy: its service worker's first install downloads every file of the app. Opening the map
  // while that still runs measured the download too (200 actors: 589 ms median vs 412 ms once installed, 5 runs
  // each; the bare page has no service worker). Every visit after the first opens with it installed, so that is
  // what is measured.
  await page.evaluate(async () => {
    if (!('serviceWorker' in navigator)) return;
    const registration = await Promise.race([navigator.serviceWorker.ready, new Promise((resolve) => setTimeout(resolve, 60_000))]);
    const until = Date.now() + 60_000;
    while (registration && (!registration.active || registration.installing) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 100));
  });
  // One tab only: a second open tab of the app would listen to the same saves.
  await page.close();
  if (!href?.startsWith('#/map/')) throw new Error(`unexpected library link ${href}`);
  return href;
}

/** Open a map in the app (imported through the library first) and wait until it is fully drawn and settled; returns the page. */
export async function openMap(context, { baseUrl, file, actors, relations }) {
  const mapHref = await importIntoLibrary(context, baseUrl, file);
  await quietDown();
  const page = await context.newPage();
  await page.addInitScript(installProbe, { labelSelector: '[data-testid=relation-label]', nodes: actors, edges: relations });
  await page.goto(`${baseUrl}/${mapHref}`);
  await waitUntilDrawn(page, actors, relations);
  await page.waitForTimeout(1000);
  return page;
}

/** The built files (assets/…) the page fetches; copied when the map is drawn, it is what opening a map loads. */
function recordAssets(page) {
  const seen = new Set();
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/assets/')) seen.add(path.slice(1));
  });
  return seen;
}

/** ms from navigation start to the first frame with the whole map drawn (taken by the page's clock), and the labels then. */
export async function waitUntilDrawn(page, actors, relations) {
  try {
    await page.waitForFunction(() => window.__bench?.drawnAt != null, null, { timeout: LOAD_TIMEOUT, polling: 100 });
  } catch (error) {
    const seen = await page.evaluate(() => ({
      nodes: document.querySelectorAll('.react-flow__node').length,
      farBoxes: Number(document.querySelector('[data-testid=far-actors]')?.getAttribute('data-actors') ?? 0),
      hidden: document.querySelectorAll('.react-flow__node[style*="visibility: hidden"]').length,
      edges: document.querySelectorAll('.react-flow__edge path.react-flow__edge-path').length,
      labels: document.querySelectorAll('[data-testid=relation-label], .react-flow__edge-text').length,
    }));
    throw new Error(
      `map not fully drawn within ${LOAD_TIMEOUT / 1000} s (expected ${actors} nodes and ${relations} edges, saw ${JSON.stringify(seen)}): ${error.message}`,
    );
  }
  return page.evaluate(() => ({ drawnMs: window.__bench.drawnAt, firstNodeMs: window.__bench.firstNodeAt, drawnLabels: window.__bench.drawnLabels }));
}

/**
 * The JS heap the page holds once the map is drawn and settled: a full garbage
 * collection first (so garbage left by loading does not count), then the used
 * size (CDP Runtime.getHeapUsage; Performance.getMetrics' JSHeapUsedSize as a
 * cross-check). Taken between phases: nothing the page does is timed meanwhile.
 */
export async function heapAfterLoad(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize, totalSize } = await cdp.send('Runtime.getHeapUsage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    await cdp.send('Performance.disable');
    const metric = (name) => metrics.find((m) => m.name === name)?.value;
    return { usedBytes: usedSize, totalBytes: totalSize, metricUsedBytes: metric('JSHeapUsedSize'), domNodes: metric('Nodes') };
  } finally {
    await cdp.detach();
  }
}

const pageNow = (page) => page.evaluate(() => performance.now());

export async function settle(page) {
  await page.waitForTimeout(SETTLE_MS);
  return pageNow(page);
}

/** Run `action` and return the page-clock interval it took, for attributing long tasks. */
export async function during(page, action) {
  const start = await pageNow(page);
  await action();
  return [start, await pageNow(page)];
}

/** The longest main-thread task that started within each phase (0 when there was none over 50 ms). */
async function longestTasks(page, phases) {
  const tasks = await page.evaluate(() => window.__bench.longTasks);
  const longest = {};
  for (const [name, [from, to]] of Object.entries(phases)) {
    longest[name] = Math.max(0, ...tasks.filter((t) => t.start >= from && t.start < to).map((t) => t.duration));
  }
  longest.max = Math.max(...Object.values(longest));
  return longest;
}

/** The longest task (ms) that started in [from, to) of the page clock; 0 when none was over 50 ms. */
export function longestTasksBetween(tasks, from, to) {
  return Math.max(0, ...tasks.filter((t) => t.start >= from && t.start < to).map((t) => t.duration));
}

/** A spot of empty canvas near the middle, so a drag pans the view instead of moving an actor. */
async function findEmptyPane(page) {
  const spot = await page.evaluate(() => {
    const rect = document.querySelector('.react-flow').getBoundingClientRect();
    const centre = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    let best = null;
    for (let i = 4; i < 60; i++) {
      for (let j = 4; j < 40; j++) {
        const x = rect.left + (rect.width * i) / 64;
        const y = rect.top + (rect.height * j) / 44;
        if (!document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) continue;
        const distance = (x - centre.x) ** 2 + (y - centre.y) ** 2;
        if (!best || distance < best.distance) best = { x, y, distance };
      }
    }
    return best;
  });
  if (!spot) throw new Error('no empty canvas to drag');
  return spot;
}

/**
 * Drag the canvas back and forth and zoom in and out with the wheel for
 * PAN_ZOOM_MS, counting the frames the page draws meanwhile. The point under
 * the mouse stays on empty canvas: a pan drags it along and a wheel zoom keeps
 * it fixed.
 */
export async function panAndZoom(page) {
  let { x, y } = await findEmptyPane(page);
  await page.mouse.move(x, y);
  await page.evaluate(() => window.__bench.startFrames());
  const end = Date.now() + PAN_ZOOM_MS;
  let direction = 1;
  let gestures = 0;
  while (Date.now() < end) {
    await page.mouse.down();
    for (let step = 1; step <= 10; step++) await page.mouse.move(x + direction * 16 * step, y + direction * 6 * step);
    await page.mouse.up();
    x += direction * 160;
    y += direction * 60;
    await page.mouse.wheel(0, -200);
    await page.mouse.wheel(0, 200);
    direction = -direction;
    gestures++;
  }
  const frames = await page.evaluate(() => window.__bench.stopFrames());
  return { ...frames, gestures };
}

/** Press "n" (add a person), and time until the save indicator says saved. */
async function saveAnEdit(page) {
  await page.evaluate(() => document.activeElement instanceof HTMLElement && document.activeElement.blur());
  await page.evaluate(() => void (window.__bench.saving = window.__bench.armSave()));
  await page.keyboard.press('n');
  const timing = await page.evaluate(() => Promise.race([window.__bench.saving, new Promise((resolve) => setTimeout(() => resolve(null), 60_000))]));
  if (!timing) throw new Error('the save indicator did not come back to "saved" within 60 s');
  // Leave the new actor's name field, keeping the default name.
  await page.keyboard.press('Escape');
  return timing;
}

/** Open the "Vie" menu and click "Koko kartta PNG 2×"; time from that click to the download. */
export async function exportAppPng(page) {
  await page.getByRole('button', { name: 'Vie', exact: true }).click();
  const button = page.getByRole('menuitem', { name: /^Koko kartta PNG 2×/ });
  const box = await button.boundingBox();
  const download = page.waitForEvent('download', { timeout: EXPORT_TIMEOUT });
  const start = Date.now();
  // A raw mouse click: Playwright's click() would add its own waiting to the time.
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const file = await download;
  const ms = Date.now() - start;
  const path = await file.path();
  const result = { ms, bytes: (await stat(path)).size, ...(await pngSize(path)) };
  await rm(path, { force: true });
  return result;
}

/** Click the bare page's export button; time from the click until its toPng result is there. */
async function exportBarePng(page) {
  const box = await page.getByRole('button', { name: 'Export PNG' }).boundingBox();
  const start = Date.now();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const png = await page.evaluate(() => window.__bare.lastExport);
  return { ms: Date.now() - start, ...png };
}

/** Width and height from a PNG's IHDR chunk (the first 24 bytes; the file can be tens of MB). */
async function pngSize(path) {
  const handle = await open(path);
  try {
    const { buffer } = await handle.read(Buffer.alloc(24), 0, 24, 0);
    return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
  } finally {
    await handle.close();
  }
}
