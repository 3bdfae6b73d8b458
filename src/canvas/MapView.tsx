/**
 * The map as a picture on screen: nodes, arrows, labels, rings and the view
 * controls, drawn from what it is given. It holds no editing behaviour; the
 * editor (MapCanvas) passes its handlers in `behaviour`, a presentation would
 * pass none.
 */
import { Controls, Panel, ReactFlow, useStoreApi, type ReactFlowProps } from '@xyflow/react';
import { useEffect, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { centreOf, type MapDoc } from '../model';
import { AreaLegend } from './AreaBadges';
import { ActorNode } from './ActorNode';
import { flowAriaLabels } from './flowAriaLabels';
import type { ActorFlowNode, RelationFlowEdge } from './flowTypes';
import { RelationEdge } from './RelationEdge';
import { RelationLabels, type RelationLabelData } from './RelationLabels';
import { RingsLayer } from './RingsLayer';
import { SimpleEdgesLayer } from './SimpleEdgesLayer';

// Registered once at module scope, so React Flow never re-mounts every node.
const nodeTypes = { actor: ActorNode };
const edgeTypes = { relation: RelationEdge };
const NODE_ORIGIN: [number, number] = [0.5, 0.5];
/** Far enough out to see a whole regional map, near enough to read a label. */
export const MIN_ZOOM = 0.1;
export const MAX_ZOOM = 3;
/**
 * From this many actors, only elements on screen are kept in the DOM. Below it
 * the visibility check React Flow then runs on every pan frame costs more than
 * the few off-screen elements it saves (measured with npm run bench).
 */
const VISIBLE_ONLY_FROM = 300;

export type MapBehaviour = Partial<ReactFlowProps<ActorFlowNode, RelationFlowEdge>>;

export interface MapViewProps {
  map: MapDoc;
  nodes: ActorFlowNode[];
  edges: RelationFlowEdge[];
  labels: RelationLabelData[];
  selectedRelations: ReadonlySet<string>;
  /** Draw relations as one simple path (very large maps, zoomed out). */
  simpleEdges: boolean;
  /** "Show the whole map" (the fit-view control). */
  onFit: () => void;
  behaviour?: MapBehaviour;
  children?: ReactNode;
}

/**
 * Keeps the zoom in a CSS custom property (`--zoom`) on the flow element, so CSS
 * can keep connection targets a fixed size on screen (calc(24px / var(--zoom)))
 * without a React render per zoom step.
 */
function ZoomVariable() {
  const api = useStoreApi();
  useEffect(() => {
    let last = Number.NaN;
    const write = () => {
      const { domNode, transform } = api.getState();
      if (!domNode || transform[2] === last) return;
      last = transform[2];
      domNode.style.setProperty('--zoom', String(last));
    };
    write();
    return api.subscribe(write);
  }, [api]);
  return null;
}

export function MapView({ map, nodes, edges, labels, selectedRelations, simpleEdges, onFit, behaviour, children }: MapViewProps) {
  const { t } = useTranslation();
  const ariaLabels = useMemo(() => flowAriaLabels(t), [t]);
  return (
    <ReactFlow<ActorFlowNode, RelationFlowEdge>
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      nodeOrigin={NODE_ORIGIN}
      zoomOnDoubleClick={false}
      minZoom={MIN_ZOOM}
      maxZoom={MAX_ZOOM}
      // The whole-map picture is drawn from the model (io/mapSvg), so it never needs off-screen DOM.
      onlyRenderVisibleElements={map.actors.length >= VISIBLE_ONLY_FROM}
      aria-label={t('canvas.label', { title: map.title })}
      ariaLabelConfig={ariaLabels}
      proOptions={{ hideAttribution: true }}
      {...behaviour}
    >
      <ZoomVariable />
      {map.kind === 'personal' ? <RingsLayer centre={centreOf(map)} /> : null}
      {simpleEdges ? <SimpleEdgesLayer map={map} /> : null}
      <RelationLabels labels={labels} selected={selectedRelations} />
      <Controls showInteractive={false} onFitView={onFit} />
      {map.actors.some((a) => a.services.some((s) => s.areas.length > 0)) ? (
        <Panel position="bottom-right">
          <AreaLegend />
        </Panel>
      ) : null}
      {children}
    </ReactFlow>
  );
}
