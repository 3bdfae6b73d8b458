/**
 * When the focus changes (an actor chosen in the search, F, + or -), the view
 * glides to show the focused neighbourhood (canvas/focusViewport: no zooming
 * in, no move when it is on screen already). Rendered inside MapView, so the
 * presentation, which draws the same MapView, glides too.
 */
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useEffect } from 'react';
import { neighbourhood, type Bounds, type MapDoc } from '../model';
import { estimateActorBox } from '../model/actorBox';
import { useEditor } from '../store/EditorStoreContext';
import { focusViewport } from './focusViewport';

/** Long enough to follow with the eye, short enough not to wait for. */
export const FOCUS_GLIDE_MS = 400;

export function FocusGlide({ map }: { map: MapDoc }) {
  const focus = useEditor((s) => s.focus);
  const flow = useStoreApi();
  const { setViewport } = useReactFlow();
  const actor = focus?.actor;
  const depth = focus?.depth;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new focus (actor or depth) is the trigger; later edits of the map do not move the view.
  useEffect(() => {
    if (!actor || !depth) return;
    // After the frame that draws the new view: the nodes are then measured.
    const frame = requestAnimationFrame(() => {
      const { nodeLookup, width, height, transform } = flow.getState();
      const near = neighbourhood(map, actor, depth);
      const boxOf = (id: string): Bounds | null => {
        const node = nodeLookup.get(id);
        if (node?.measured.width && node.measured.height) {
          const { x, y } = node.internals.positionAbsolute;
          return { x, y, width: node.measured.width, height: node.measured.height };
        }
        const a = map.actors.find((candidate) => candidate.id === id);
        if (!a?.position) return null;
        const size = estimateActorBox(a);
        return { x: a.position.x - size.width / 2, y: a.position.y - size.height / 2, ...size };
      };
      const focused = boxOf(actor);
      if (!focused) return;
      const boxes = [...near.actors].map(boxOf).filter((b): b is Bounds => b !== null);
      const target = focusViewport(boxes, focused, { x: transform[0], y: transform[1], zoom: transform[2] }, width, height);
      const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      if (target) void setViewport(target, { duration: still ? 0 : FOCUS_GLIDE_MS });
    });
    return () => cancelAnimationFrame(frame);
  }, [actor, depth]);
  return null;
}
