import { BaseEdge, EdgeLabelRenderer, getStraightPath, useInternalNode, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { cycleDirection, type Direction } from '../model';
import { useEditorStoreApi } from '../store/EditorStoreContext';
import { floatingEdgeEnds } from './floatingEdge';
import type { RelationFlowEdge } from './flowTypes';

export const ARROWS: Record<Direction, string> = { forward: '→', backward: '←', both: '↔' };

/** Stroke colours are inline so an exported image does not depend on computed CSS. */
export const EDGE_COLOUR = '#1f6f8b';
export const EDGE_COLOUR_SELECTED = '#d35400';


function RelationEdgeView({ id, source, target, data, selected, markerEnd, markerStart }: EdgeProps<RelationFlowEdge>) {
  const { t } = useTranslation();
  const store = useEditorStoreApi();
  const sourceNode = useInternalNode(source);
  const targetNode = useInternalNode(target);
  if (!sourceNode || !targetNode || !data) return null;
  const { from, to } = floatingEdgeEnds(sourceNode, targetNode);
  const [path] = getStraightPath({ sourceX: from.x, sourceY: from.y, targetX: to.x, targetY: to.y });
  const { relation, labelAt, labelLines } = data;
  const weight = relation.weight ?? 1;
  const strokeWidth = Math.min(1.6 + (weight - 1) * 1.2, 8) + (selected ? 0.8 : 0);
  const select = () => store.getState().select({ actors: [], relations: [id] });
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        markerStart={markerStart}
        interactionWidth={16}
        style={{ stroke: selected ? EDGE_COLOUR_SELECTED : EDGE_COLOUR, strokeWidth, fill: 'none' }}
      />
      <EdgeLabelRenderer>
        <div
          className={`relation-label nodrag nopan${selected ? ' is-selected' : ''}`}
          data-testid="relation-label"
          style={{ transform: `translate(-50%, -50%) translate(${labelAt.x}px, ${labelAt.y}px)` }}
          onClick={select}
        >
          <button
            type="button"
            className="relation-label__direction"
            aria-label={t('direction.cycle', { arrow: ARROWS[relation.direction] })}
            title={t('direction.cycle', { arrow: ARROWS[relation.direction] })}
            onClick={(event) => {
              event.stopPropagation();
              store.getState().apply((m) => cycleDirection(m, relation.id));
            }}
          >
            {ARROWS[relation.direction]}
          </button>
          {labelLines.length > 0 ? (
            <span className="relation-label__text">
              {labelLines.map((line, index) => (
                <span key={index} className="relation-label__line">
                  {line}
                </span>
              ))}
            </span>
          ) : null}
          {weight > 1 ? <span className="relation-label__weight">×{weight}</span> : null}
        </div>
      </EdgeLabelRenderer>
    </>
  );
}

export const RelationEdge = memo(RelationEdgeView);
