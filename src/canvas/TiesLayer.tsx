/**
 * The dashed "in my network" ties of a merged map (a trainee had the actor on a
 * ring but drew no arrow to it), drawn in map coordinates beneath the
 * relations, from the same scene as the exported picture. Only a picture: not
 * clickable, hidden from screen readers (the actor's provenance says the same
 * in words: "on the inner ring of 3 trainees").
 */
import { Panel, type ReactFlowState, useStore, ViewportPortal } from '@xyflow/react';
import { memo, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { RINGS, type Ring } from '../model';
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

/** What the dashes mean, in a corner of the canvas (the picture's legend has the same rows). */
function TieKey({ rings, theme }: { rings: readonly Ring[]; theme: Theme }) {
  const { t } = useTranslation();
  const text = { 1: t('canvas.tie1'), 2: t('canvas.tie2'), 3: t('canvas.tie3') };
  return (
    <Panel position="bottom-left">
      <div className="area-legend" data-testid="tie-key">
        {rings.map((ring) => (
          <span key={ring} className="area-legend__item">
            <svg width="40" height="10" aria-hidden="true" style={{ verticalAlign: 'middle', marginRight: 6 }}>
              <line
                x1="2"
                y1="5"
                x2="38"
                y2="5"
                style={{ stroke: theme.tie.colour, strokeWidth: theme.tie.width[ring], strokeDasharray: theme.tie.dash[ring], strokeLinecap: 'round' }}
              />
            </svg>
            {text[ring]}
          </span>
        ))}
      </div>
    </Panel>
  );
}

function TiesLayerView({ theme = screenTheme }: { theme?: Theme }) {
  const { ties, boxes } = useSceneContext();
  const ends = useMemo(() => [...new Set(ties.flatMap((tie) => [tie.from, tie.to]))], [ties]);
  const selectLive = useCallback((s: ReactFlowState) => liveBoxesKey(s, ends), [ends]);
  const liveKey = useStore(selectLive);
  const live = useMemo(() => parseBoxes(liveKey), [liveKey]);
  const rings = useMemo(() => RINGS.filter((ring) => ties.some((tie) => tie.ring === ring)), [ties]);
  if (ties.length === 0) return null;
  const style = theme.tie;
  return (
    <>
      <TieKey rings={rings} theme={theme} />
      <ViewportPortal>
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
      </ViewportPortal>
    </>
  );
}

export const TiesLayer = memo(TiesLayerView);
