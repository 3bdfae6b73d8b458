import { BaseEdge, getStraightPath, useInternalNode, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { Direction } from '../model';
import { floatingEdgeEnds } from './floatingEdge';
import type { RelationFlowEdge } from './flowTypes';

export const ARROWS: Record<Direction, string> = { forward: '→', backward: '←', both: '↔' };

/** Stroke colours are inline so a picture of the view does not depend on computed CSS. */
export const EDGE_COLOUR = '#1f6f8b';
export const EDGE_COLOUR_SELECTED = '#d35400';

/** A straight arrow between the borders of two actors; its label is drawn by RelationLabels. */
function RelationEdgeView({ id, source, target, data, selected, markerEnd, markerStart }: EdgeProps<RelationFlowEdge>) {
  const sourceNode = useInternalNode(source);
  const targetNode = useInternalNode(target);
  if (!sourceNode || !targetNode || !data) return null;
  const { from, to } = floatingEdgeEnds(sourceNode, targetNode);
  const [path] = getStraightPath({ sourceX: from.x, sourceY: from.y, targetX: to.x, targetY: to.y });
  const weight = data.relation.weight ?? 1;
  const strokeWidth = Math.min(1.6 + (weight - 1) * 1.2, 8) + (selected ? 0.8 : 0);
  return (
    <BaseEdge
      id={id}
      path={path}
      markerEnd={markerEnd}
      markerStart={markerStart}
      interactionWidth={16}
      style={{ stroke: selected ? EDGE_COLOUR_SELECTED : EDGE_COLOUR, strokeWidth, fill: 'none' }}
    />
  );
}

export const RelationEdge = memo(RelationEdgeView);
