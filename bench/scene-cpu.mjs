/**
 * CPU time of the render layer's scene build in Node (no browser): routing,
 * shapes and label placement for the benchmark's maps (bench/lib/graph.mjs),
 * as the canvas builds it on opening a map. Prints ms per build and a digest
 * of the result (src/render/sceneDigest.ts), so a speed-up can show it left
 * the drawn result unchanged. Not part of `npm run bench`.
 *
 *   node bench/scene-cpu.mjs                     # 50, 200 and 1000 actors
 *   node bench/scene-cpu.mjs --sizes 50 --runs 40 --no-build
 *   node bench/scene-cpu.mjs --compare /tmp/before/bench/.out/scene/scene.mjs
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof bench/scene-cpu.mjs --sizes 50 --no-build
 *
 * `--compare` times another build of the scene (e.g. the code before a change,
 * built with `vite build --config bench/vite.scene.config.ts` in another
 * checkout) in the same process, builds alternating, so a busy machine slows
 * both alike. On a busy machine read the minimum and the CPU time (this
 * process's, all threads: GC included) rather than the wall-clock median.
 *
 * Node sizes are the model's estimate (render/scene.ts estimateNodeSize), what the
 * scene uses for nodes the canvas has not measured; measured nodes are a little
 * smaller, so real maps have slightly more room (and less searching) than these.
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateMap } from './lib/graph.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const VITE = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const sizes = option('--sizes', '50,200,1000').split(',').map(Number);
const runsFor = (actors) => Number(option('--runs', actors <= 50 ? 30 : actors <= 200 ? 10 : 3));

if (!args.includes('--no-build')) {
  const built = spawnSync(process.execPath, [VITE, 'build', '--config', 'bench/vite.scene.config.ts'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) process.exit(1);
}
const builds = [['this', join(ROOT, 'bench/.out/scene/scene.mjs')]];
if (option('--compare')) builds.push(['compared', option('--compare')]);
const scenes = await Promise.all(builds.map(([, path]) => import(pathToFileURL(path).href)));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

console.log(
  `node ${process.version}, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
for (const actors of sizes) {
  const map = generateMap(actors).map;
  const results = scenes.map((scene) => {
    // The first build, timed apart: the page builds a map's scene once on opening, with code not yet optimised
    // (cold only for the first size of a run: later sizes find the code warm). Then the JIT is warm.
    const start = performance.now();
    const first = scene.build(map, scene.estimatedSizes(map));
    const firstMs = performance.now() - start;
    const digest = scene.sceneDigest(first);
    return { scene, digest, firstMs, sizes: scene.estimatedSizes(map), wall: [], cpu: [], work: scene.lastPlacementWork };
  });
  for (let i = 0; i < runsFor(actors); i++)
    for (const r of results) {
      const start = performance.now();
      const used = process.cpuUsage();
      const built = r.scene.build(map, r.sizes);
      const spent = process.cpuUsage(used);
      r.wall.push(performance.now() - start);
      r.cpu.push((spent.user + spent.system) / 1000);
      // The digest's strings are garbage a later build would collect: checked after the last build only.
      if (i === runsFor(actors) - 1) {
        const again = r.scene.sceneDigest(built);
        if (again !== r.digest) r.digest = `UNSTABLE ${r.digest} ${again}`;
      }
    }
  results.forEach((r, i) => {
    console.log(
      `${actors} actors, ${map.relations.length} relations [${builds[i][0]}]: first ${r.firstMs.toFixed(1)} ms, min ${Math.min(...r.wall).toFixed(1)} ms, median ${median(r.wall).toFixed(1)} ms, CPU median ${median(r.cpu).toFixed(1)} ms (${r.wall.length} builds); digest ${r.digest}; placement work ${r.work}`,
    );
  });
}
