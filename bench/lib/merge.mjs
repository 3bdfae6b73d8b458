/** Merging 25 trainees' maps of 40 actors each, with the app's own merge model (bundled for Node). */
import { pathToFileURL } from 'node:url';
import { median } from './stats.mjs';

export async function benchMerge(bundlePath, { runs, maps = 25, perMap = 40 }) {
  const { regionOfManyMaps, planMerge, mergeMaps, NO_DECISIONS } = await import(pathToFileURL(bundlePath).href);
  const sources = regionOfManyMaps(maps, perMap);
  const samples = [];
  let last;
  // The first run is "cold" (JIT not warmed up), as for a facilitator who merges once; report it too.
  for (let run = 0; run < Math.max(runs, 3); run++) {
    const start = performance.now();
    const plan = planMerge(sources);
    const planned = performance.now();
    let n = 0;
    const result = mergeMaps(sources, NO_DECISIONS, { title: 'Alueen verkostokartta', now: new Date('2026-01-15T10:00:00Z'), newId: () => `m${++n}` });
    const merged = performance.now();
    samples.push({ planMs: planned - start, mergeMs: merged - planned, totalMs: merged - start });
    last = { proposals: plan.proposals.length, actors: result.map.actors.length, relations: result.map.relations.length };
  }
  return {
    maps,
    perMap,
    sourceActors: sources.reduce((n, m) => n + m.actors.length, 0),
    sourceRelations: sources.reduce((n, m) => n + m.relations.length, 0),
    ...last,
    coldMs: samples[0].totalMs,
    planMs: median(samples.map((s) => s.planMs)),
    mergeMs: median(samples.map((s) => s.mergeMs)),
    totalMs: median(samples.map((s) => s.totalMs)),
    samples,
  };
}
