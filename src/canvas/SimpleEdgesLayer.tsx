import { ViewportLayer } from './ViewportLayer';
import { memo, useMemo } from 'react';
import type { MapDoc } from '../model';
import { useTheme } from './ThemeContext';

/**
 * Level of detail for large maps seen from far away: every relation as one
 * segment of a single SVG path instead of thousands of edge components. Arrow
 * heads and labels are too small to read at that zoom anyway; zooming in
 * brings the full edges back.
 */
function SimpleEdgesLayerView({ map }: { map: MapDoc }) {
  const theme = useTheme();
  const path = useMemo(() => {
    const at = new Map(map.actors.map((a) => [a.id, a.position ?? { x: 0, y: 0 }]));
    return map.relations
      .map((r) => {
        const a = at.get(r.source);
        const b = at.get(r.target);
        return a && b ? `M${Math.round(a.x)} ${Math.round(a.y)}L${Math.round(b.x)} ${Math.round(b.y)}` : '';
      })
      .join('');
  }, [map.actors, map.relations]);
  return (
    <ViewportLayer>
      <svg
        className="simple-edges"
        data-testid="simple-edges"
        style={{ position: 'absolute', left: 0, top: 0, width: 1, height: 1, overflow: 'visible', zIndex: -1, pointerEvents: 'none' }}
      >
        <path d={path} stroke={theme.edge.colour} strokeWidth={theme.edge.width * 0.8} strokeOpacity={0.7} fill="none" />
      </svg>
    </ViewportLayer>
  );
}

export const SimpleEdgesLayer = memo(SimpleEdgesLayerView);
