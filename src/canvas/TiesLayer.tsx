/**
 * The dashed "in my network" ties of a merged map (a trainee had the actor on a
 * ring but drew no arrow to it), drawn in map coordinates beneath the
 * relations, from the same scene as the exported picture. What the dashes mean
 * is in the canvas legend (MapLegend). Only a picture: not
 * clickable, hidden from screen readers (the actor's provenance says the same
 * in words: "on the inner ring of 3 trainees").
 */
import { type ReactFlowState, useStore } from '@xyflow/react';
import { ViewportLayer } from './ViewportLayer';
import { memo, useCallback, useMemo } from 'react';
import { type CentredBox, screenTheme, type Theme, tieBetween } from '../render';
import { useSceneContext } from './useScene';

/**
 * The live boxes of the tie ends as one string, so the layer re-renders while
 * a tied node is dragged (the line follows it, like a relation's), but not on
 * every pan frame (a string compares by value).
 */
function liveBoxesKey(s: ReactFlowState, ids: readonly string[]): string {
  let key = '';
  for (const id of ids) {
    const node = s.nodeLookup.get(id);
    const width = node?.measured.width;
    const height = node?.measured.height;
    if (!node || !width || !height) continue;
    const { x, y } = node.internals.positionAbsolute;
    key += `${id}\u0000${x + width / 2}\u0000${y + height / 2}\u0000${width / 2}\u0000${height / 2}\u0001`;
  }
  return key;
}

function parseBoxes(key: string): Map<string, CentredBox> {
  const boxes = new Map<string, CentredBox>();
  for (const entry of key.split('\u0001')) {
    const [id, cx, cy, hw, hh] = entry.split('\u0000');
    if (id && hh) boxes.set(id, { cx: Number(cx), cy: Number(cy), hw: Number(hw), hh: Number(hh) });
  }
  return boxes;
}

function TiesLayerView({ theme = screenTheme }: { theme?: Theme }) {
  const { ties, boxes } = useSceneContext();
  const ends = useMemo(() => [...new Set(ties.flatMap((tie) => [tie.from, tie.to]))], [ties]);
  const selectLive = useCallback((s: ReactFlowState) => liveBoxesKey(s, ends), [ends]);
  const liveKey = useStore(selectLive);
  const live = useMemo(() => parseBoxes(liveKey), [liveKey]);
  if (ties.length === 0) return null;
  const style = theme.tie;
  return (
    <ViewportLayer>
      <svg
        className="ties-layer"
        aria-hidden="true"
        data-testid="ties-layer"
        style={{ position: 'absolute', left: 0, top: 0, width: 1, height: 1, overflow: 'visible', zIndex: -1, pointerEvents: 'none' }}
      >
        {ties.map((tie) => {
          const a = live.get(tie.from) ?? boxes.get(tie.from);
          const b = live.get(tie.to) ?? boxes.get(tie.to);
          if (!a || !b) return null;
          // The live boxes (equal to the scene's unless a node is being dragged), with the scene's bend: the picture's line.
          const { d } = tieBetween(a, b, tie.bend, theme);
          return (
            <path
              key={tie.id}
              d={d}
              data-testid="closeness-tie"
              data-from={tie.from}
              data-to={tie.to}
              data-ring={tie.ring}
              // Inline, so a picture of the view does not depend on computed CSS.
              style={{
                fill: 'none',
                stroke: style.colour,
                strokeWidth: style.width[tie.ring],
                strokeDasharray: style.dash[tie.ring],
                strokeLinecap: 'round',
              }}
            />
          );
        })}
      </svg>
    </ViewportLayer>
  );
}

export const TiesLayer = memo(TiesLayerView);
