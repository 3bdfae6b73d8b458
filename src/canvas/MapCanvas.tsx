import {
  applyNodeChanges,
  Controls,
  Panel,
  ReactFlow,
  useReactFlow,
  useStore,
  type Connection,
  type EdgeChange,
  type FinalConnectionState,
  type NodeChange,
  type OnConnectEnd,
  type ReactFlowState,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { addActor, addRelation, centreOf, mapBounds, moveActors, removeElements } from '../model';
import { useEditor, useEditorStoreApi } from '../store/EditorStoreContext';
import { ActorNode } from './ActorNode';
import { flowAriaLabels } from './flowAriaLabels';
import { AreaLegend } from './AreaBadges';
import { finishedMoves, selectionChanges, toFlowEdges, toFlowNodes } from './flowAdapter';
import { screenTheme, themeVariables } from '../render';
import { SceneContext, useScene } from './useScene';
import { LABEL_MIN_ZOOM, RelationLabels } from './RelationLabels';
import type { ActorFlowNode } from './flowTypes';
import { RelationEdge } from './RelationEdge';
import { RingsLayer } from './RingsLayer';
import { SimpleEdgesLayer } from './SimpleEdgesLayer';

// Registered once at module scope, so React Flow never re-mounts every node.
const nodeTypes = { actor: ActorNode };
const edgeTypes = { relation: RelationEdge };
const NODE_ORIGIN: [number, number] = [0.5, 0.5];
/** Far enough out to see a whole regional map, near enough to read a label. */
const MIN_ZOOM = 0.1;
const MAX_ZOOM = 3;
/** Level of detail: when zoomed far out, secondary texts of nodes are hidden by a class (CSS only). */
const selectZoomedOut = (s: ReactFlowState) => s.transform[2] < LABEL_MIN_ZOOM;
/**
 * From this many actors, only elements on screen are kept in the DOM. Below it
 * the visibility check React Flow then runs on every pan frame costs more than
 * the few off-screen elements it saves (measured with npm run bench).
 */
const VISIBLE_ONLY_FROM = 300;
/** From this many relations, a zoomed-out view draws them as one simple path (SimpleEdgesLayer). */
const SIMPLE_EDGES_FROM = 300;
/** The screen theme's values as CSS custom properties, read by app.css. */
const CANVAS_THEME = themeVariables(screenTheme);

export function MapCanvas() {
  const { t } = useTranslation();
  const store = useEditorStoreApi();
  const { map, selection, editing } = useEditor(useShallow((s) => ({ map: s.map!, selection: s.selection, editing: s.editing })));
  const { screenToFlowPosition, fitBounds } = useReactFlow();
  const zoomedOut = useStore(selectZoomedOut);
  // Frame the whole map (with its rings) when it opens; not again, so the user's view stays put.
  const onInit = useCallback(() => void fitBounds(mapBounds(store.getState().map!), { padding: 0.04 }), [fitBounds, store]);
  const [nodes, setNodes] = useState<ActorFlowNode[]>(() => toFlowNodes(map, selection, editing));

  useEffect(() => setNodes((previous) => toFlowNodes(map, selection, editing, previous)), [map, selection, editing]);
  const simpleEdges = zoomedOut && map.relations.length >= SIMPLE_EDGES_FROM;
  const edges = useMemo(() => (simpleEdges ? [] : toFlowEdges(map, selection)), [simpleEdges, map, selection]);
  // Label placement looks at the whole map: redo it when the map changes, not when the selection does.
  const scene = useScene(map);
  const selectedRelations = useMemo(() => new Set(selection.relations), [selection.relations]);
  const ariaLabels = useMemo(() => flowAriaLabels(t), [t]);

  const updateSelection = useCallback(
    (changes: { id: string; selected: boolean }[], kind: 'actors' | 'relations') => {
      if (changes.length === 0) return;
      const current = store.getState().selection;
      const ids = new Set(current[kind]);
      for (const c of changes) c.selected ? ids.add(c.id) : ids.delete(c.id);
      const next = { ...current, [kind]: [...ids] };
      // Selecting an actor alone deselects relations and vice versa, as React Flow does.
      if (changes.some((c) => c.selected)) next[kind === 'actors' ? 'relations' : 'actors'] = [];
      store.getState().select(next);
    },
    [store],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<ActorFlowNode>[]) => {
      // Removal goes through onDelete; everything else is applied locally for a smooth drag.
      setNodes((current) =>
        applyNodeChanges(
          changes.filter((c) => c.type !== 'remove' && c.type !== 'select'),
          current,
        ),
      );
      const moves = finishedMoves(changes);
      if (moves.size > 0) store.getState().apply((m) => moveActors(m, moves));
      updateSelection(selectionChanges(changes), 'actors');
    },
    [store, updateSelection],
  );

  const onEdgesChange = useCallback((changes: EdgeChange[]) => updateSelection(selectionChanges(changes), 'relations'), [updateSelection]);

  const connect = useCallback(
    (source: string, target: string) => {
      let created: string | undefined;
      store.getState().apply((m) => {
        const result = addRelation(m, { source, target });
        created = result.relation?.id;
        return result.map;
      });
      if (created) store.getState().select({ actors: [], relations: [created] });
    },
    [store],
  );

  const onConnect = useCallback((c: Connection) => connect(c.source, c.target), [connect]);

  // Dropping a new arrow anywhere on an actor (not only on its small handle) connects to it.
  const onConnectEnd: OnConnectEnd = useCallback(
    (event: globalThis.MouseEvent | TouchEvent, state: FinalConnectionState) => {
      if (state.isValid || !state.fromNode) return;
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      if (!point) return;
      const element = document.elementFromPoint(point.clientX, point.clientY)?.closest('.react-flow__node');
      const targetId = element?.getAttribute('data-id');
      if (targetId && targetId !== state.fromNode.id) connect(state.fromNode.id, targetId);
    },
    [connect],
  );

  const onDelete = useCallback(
    ({ nodes: gone, edges: goneEdges }: { nodes: { id: string }[]; edges: { id: string }[] }) =>
      store.getState().apply((m) => removeElements(m, { actors: gone.map((n) => n.id), relations: goneEdges.map((e) => e.id) })),
    [store],
  );

  const onDoubleClick = useCallback(
    (event: MouseEvent) => {
      if (!(event.target as Element).classList.contains('react-flow__pane')) return;
      const position = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      let id = '';
      store.getState().apply((m) => {
        const result = addActor(m, { type: 'person', name: t('newActor.person'), position });
        id = result.actor.id;
        return result.map;
      });
      store.getState().select({ actors: [id], relations: [] });
      store.getState().setEditing(id);
    },
    [screenToFlowPosition, store, t],
  );

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: double-click on the empty map is a pointer shortcut; the toolbar and N/G/O keys do the same.
    <div className={`map-canvas${zoomedOut ? ' map-canvas--far' : ''}`} style={CANVAS_THEME} onDoubleClick={onDoubleClick}>
      <SceneContext.Provider value={scene}>
        <ReactFlow<ActorFlowNode>
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          nodeOrigin={NODE_ORIGIN}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onConnect={onConnect}
          onConnectEnd={onConnectEnd}
          onDelete={onDelete}
          deleteKeyCode={['Delete', 'Backspace']}
          zoomOnDoubleClick={false}
          minZoom={MIN_ZOOM}
          maxZoom={MAX_ZOOM}
          onInit={onInit}
          // The whole-map picture is drawn from the model (io/mapSvg), so it never needs off-screen DOM.
          onlyRenderVisibleElements={map.actors.length >= VISIBLE_ONLY_FROM}
          aria-label={t('canvas.label', { title: map.title })}
          ariaLabelConfig={ariaLabels}
          proOptions={{ hideAttribution: true }}
        >
          {map.kind === 'personal' ? <RingsLayer centre={centreOf(map)} /> : null}
          {simpleEdges ? <SimpleEdgesLayer map={map} /> : null}
          <RelationLabels map={map} selected={selectedRelations} />
          <Controls showInteractive={false} onFitView={onInit} />
          {map.actors.some((a) => a.services.some((s) => s.areas.length > 0)) ? (
            <Panel position="bottom-right">
              <AreaLegend />
            </Panel>
          ) : null}
        </ReactFlow>
      </SceneContext.Provider>
      {map.actors.length <= 1 ? <p className="map-canvas__hint">{t('canvas.emptyHint')}</p> : null}
    </div>
  );
}
