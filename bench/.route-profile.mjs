// Throwaway: open an N-actor map K times, print marks, drawn, long tasks, and a CPU profile summary of the last run.
import { resolve } from 'node:path';
import { launchBrowser, freshContext } from './lib/browser.mjs';
import { serveFolder } from './lib/server.mjs';
import { generateMap } from './lib/graph.mjs';
import { installProbe } from './lib/probe.mjs';
import { importIntoLibrary, waitUntilDrawn } from './lib/scenarios.mjs';
import { writeFileSync } from 'node:fs';
const [n = '50', k = '3', mode = 'app'] = process.argv.slice(2);
const actors = Number(n);
const file = generateMap(actors);
const relations = file.map.relations.length;
const server = await serveFolder(resolve(process.env.APP_DIR ?? (mode === 'app' ? './bench/.out/app' : './bench/.out/bare')));
const browser = await launchBrowser();
for (let run = 0; run < Number(k); run++) {
  const context = await freshContext(browser);
  const page = await context.newPage();
  let href = '';
  if (mode === 'app') {
    href = await importIntoLibrary(context, server.url, file);
  } else await page.addInitScript((json) => void (window.__GRAPH__ = json), JSON.stringify(file));
  await page.addInitScript(installProbe, { labelSelector: mode === 'app' ? '[data-testid=relation-label]' : '.react-flow__edge-text', nodes: actors, edges: relations });
  const last = run === Number(k) - 1 && process.env.CPU;
  let cdp;
  if (last) { cdp = await context.newCDPSession(page); await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 }); await cdp.send('Profiler.start'); }
  await page.goto(`${server.url}/${href}`);
  const r = await waitUntilDrawn(page, actors, relations);
  await page.waitForTimeout(500);
  const info = await page.evaluate(() => ({
    marks: performance.getEntriesByType('mark').map((m) => `${m.name}@${m.startTime.toFixed(0)}`).join(' '),
    measures: performance.getEntriesByType('measure').map((m) => `${m.name}:${m.duration.toFixed(0)}`).join(' '),
    long: window.__bench.longTasks.map((t) => `${t.start.toFixed(0)}+${t.duration.toFixed(0)}`).join(' '),
    nav: (() => { const e = performance.getEntriesByType('navigation')[0]; return `dcl ${e.domContentLoadedEventEnd.toFixed(0)} load ${e.loadEventEnd.toFixed(0)}`; })(),
    res: performance.getEntriesByType('resource').map((e) => `${e.name.split('/').pop().slice(0, 28)} ${e.startTime.toFixed(0)}-${e.responseEnd.toFixed(0)}`).join('\n   '),
  }));
  console.log(`run ${run}: first ${r.firstNodeMs?.toFixed(0)} drawn ${r.drawnMs.toFixed(0)} labels ${r.drawnLabels} | ${info.nav}\n  marks ${info.marks}\n  measures ${info.measures}\n  long ${info.long}`);
  if (run === 0) console.log('  res\n   ' + info.res);
  if (last) {
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync('/tmp/route-start.cpuprofile', JSON.stringify(profile));
    // self time by function+url, restricted to time < drawn
    const byId = new Map(profile.nodes.map((nd) => [nd.id, nd]));
    const self = new Map();
    let t = profile.startTime;
    const dt = profile.timeDeltas;
    for (let i = 0; i < profile.samples.length; i++) {
      t += dt[i];
      const nd = byId.get(profile.samples[i]);
      const key = `${nd.callFrame.functionName || '(anon)'} ${nd.callFrame.url.split('/').pop()}:${nd.callFrame.lineNumber}`;
      self.set(key, (self.get(key) ?? 0) + (dt[i + 1] ?? 0) / 1000);
    }
    console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([kk, v]) => `${v.toFixed(1).padStart(7)} ${kk}`).join('\n'));
    // inclusive time per function name (each sample counted once per distinct name on its stack)
    const parent = new Map();
    for (const nd of profile.nodes) for (const c of nd.children ?? []) parent.set(c, nd.id);
    const incl = new Map();
    for (let i = 0; i < profile.samples.length; i++) {
      const seen = new Set();
      for (let id = profile.samples[i]; id != null; id = parent.get(id)) {
        const cf = byId.get(id).callFrame;
        const key = `${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}`;
        if (seen.has(key)) continue; seen.add(key);
        incl.set(key, (incl.get(key) ?? 0) + (dt[i + 1] ?? 0) / 1000);
      }
    }
    // tasks: runs of non-idle samples; for each long one, its top inclusive functions
    {
      let groups = [], cur = null, tt = profile.startTime;
      for (let i = 0; i < profile.samples.length; i++) {
        tt += dt[i];
        const cf = byId.get(profile.samples[i]).callFrame;
        const idle = cf.functionName === '(idle)' || cf.functionName === '(program)';
        if (idle) { if (cur && tt - cur.end > 4000) { groups.push(cur); cur = null; } continue; }
        if (!cur) cur = { start: tt, end: tt, samples: [] };
        cur.end = tt; cur.samples.push([profile.samples[i], dt[i + 1] ?? 0]);
      }
      if (cur) groups.push(cur);
      const t0 = groups[0]?.start ?? 0;
      for (const g of groups) {
        if (g.end - g.start < 25000) continue;
        const inc = new Map();
        for (const [sid, d] of g.samples) {
          const seen = new Set();
          for (let id = sid; id != null; id = parent.get(id)) {
            const cf = byId.get(id).callFrame;
            if (/index-|rolldown|\(root\)/.test(cf.url + cf.functionName) ) continue;
            const key = `${cf.functionName || '(anon)'} ${cf.url.split('/').pop().slice(0, 14)}`;
            if (seen.has(key)) continue; seen.add(key);
            inc.set(key, (inc.get(key) ?? 0) + d / 1000);
          }
        }
        console.log(`task @${((g.start - t0) / 1000).toFixed(0)} ${((g.end - g.start) / 1000).toFixed(0)}ms: ` + [...inc].sort((a, b) => b[1] - a[1]).slice(0, 16).map(([kk, v]) => `${kk} ${v.toFixed(0)}`).join(' | '));
      }
    }
    console.log('--- inclusive');
    console.log([...incl].sort((a, b) => b[1] - a[1]).slice(0, 70).map(([kk, v]) => `${v.toFixed(1).padStart(7)} ${kk}`).join('\n'));
  }
  await context.close();
}
await browser.close();
server.close?.();
process.exit(0);
