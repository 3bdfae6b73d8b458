/**
 * The render layer's scene for the canvas: curves, heads, label rows and spots
 * from the map and the node sizes React Flow measured. Shared through context
 * with the edges (which draw their curve) and the label layer, so both use one
 * placement, the same one the exported picture uses.
 *
 * On a large map the scene is built in slices (render/steps, canvas/slices):
 * routing and placing 3000 labels took over a second in one task, which froze
 * the page on opening, on every edit and on every filter change. Meanwhile the
 * previous scene stays on screen (edges keep their old bends, a new relation
 * is straight), and relations drawn exactly as before keep their objects, so
 * only the edges an edit moved re-render (useSceneRelation).
 */
import { type ReactFlowState, useStore } from '@xyflow/react';
import { createContext, useContext, useEffect, useMemo, useReducer, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapDoc, Relation } from '../model';
import { buildSceneSteps, runSteps, type Scene, type SceneRelation, type Size, screenTheme, type Theme } from '../render';
import { labelLinesOf } from './flowAdapter';
import { runInSlices } from './slices';

/**
 * Measured node sizes as one string, so the scene is rebuilt only when a size
 * changes, not on every pan frame (a string compares by value). Sizes reach
 * React Flow's `nodes` through onNodesChange (a new array each time), so the
 * key is worked out once per nodes array, not on every store update.
 */
const sizeKeys = new WeakMap<object, string>();
type Measured = readonly { id: string; measured?: { width?: number; height?: number } }[];
const sizesKeyOf = (nodes: Measured) => {
  const known = sizeKeys.get(nodes);
  if (known !== undefined) return known;
  let key = '';
  for (const node of nodes) {
    const size = node.measured;
    if (size?.width && size.height) key += `${node.id}\u0000${size.width}\u0000${size.height}\u0001`;
  }
  sizeKeys.set(nodes, key);
  return key;
};
const selectSizesKey = (s: ReactFlowState) => sizesKeyOf(s.nodes);
const selectNoKey = () => '';

function parseSizes(key: string): Map<string, Size> {
  const sizes = new Map<string, Size>();
  for (const entry of key.split('\u0001')) {
    const [id, w, h] = entry.split('\u0000');
    if (id && w && h) sizes.set(id, { width: Number(w), height: Number(h) });
  }
  return sizes;
}

/** The sizes React Flow measured, by node id (for the picture and for tidying with real boxes). */
export function measuredSizes(nodes: readonly { id: string; measured?: { width?: number; height?: number } }[]): Map<string, Size> {
  return new Map(
    nodes.flatMap((n) => (n.measured?.width && n.measured.height ? [[n.id, { width: n.measured.width, height: n.measured.height }] as const] : [])),
  );
}

export const EMPTY_SCENE: Scene = { boxes: new Map(), relations: new Map(), ties: [] };

/** From this many relations the scene is built in slices; below it at once, in the render (no frame without it). */
export const SLICED_FROM = 300;
/**
 * When only measured sizes changed (nodes scrolled into view while panning and
 * were measured), wait this long for more before rebuilding: a pan measures a
 * few nodes every frame, and each rebuild would start over.
 */
const SIZES_SETTLE_MS = 150;

export const SceneContext = createContext<Scene>(EMPTY_SCENE);

export const useSceneContext = () => useContext(SceneContext);

/**
 * The scene for the edges, which React Flow renders itself behind memo: each
 * edge subscribes to its own relation, and re-renders only when that object
 * changes (buildSceneSteps keeps the object of a relation drawn as before).
 */
export class SceneStore {
  scene: Scene = EMPTY_SCENE;
  private readonly listeners = new Set<() => void>();
  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };
  /** Tell the subscribers the scene changed (it is also set during the render, for the children rendered with it). */
  publish(scene: Scene) {
    this.scene = scene;
    for (const listener of this.listeners) listener();
  }
}

export const SceneStoreContext = createContext<SceneStore>(new SceneStore());

export function useSceneRelation(id: string): SceneRelation | undefined {
  const store = useContext(SceneStoreContext);
  return useSyncExternalStore(store.subscribe, () => store.scene.relations.get(id));
}

/** A relation's label lines, by relation object and language: an edit re-translates only what it changed. */
function labelLinesCache(t: Parameters<typeof labelLinesOf>[1]) {
  const lines = new WeakMap<Relation, string[]>();
  return (relation: Relation) => {
    let found = lines.get(relation);
    if (!found) lines.set(relation, (found = labelLinesOf(relation, t)));
    return found;
  };
}

/** After the first scene without labels is drawn, this much later its labels are placed (in slices), ready before a zoom in. */
const LABELS_LATER_MS = 300;

/** What a scene is built from; one object per change of any of them, so a scene can say what it was built for. */
type SceneInputs = { drawn: MapDoc; sizes: Map<string, Size>; linesOf: (relation: Relation) => string[]; theme: Theme };

function sceneSteps({ drawn, sizes, linesOf, theme }: SceneInputs, previous: Scene, labels: boolean) {
  const relations = new Map(drawn.relations.map((r) => [r.id, r]));
  return buildSceneSteps(drawn, sizes, (id) => linesOf(relations.get(id)!), theme, previous, { labels });
}

