import { BaseEdge, type EdgeProps, useInternalNode, type InternalNode } from '@xyflow/react';
import { memo, useContext } from 'react';
import { type CentredBox, edgeWidth, relationShape } from '../render';
import type { RelationFlowEdge } from './flowTypes';
import { useTheme } from './ThemeContext';
import { EMPTY_SCENE, SceneStoreContext, useSceneRelation } from './useScene';

const sameBox = (a: CentredBox, b: CentredBox | undefined) => b !== undefined && a.cx === b.cx && a.cy === b.cy && a.hw === b.hw && a.hh === b.hh;

function boxOf(node: InternalNode): CentredBox {
  // Not measured yet (a large map's node off screen, useFarBoxes): its estimated size, the one the scene used.
  const width = node.measured.width ?? node.initialWidth ?? 0;
  const height = node.measured.height ?? node.initialHeight ?? 0;
  const { x, y } = node.internals.positionAbsolute;
  return { cx: x + width / 2, cy: y + height / 2, hw: width / 2, hh: height / 2 };
}

/**
 * A relation as the render layer shapes it: a curve (straight unless it must
 * be told apart from another or go around an actor) between the nodes'
 * borders, with heads drawn as paths outside the node and its gap. Styles are
 * inline so a picture of the view does not depend on computed CSS. The live
 * node boxes are used, so the line follows a node while it is dragged; the
 * route (bend and skew) and the label come from the scene, and so does the
 * shape itself while the nodes stand where the scene has them.
 */
function RelationEdgeView({ id, source, target, data, selected }: EdgeProps<RelationFlowEdge>) {
  const sourceNode = useInternalNode(source);
  const targetNode = useInternalNode(target);
  const placed = useSceneRelation(id);
  // Read, not subscribed to: the scene this relation came from (set before the edges render).
  const scene = useContext(SceneStoreContext).scene;
  const theme = useTheme();
  // Opening a map, React Flow draws its edges as soon as it has measured the nodes, a render before their routes
  // and labels exist: nothing yet then (the canvas is not "ready"), rather than lines drawn twice.
  if (!sourceNode || !targetNode || !data || scene === EMPTY_SCENE) return null;
  const from = boxOf(sourceNode);
  const to = boxOf(targetNode);
  const shape =
    placed && sameBox(from, scene.boxes.get(source)) && sameBox(to, scene.boxes.get(target))
      ? placed.shape
      : relationShape(from, to, placed?.bend ?? 0, data.relation.direction, theme.edge, placed?.skew ?? 0);
  const colour = selected ? theme.edge.selected : theme.edge.colour;
  const strokeWidth = edgeWidth(theme, data.relation.weight ?? 1) + (selected ? 0.8 : 0);
  const label = placed?.label;
  return (
    <>
      <BaseEdge id={id} path={shape.d} interactionWidth={18} style={{ stroke: colour, strokeWidth, fill: 'none' }} />
      {shape.heads.map((head, i) => (
        <path key={i} d={head.d} className="relation-edge__head" data-testid="arrow-head" style={{ fill: colour, stroke: 'none' }} />
      ))}
      {label?.leader ? (
        <g className="relation-edge__leader" data-testid="label-leader" data-relation-id={id}>
          <line x1={label.anchor.x} y1={label.anchor.y} x2={label.x} y2={label.y} style={{ stroke: theme.label.leader, strokeWidth: 1.2 }} />
          <circle cx={label.anchor.x} cy={label.anchor.y} r={2.5} style={{ fill: theme.label.leader }} />
        </g>
      ) : null}
    </>
  );
}

export const RelationEdge = memo(RelationEdgeView);
