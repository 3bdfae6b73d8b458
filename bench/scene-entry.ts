/**
 * What bench/scene-cpu.mjs needs from the render layer, bundled for Node by
 * vite.scene.config.ts: the scene build and a digest of its result.
 */
import type { TFunction } from 'i18next';
import type { MapDoc } from '../src/model';
import { buildScene, estimateNodeSize, type Size, screenTheme } from '../src/render';
import { sceneDigest } from '../src/render/sceneDigest';
import { labelLinesOf } from '../src/canvas/flowAdapter';
import fi from '../src/i18n/locales/fi';

/** The Finnish canvas's words for the preset methods (the only keys labelLinesOf asks for). */
const finnish = ((key: string) => fi.method[key.replace(/^method\./, '') as keyof typeof fi.method] ?? key) as unknown as TFunction;

export { lastPlacementWork } from '../src/render/labels';
export { lastRoutingWork } from '../src/render/routing';

/** The node sizes: the model's estimate (what the scene uses for a node the canvas has not measured yet). */
export function estimatedSizes(map: MapDoc): Map<string, Size> {
  return new Map(map.actors.map((a) => [a.id, estimateNodeSize(a, screenTheme)]));
}

/** One scene build of `map` with `sizes` and the Finnish label lines, as the canvas does on opening (labels placed). */
export function build(map: MapDoc, sizes: ReadonlyMap<string, Size>) {
  const byId = new Map(map.relations.map((r) => [r.id, r]));
  return buildScene(map, sizes, (id) => labelLinesOf(byId.get(id)!, finnish), screenTheme);
}

export { sceneDigest };