/**
 * Rebuilt when the map, a node's measured size, the language or the theme changes.
 * `farKeep` (level of detail): a large map seen from far draws its relations as one simple path
 * and no labels, so its scene holds only these relations (the selected ones, whose labels stay)
 * besides the boxes and closeness ties: opening or panning a zoomed-out 5000-actor map does not
 * route and label 15000 relations nobody sees. Zooming in builds the whole scene (in slices).
 * `labels` false (zoomed too far out to read a label, none selected): the scene first comes without
 * label spots, about half the work, so the lines are drawn sooner; the spots follow in slices soon
 * after, and are kept for these inputs, so zooming in finds them ready.
 * `sized`: the nodes whose measured sizes count (all of them, also those not given to React Flow
 * while far-out boxes stand in for them), and whether unmeasured sizes are estimated at once
 * instead of waited for.
 */
export function useScene(
  map: MapDoc,
  theme: Theme = screenTheme,
  farKeep: ReadonlySet<string> | null = null,
  labels = true,
  sized?: { nodes: Measured; estimated: boolean },
): { scene: Scene; ready: boolean } {
  const { t } = useTranslation();
  const drawn = useMemo(() => (farKeep ? { ...map, relations: map.relations.filter((r) => farKeep.has(r.id)) } : map), [map, farKeep]);
  const flowSizesKey = useStore(sized ? selectNoKey : selectSizesKey);
  const sizesKey = sized ? sizesKeyOf(sized.nodes) : flowSizesKey;
  const linesOf = useMemo(() => labelLinesCache(t), [t]);
  const sizes = useMemo(() => parseSizes(sizesKey), [sizesKey]);
  const inputs = useMemo<SceneInputs>(() => ({ drawn, sizes, linesOf, theme }), [drawn, sizes, linesOf, theme]);
  const last = useRef<Scene>(EMPTY_SCENE);
  /** The last scene with labels placed, and what it was built from: reused while the inputs stay. */
  const labelled = useRef<{ inputs: SceneInputs; scene: Scene } | null>(null);
  const [inSlices, setInSlices] = useState<{ inputs: SceneInputs | null; scene: Scene }>({ inputs: null, scene: EMPTY_SCENE });
  // The first scene of any map is built in slices too (none has been yet: no inputs): on opening it shares its task
  // with mounting and measuring every node and compiling the render layer's code, and a 50-actor map built at once
  // made one task of 220-350 ms in a new tab. After it, a small map's scene follows each change at once.
  const sliced = map.relations.length >= SLICED_FROM || inSlices.inputs === null;
  // Until React Flow has measured a node, it draws no edge either: a scene from estimated
  // sizes would be thrown away a frame later, and building it would delay the first paint.
  // Far-out boxes (FarActorsLayer) leave most actors unmounted, never measured: their sizes are estimated.
  const unmeasured = sizesKey === '' && map.actors.length > 0 && !sized?.estimated;
  const atOnce = useMemo(() => {
    if (sliced || unmeasured) return EMPTY_SCENE;
    if (labelled.current?.inputs === inputs) return labelled.current.scene;
    // The first scene, built in slices for these very inputs (also when it has no labels yet).
    if (inSlices.inputs === inputs) return inSlices.scene;
    const scene = runSteps(sceneSteps(inputs, last.current, labels));
    if (scene.labelled !== false) labelled.current = { inputs, scene };
    return scene;
  }, [sliced, unmeasured, inputs, labels, inSlices]);
  const builtFor = useRef<{ map: MapDoc; theme: Theme; linesOf: unknown } | null>(null);
  useEffect(() => {
    if (!sliced || unmeasured) return;
    const before = builtFor.current;
    const sizesOnly = before !== null && before.map === map && before.theme === theme && before.linesOf === linesOf;
    const done = (scene: Scene) => {
      builtFor.current = { map, theme, linesOf };
      if (scene.labelled !== false) labelled.current = { inputs, scene };
      setInSlices({ inputs, scene });
    };
    if (labelled.current?.inputs === inputs) return done(labelled.current.scene);
    // The first scene waits while the nodes of a large map still mount in batches (useReveal), each measured a
    // frame later; so does a change of the level of detail (zooming across it), which a wheel gesture may undo.
    // Once every actor is measured there is nothing to wait for.
    const allMeasured = sizes.size >= drawn.actors.length;
    const wait = (before === null && !allMeasured) || sizesOnly ? SIZES_SETTLE_MS : 0;
    return runInSlices(() => sceneSteps(inputs, last.current, labels), done, wait);
  }, [sliced, unmeasured, map, drawn, sizes, linesOf, theme, inputs, labels]);
  const base = sliced ? inSlices.scene : atOnce;
  // A scene drawn without labels gets them a little later, in slices (kept in `labelled`; this only re-renders).
  const [, labelsPlaced] = useReducer((count: number) => count + 1, 0);
  const needsLabels = base.labelled === false && base !== EMPTY_SCENE;
  useEffect(() => {
    if (!needsLabels) return;
    return runInSlices(
      () => sceneSteps(inputs, base, true),
      (scene) => {
        labelled.current = { inputs, scene };
        labelsPlaced();
      },
      LABELS_LATER_MS,
    );
  }, [needsLabels, inputs, base]);
  const scene = needsLabels && labelled.current?.inputs === inputs ? labelled.current.scene : base;
  last.current = scene;
  // Ready: this scene is the one for the map and sizes now (a sliced build shows the last one meanwhile),
  // with its labels placed if they are to be shown.
  const current = sliced ? inSlices.inputs === inputs : !unmeasured;
  const ready = map.actors.length === 0 || (current && (!labels || scene.labelled !== false));
  return { scene, ready };
}
