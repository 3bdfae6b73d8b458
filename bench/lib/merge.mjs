/**
 * Merging trainees' maps of 40 actors each with the app's own merge model
 * (bundled for Node): 25 maps (a training group) and 100 maps (a region; the
 * issue's target is under 1 s), each as `{ maps, perMap }`.
 */
import { pathToFileURL } from 'node:url';
import { median } from './stats.mjs';

export const MERGE_CASES = [
  { maps: 25, perMap: 40 },
  { maps: 100, perMap: 40, targetMs: 1000 },
];

export async function benchMerges(bundlePath, { runs, log = () => {} }) {
  const results = [];
  for (const { maps, perMap, targetMs } of MERGE_CASES) {
    log(`merging ${maps} maps of ${perMap} actors`);
    results.push({ ...(await benchMerge(bundlePath, { runs, maps, perMap })), targetMs });
  }
  return results;
}

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
