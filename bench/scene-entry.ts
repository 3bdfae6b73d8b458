/**
 * What bench/scene-cpu.mjs needs from the render layer, bundled for Node by
 * vite.scene.config.ts: the scene build and a digest of its result.
 */
import type { MapDoc } from '../src/model';
import { buildScene, estimateNodeSize, type Size, screenTheme } from '../src/render';
import { sceneDigest } from '../src/render/sceneDigest';

export { lastPlacementWork } from '../src/render/labels';
export { lastRoutingWork } from '../src/render/routing';

/** Preset methods as the Finnish canvas shows them (canvas/flowAdapter labelLinesOf with the fi locale). */
const METHOD_FI: Record<string, string> = {
  meeting: 'tapaaminen',
  briefing: 'palaveri',
  'formal-meeting': 'kokous',
  letter: 'kirje',
  email: 'sähköposti',
  phone: 'puhelin',
  video: 'videopuhelu',
  chat: 'chat',
};

/** The node sizes: the model's estimate (what the scene uses for a node the canvas has not measured yet). */
export function estimatedSizes(map: MapDoc): Map<string, Size> {
  return new Map(map.actors.map((a) => [a.id, estimateNodeSize(a, screenTheme)]));
}

/** One scene build of `map` with `sizes`, as the canvas does on opening (labels placed). */
export function build(map: MapDoc, sizes: ReadonlyMap<string, Size>) {
  const byId = new Map(map.relations.map((r) => [r.id, r]));
  const lines = (id: string) => {
    const r = byId.get(id)!;
    const out: string[] = [];
    if (r.topics.length) out.push(r.topics.join(', '));
    if (r.methods.length) out.push(r.methods.map((m) => METHOD_FI[m] ?? m).join(' · '));
    return out;
  };
  return buildScene(map, sizes, lines, screenTheme);
}

export { sceneDigest };
