/**
 * CPU time of the render layer's scene build in Node (no browser): routing,
 * shapes and label placement for the benchmark's maps (bench/lib/graph.mjs),
 * as the canvas builds it on opening a map. Prints the median ms per build and
 * a digest of the result (src/render/sceneDigest.ts), so a speed-up can show it
 * left the drawn result unchanged. Not part of `npm run bench`.
 *
 *   node bench/scene-cpu.mjs                     # 50, 200 and 1000 actors
 *   node bench/scene-cpu.mjs --sizes 50 --runs 40 --no-build
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof bench/scene-cpu.mjs --sizes 50 --no-build
 *
 * Node sizes are the model's estimate (render/scene.ts estimateNodeSize), what the
 * scene uses for nodes the canvas has not measured; measured nodes are a little
 * smaller, so real maps have slightly more room (and less searching) than these.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateMap } from './lib/graph.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const VITE = join(ROOT, 'node_modules/vite/bin/vite.js');

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
const scene = await import(pathToFileURL(join(ROOT, 'bench/.out/scene/scene.mjs')).href);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

console.log(
  `node ${process.version}, load average ${(await import('node:os'))
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
for (const actors of sizes) {
  const map = generateMap(actors).map;
  const boxes = scene.estimatedSizes(map);
  // Warm up (JIT), then time.
  let digest = scene.sceneDigest(scene.build(map, boxes));
  const work = `routing work ${scene.lastRoutingWork}, placement work ${scene.lastPlacementWork}`;
  const times = [];
  for (let i = 0; i < runsFor(actors); i++) {
    const start = performance.now();
    const built = scene.build(map, boxes);
    times.push(performance.now() - start);
    const again = scene.sceneDigest(built);
    if (again !== digest) digest = `UNSTABLE ${digest} ${again}`;
  }
  console.log(
    `${actors} actors, ${map.relations.length} relations: median ${median(times).toFixed(1)} ms, min ${Math.min(...times).toFixed(1)} ms (${times.length} builds); digest ${digest}; ${work}`,
  );
}
