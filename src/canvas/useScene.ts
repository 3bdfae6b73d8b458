/**
 * The render layer's scene for the canvas: curves, heads, label rows and spots
 * from the map and the node sizes React Flow measured. Shared through context
 * with the edges (which draw their curve) and the label layer, so both use one
 * placement, the same one the exported picture uses.
 */
import { type ReactFlowState, useStore } from '@xyflow/react';
import { createContext, useContext, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapDoc } from '../model';
import { buildScene, type Scene, type Size, screenTheme, type Theme } from '../render';
import { labelLinesOf } from './flowAdapter';

/**
 * Measured node sizes as one string, so the scene is rebuilt only when a size
 * changes, not on every pan frame (a string compares by value).
 */
const selectSizesKey = (s: ReactFlowState) => {
  let key = '';
  for (const node of s.nodeLookup.values())
    if (node.measured.width && node.measured.height) key += `${node.id}\u0000${node.measured.width}\u0000${node.measured.height}\u0001`;
  return key;
};

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

const EMPTY_SCENE: Scene = { boxes: new Map(), relations: new Map(), ties: [] };

export const SceneContext = createContext<Scene>(EMPTY_SCENE);

export const useSceneContext = () => useContext(SceneContext);

/** Rebuilt when the map, a node's measured size, the language or the theme changes. */
export function useScene(map: MapDoc, theme: Theme = screenTheme): Scene {
  const { t } = useTranslation();
  const sizesKey = useStore(selectSizesKey);
  return useMemo(() => {
    // Until React Flow has measured a node, it draws no edge either: a scene from estimated
    // sizes would be thrown away a frame later, and building it would delay the first paint.
    if (sizesKey === '' && map.actors.length > 0) return EMPTY_SCENE;
    const relations = new Map(map.relations.map((r) => [r.id, r]));
    return buildScene(map, parseSizes(sizesKey), (id) => labelLinesOf(relations.get(id)!, t), theme);
  }, [map, sizesKey, t, theme]);
}
