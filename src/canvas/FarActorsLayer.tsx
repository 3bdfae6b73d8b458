import { type ReactFlowState, useStore } from '@xyflow/react';
import { memo, useMemo } from 'react';
import { DIMMED_OPACITY } from './dimmingCss';
import { type FarBox, farPaths } from './farBoxes';
import { useTheme } from './ThemeContext';
import { ViewportLayer } from './ViewportLayer';

/**
 * A very large map seen from far (MapCanvas: BOXES_FROM actors, below NAME_MIN_ZOOM): every actor that is not a
 * React Flow node is a rectangle in a few paths (canvas/farBoxes), in its type's colours, dimmed as DimmingStyle
 * dims nodes. Decorative for assistive technology (the canvas's own label names the map; the kept nodes and the
 * side panel's lists carry the actors); pointer input passes through to the pane, where MapCanvas hit-tests it.
 * `data-actors`: how many actors it draws, so tests and the benchmark can tell the map is drawn whole.
 */
function FarActorsLayerView({ boxes, dimmed }: { boxes: readonly FarBox[]; dimmed: ReadonlySet<string> }) {
  const theme = useTheme();
  const paths = useMemo(() => farPaths(boxes, dimmed), [boxes, dimmed]);
  // A node's border below the name zoom is under a pixel, which Chromium draws as one device pixel: so is this, in map
  // units (vector-effect: non-scaling-stroke does not see the viewport's CSS transform). Only a zoom re-renders it, not a pan.
  const pixel = useStore(selectPixel);
  return (
    <ViewportLayer>
      <svg
        className="far-actors"
        data-testid="far-actors"
        data-actors={boxes.length}
        aria-hidden="true"
        style={{ position: 'absolute', left: 0, top: 0, width: 1, height: 1, overflow: 'visible', pointerEvents: 'none' }}
      >
        {paths.map((p) => (
          <path
            key={`${p.dimmed}${p.type}`}
            data-type={p.type}
            data-dimmed={p.dimmed ? 'true' : undefined}
            data-count={p.count}
            d={p.d}
            fill={theme.node[p.type].fill}
            stroke={theme.node[p.type].stroke}
            strokeWidth={pixel}
            // One path strokes all its boxes after filling them, so a box no longer covers the outlines of those
            // beneath it as a node does: at half strength the crowd of outlines looks as the nodes did (screenshots).
            strokeOpacity={0.5}
            opacity={p.dimmed ? DIMMED_OPACITY : undefined}
          />
        ))}
      </svg>
    </ViewportLayer>
  );
}

const selectPixel = (s: ReactFlowState) => 1 / s.transform[2];

export const FarActorsLayer = memo(FarActorsLayerView);
