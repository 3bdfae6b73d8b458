/**
 * The scene build is made faster, never different: the benchmark's maps (bench/lib/graph.mjs, seeded)
 * must give exactly the scene they gave before the render layer's speed-ups (digests of every route,
 * curve, head and label spot, numbers to the last bit: src/render/sceneDigest.ts). The digests were
 * produced by the code before those changes; a change that moves anything drawn must say why and
 * update them on purpose. How fast it is: node bench/scene-cpu.mjs (never timed here).
 */
import { describe, expect, it } from 'vitest';
import { build, estimatedSizes } from '../../bench/scene-entry';
import { generateMap } from '../../bench/lib/graph.mjs';
import type { MapDoc } from '../../src/model';
import { sceneDigest } from '../../src/render/sceneDigest';

const GOLDEN: [actors: number, shape: string, digest: string][] = [
  [50, 'mixed', '9e11f296312735a6'],
  [200, 'mixed', '57ca3499695203ab'],
  [1000, 'mixed', '41767fe0088a078e'],
  [120, 'clusters', '7ed7eb2db6a7eff8'],
  [120, 'grid', '25af05f7a5937b17'],
];

describe('the scene of the benchmark maps', () => {
  for (const [actors, shape, digest] of GOLDEN)
    it(`is unchanged: ${actors} actors, ${shape}`, () => {
      const map = generateMap(actors, { shape }).map as MapDoc;
      expect(sceneDigest(build(map, estimatedSizes(map)))).toBe(digest);
    });
});
