// Scratch: measure only the whole-map PNG export (and other exports) in the built app. Not part of the bench.
import { launchBrowser, freshContext } from './lib/browser.mjs';
import { serveFolder } from './lib/server.mjs';
import { generateMap, relationCountFor } from './lib/graph.mjs';
import { importIntoLibrary, waitUntilDrawn, settle, during, exportAppPng } from './lib/scenarios.mjs';
import { installProbe } from './lib/probe.mjs';
const actors = Number(process.argv[2] ?? 1000);
const dist = process.argv[3];
const formats = (process.argv[4] ?? '').split(',').filter(Boolean);
const relations = relationCountFor(actors);
const file = generateMap(actors, { relationCount: relations, shape: 'mixed' });
const server = await serveFolder(dist);
const browser = await launchBrowser();
try {
  const context = await freshContext(browser);
  const href = await importIntoLibrary(context, server.url, file);
  const page = await context.newPage();
  await page.addInitScript(installProbe, { labelSelector: '[data-testid=relation-label]', nodes: actors, edges: relations });
  page.on('console', (m) => m.text().startsWith('TIME') && console.log(m.text()));
  await page.goto(`${server.url}/${href}`);
  await waitUntilDrawn(page, actors, relations);
  await settle(page);
  const tasks = async (range) =>
    (await page.evaluate(() => window.__bench.longTasks)).filter((t) => t.start >= range[0] && t.start < range[1]).map((t) => Math.round(t.duration));
  let png;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
  await cdp.send('Profiler.start');
  const r = await during(page, async () => (png = await exportAppPng(page)));
  const { profile } = await cdp.send('Profiler.stop');
  const self = new Map();
  const dt = profile.timeDeltas;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => {
    const n = byId.get(id);
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  });
  console.log(
    [...self]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 30)
      .map(([k, v]) => `${Math.round(v)} ms ${k}`)
      .join('\n'),
  );
  console.log('png', actors, JSON.stringify(png), 'long tasks', JSON.stringify(await tasks(r)));
  for (const name of formats) {
    await page.getByRole('button', { name: 'Vie', exact: true }).click();
    const item = page.getByRole('menuitem', { name: name.replaceAll(';', ',') });
    const box = await item.boundingBox();
    const download = page.waitForEvent('download', { timeout: 120000 });
    const t0 = Date.now();
    const range = await during(page, async () => {
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await download;
    });
    await page.waitForTimeout(300);
    console.log(name, Date.now() - t0, 'ms', 'long tasks', JSON.stringify(await tasks([range[0], range[1] + 300])));
  }
} finally {
  await browser.close();
  await server.close?.();
}
