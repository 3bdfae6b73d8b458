/**
 * The editing behaviour of the map, beside the read-only MapView: React Flow's
 * events become editor actions (store/actions), the view state (selection,
 * connecting, status) is kept in the store, and the opening view is readable.
 */
import {
  applyNodeChanges,
  useReactFlow,
  useStore,
  useStoreApi,
  type Connection,
  type EdgeChange,
  type FinalConnectionState,
  type NodeChange,
  type OnConnectEnd,
  type OnConnectStart,
  type ReactFlowState,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { centreOf, deriveView, mapBounds, moveActors, visiblePart } from '../model';
import { projectorTheme, screenTheme } from '../render';
import { addAndEdit, connectAndSelect, remove } from '../store/actions';
import { useEditor, useEditorStoreApi } from '../store/EditorStoreContext';
import { SizeLegend } from './SizeLegend';
import { noSelection, selectViewSpec } from '../store/viewStore';
import { FIT_PADDING, openingViewport, type Viewport } from './defaultView';
import { finishedMoves, selectionChanges, toFlowEdges, toFlowNodes } from './flowAdapter';
import type { ActorFlowNode, RelationFlowEdge } from './flowTypes';
import { CONNECT_MIN_ZOOM, MapView, type MapBehaviour } from './MapView';
import { selectZoomedOut } from './RelationLabels';
import { ConnectStatus } from './ConnectStatus';
import { useCoarsePointer } from './useCoarsePointer';
import { ActorMenu, type ActorMenuAt } from './ActorMenu';
import { arrowDirection, nearestInDirection } from './nearestInDirection';
import { useLongPress } from './useLongPress';
import { RoundsOverlay } from './RoundsOverlay';
import { useReplayPart } from './useReplayPart';
import { useRevealCount } from './useReveal';
import { useMeasurementBatches } from './useMeasurementBatches';
import { useFarBoxes } from './useFarBoxes';

/** Level of detail: when zoomed far out, secondary texts of nodes are hidden by a class (CSS only). */
/**
 * Farther still, a name (15 map units) is under 4.5 px on screen: nodes are drawn as their boxes only
 * (class map-canvas--tiny, CSS only; the box keeps its measured size, so arrows still end at its border).
 * Painting and hit-testing the texts and icons of thousands of nodes made each frame of a pan over a
 * 5000-actor map take a quarter of a second or more.
 */
export const NAME_MIN_ZOOM = 0.3;
const selectTiny = (s: ReactFlowState) => s.transform[2] < NAME_MIN_ZOOM;
/**
 * From this many actors, a view below NAME_MIN_ZOOM draws the actors as boxes in one layer (FarActorsLayer) and
 * React Flow renders only the selected, edited and focused ones as nodes (the others are hidden: useFarBoxes): 5000
 * mounted nodes made every frame of a pan over the whole map a task of 110–180 ms or more (traced: React Flow's
 * per-node work ~40 ms, layerizing and painting 5000 elements ~50, layout ~20, hit-testing ~15). Maps of up to a
 * thousand or so actors keep their nodes (cheap enough there).
 */
export const BOXES_FROM = 2000;
/**
 * Below these zooms the connection strip of a node (at least 44 map units high,
 * 48 on touch) would be under 24 px (44 px on touch) on screen: it is then not
 * offered (class map-canvas--no-connect; a pixel of margin for rounding); the inspector's "add a relation" still is.
 */
const TOUCH_CONNECT_MIN_ZOOM = 46 / 48;
/** From this many relations, a zoomed-out view draws them as one simple path (SimpleEdgesLayer). */
const SIMPLE_EDGES_FROM = 300;
const DELETE_KEYS = ['Delete', 'Backspace'];

export function MapCanvas() {
  const { t } = useTranslation();
  const store = useEditorStoreApi();
  const {
    map: wholeMap,
    selection,
    editing,
    connecting,
    presenting,
  } = useEditor(useShallow((s) => ({ map: s.map!, selection: s.selection, editing: s.editing, connecting: s.connecting, presenting: s.presenting })));
  const spec = useEditor(useShallow(selectViewSpec));
  const touch = useCoarsePointer();
  const { screenToFlowPosition, fitBounds, getNodes, setCenter, getZoom } = useReactFlow();
  const zoomedOut = useStore(selectZoomedOut);
  const tiny = useStore(selectTiny);
  const large = wholeMap.actors.length >= BOXES_FROM;
  const boxesOn = tiny && large;
  const focus = useEditor((s) => s.focus?.actor ?? null);
  const noConnect = useStore((s: ReactFlowState) => s.transform[2] < (touch ? TOUCH_CONNECT_MIN_ZOOM : CONNECT_MIN_ZOOM));
  // What the filters, focus and search leave: the canvas draws (and routes around) only what is shown.
  const view = useMemo(() => deriveView(wholeMap, spec), [wholeMap, spec]);
  // During a replay (issue 12) only what was drawn so far.
  const map = useReplayPart(useMemo(() => visiblePart(wholeMap, view), [wholeMap, view]));
  const nodeRole = t('flow.nodeRole');
  const [nodes, setNodesNow] = useState<ActorFlowNode[]>(() => toFlowNodes(map, selection, editing, [], nodeRole, presenting));
  // A large map's nodes mount in batches (useReveal); their sizes reach the nodes once all are in.
  const revealed = useRevealCount(nodes.length);
  const measuring = useMeasurementBatches(setNodesNow, revealed < nodes.length);
  const setNodes = measuring.setNodes;

  useEffect(
    () => setNodes((previous) => toFlowNodes(map, selection, editing, previous, nodeRole, presenting)),
    [map, selection, editing, nodeRole, presenting, setNodes],
  );
  // Open readable: framed to the rings, never below the readable zoom (defaultView); not again, so the user's view stays put.
  // Worked out from the canvas's own box before React Flow mounts, and put in React Flow's store then, so its first
  // render is for the opening view: set in onInit (a task after React Flow's first render), every node, line and label
  // rendered twice, first for zoom 1 (a small map's lines and labels waited for that second render, and a large map
  // rendered all its edges for zoom 1 before its zoomed-out view drew them as one path). In an effect, not a layout
  // effect: the editor around the canvas is drawn in one task and React Flow with the nodes in the next, where a
  // layout effect made both one task of a quarter of a second.
  const flow = useStoreApi();
  const canvas = useRef<HTMLDivElement>(null);
  const [opening, setOpening] = useState<Viewport | null>(null);
  useEffect(() => {
    if (opening) return;
    const box = canvas.current!;
    const current = store.getState().map!;
    // A canvas not laid out (hidden) still gets a view; it is framed for a 1 px box until the user fits it.
    const view = openingViewport(current, Math.max(box.clientWidth, 1), Math.max(box.clientHeight, 1), { touch, centre: centreOf(current) });
    flow.setState({ transform: [view.x, view.y, view.zoom] });
    setOpening(view);
  }, [opening, store, flow, touch]);
  const simpleEdges = zoomedOut && map.relations.length >= SIMPLE_EDGES_FROM;
  const lastEdges = useRef<RelationFlowEdge[]>([]);
  const edges = useMemo(
    () => (lastEdges.current = simpleEdges || !opening ? [] : toFlowEdges(map, selection, t, lastEdges.current)),
    [opening, simpleEdges, map, selection, t],
  );
  const shownNodes = useMemo(() => (revealed >= nodes.length ? nodes : nodes.slice(0, revealed)), [nodes, revealed]);
  // Far-out boxes: the actor that has the keyboard focus stays a node (so does the one Alt+arrow travels to).
  const [focusedActor, setFocusedActor] = useState<string | null>(null);
  const far = useFarBoxes({
    // Not before the opening view is known: React Flow's zoom is 1 until then (nothing is drawn yet either).
    large: large && opening !== null,
    on: boxesOn,
    map,
    nodes,
    view,
    selection: selection.actors,
    editing,
    focus,
    focused: focusedActor,
    theme: presenting ? projectorTheme : screenTheme,
  });
  const selectedRelations = useMemo(() => new Set(selection.relations), [selection.relations]);
  // "Show the whole map": everything, rings included, however small.
  const fitWhole = useCallback(() => void fitBounds(mapBounds(store.getState().map!), { padding: FIT_PADDING, duration: 300 }), [fitBounds, store]);

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
      // Removal goes through onDelete; everything else is applied locally for a smooth drag (sizes a little later, in batches).
      const applied = changes.filter((c) => c.type !== 'remove' && c.type !== 'select');
      if (applied.length > 0 && applied.every((c) => c.type === 'dimensions')) measuring.measured(applied);
      else if (applied.length > 0) setNodes((current) => applyNodeChanges(applied, current));
      const moves = finishedMoves(changes);
      if (moves.size > 0) store.getState().apply((m) => moveActors(m, moves));
      updateSelection(selectionChanges(changes), 'actors');
    },
    [store, updateSelection, measuring, setNodes],
  );

  const onEdgesChange = useCallback((changes: EdgeChange[]) => updateSelection(selectionChanges(changes), 'relations'), [updateSelection]);

  // Whether the current connection gesture drew (or selected) a relation; if not, the user is told.
  const made = useRef(false);
  const onConnectStart: OnConnectStart = useCallback(
    (_event, { nodeId }) => {
      made.current = false;
      // The inspector shows what is selected now: the actor the arrow starts from, never an older relation.
      store.getState().select(nodeId ? { actors: [nodeId], relations: [] } : noSelection);
      store.getState().setConnecting(true);
    },
    [store],
  );
  const onConnect = useCallback((c: Connection) => void (made.current = connectAndSelect(store, c.source, c.target) !== undefined), [store]);

  // Dropping a new arrow anywhere on an actor (not only on its handle) connects to it.
  const onConnectEnd: OnConnectEnd = useCallback(
    (event: globalThis.MouseEvent | TouchEvent, state: FinalConnectionState) => {
      store.getState().setConnecting(false);
      if (!made.current && state.fromNode) {
        const point = 'changedTouches' in event ? event.changedTouches[0] : event;
        // Every element under the pointer, not only the top one: the arrow being drawn ends right there.
        const under = point ? document.elementsFromPoint(point.clientX, point.clientY) : [];
        const targetId = under
          .map((e) => e.closest('.react-flow__node'))
          .find(Boolean)
          ?.getAttribute('data-id');
        if (targetId && targetId !== state.fromNode.id) made.current = connectAndSelect(store, state.fromNode.id, targetId) !== undefined;
      }
      if (!made.current) store.getState().announce('connectMissed');
    },
    [store],
  );

  const onDelete = useCallback(
    ({ nodes: gone, edges: goneEdges }: { nodes: { id: string }[]; edges: { id: string }[] }) =>
      remove(store, { actors: gone.map((n) => n.id), relations: goneEdges.map((e) => e.id) }),
    [store],
  );

  /** The actor drawn as a far-out box at a screen point (none when the boxes are not drawn). */
  const boxAt = useCallback(
    (clientX: number, clientY: number) => (far.boxAt ? far.boxAt(screenToFlowPosition({ x: clientX, y: clientY }), getZoom()) : undefined),
    [far, screenToFlowPosition, getZoom],
  );
  // A click on a far-out box selects its actor (it becomes a node), as a click on a node does; Shift or Ctrl adds it.
  const onPaneClick = useCallback(
    (event: MouseEvent) => {
      const hit = boxAt(event.clientX, event.clientY);
      if (!hit) return store.getState().select(noSelection);
      const current = store.getState().selection.actors;
      const add = event.shiftKey || event.ctrlKey || event.metaKey;
      store.getState().select({ actors: add ? [...current.filter((id) => id !== hit), hit] : [hit], relations: [] });
    },
    [store, boxAt],
  );

  // A double-click on the empty map adds an actor of the type added last (a person at first) where it was clicked.
  const onDoubleClick = useCallback(
    (event: MouseEvent) => {
      if (!(event.target as Element).classList.contains('react-flow__pane')) return;
      // On a far-out box: the actor is there (a double-click on a node adds nothing either).
      if (boxAt(event.clientX, event.clientY)) return;
      const position = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const type = store.getState().lastAddedType;
      addAndEdit(store, { type, name: t(`newActor.${type}`), position });
    },
    [screenToFlowPosition, store, t, boxAt],
  );

  const behaviour: MapBehaviour = useMemo(
    () => ({
      onNodesChange,
      onEdgesChange,
      onConnect,
      onConnectStart,
      onConnectEnd,
      onDelete,
      onPaneClick,
      connectOnClick: false,
      deleteKeyCode: DELETE_KEYS,
    }),
    [onNodesChange, onEdgesChange, onConnect, onConnectStart, onConnectEnd, onDelete, onPaneClick],
  );

  // Presentation: nothing moves, connects, is selected or deleted; a click on an actor focuses it, on the empty map
  // clears the focus; pan and zoom stay. Measured sizes still come in through onNodesChange (dimensions only then).
  const focusActor = useCallback((_event: MouseEvent, node: { id: string }) => store.getState().setFocus({ actor: node.id, depth: 1 }), [store]);
  const clearFocus = useCallback(
    (event: MouseEvent) => {
      const hit = boxAt(event.clientX, event.clientY);
      store.getState().setFocus(hit ? { actor: hit, depth: 1 } : null);
    },
    [store, boxAt],
  );
  // Only sizes come in: no position, selection or removal, whatever React Flow reports.
  const onPresentedNodesChange = useCallback(
    (changes: NodeChange<ActorFlowNode>[]) => {
      const sizes = changes.filter((c) => c.type === 'dimensions');
      if (sizes.length > 0) measuring.measured(sizes);
    },
    [measuring],
  );
  const presentingBehaviour: MapBehaviour = useMemo(
    () => ({
      onNodesChange: onPresentedNodesChange,
      onNodeClick: focusActor,
      onPaneClick: clearFocus,
      nodesDraggable: false,
      nodesConnectable: false,
      elementsSelectable: false,
      edgesReconnectable: false,
      connectOnClick: false,
      deleteKeyCode: null,
      selectionKeyCode: null,
      multiSelectionKeyCode: null,
    }),
    [onPresentedNodesChange, focusActor, clearFocus],
  );

  // The actor's actions: long-press (touch), right button (mouse), Shift+F10 or the menu key (keyboard). Not while presenting.
  const [menuAt, setMenuAt] = useState<ActorMenuAt | null>(null);
  const closeMenu = useCallback(() => setMenuAt(null), []);
  const openMenu = useCallback((actorId: string, x: number, y: number) => setMenuAt({ actorId, x, y }), []);
  // On a far-out box the actor is selected first: it is then a node again, shown as the one the menu acts on.
  const openMenuOn = useCallback(
    (actorId: string, x: number, y: number) => {
      if (far.boxAt && !store.getState().selection.actors.includes(actorId)) store.getState().select({ actors: [actorId], relations: [] });
      openMenu(actorId, x, y);
    },
    [far, store, openMenu],
  );
  const longPress = useLongPress(openMenuOn, !presenting, boxAt);
  const onContextMenu = useCallback(
    (event: MouseEvent) => {
      const actorId = (event.target as Element).closest('.react-flow__node')?.getAttribute('data-id') ?? boxAt(event.clientX, event.clientY);
      if (!actorId || presenting) return;
      event.preventDefault();
      openMenuOn(actorId, event.clientX, event.clientY);
    },
    [openMenuOn, presenting, boxAt],
  );

  /**
   * Keyboard travel between actors (React Flow's nodes take the focus with Tab): Alt+arrow goes to the nearest actor
   * that way and selects it; a plain arrow does the same without selecting while the focused actor is not selected
   * (a selected one is moved by the arrows, React Flow's own behaviour, left alone). Presenting: only Alt+arrow,
   * since the arrows step through the saved views. Shift+F10 or the menu key opens the actor's actions.
   */
  const onKeyDownCapture = useCallback(
    (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      const id = target.classList.contains('react-flow__node') ? target.getAttribute('data-id') : null;
      if (!id) return;
      if (!presenting && (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey))) {
        event.preventDefault();
        event.stopPropagation();
        const box = target.getBoundingClientRect();
        openMenu(id, box.left + box.width / 2, box.top + box.height / 2);
        return;
      }
      const direction = arrowDirection(event.key);
      if (!direction || event.ctrlKey || event.metaKey) return;
      const selected = store.getState().selection.actors.includes(id);
      if (!event.altKey && (presenting || selected)) return;
      event.preventDefault();
      event.stopPropagation();
      // Far-out boxes: most actors are no nodes; their places are in the map.
      const placed = boxesOn
        ? map.actors.map((a) => ({ id: a.id, x: a.position?.x ?? 0, y: a.position?.y ?? 0 }))
        : getNodes().map((n) => ({ id: n.id, x: n.position.x, y: n.position.y }));
      const from = placed.find((n) => n.id === id);
      const next = from ? nearestInDirection(from, placed, direction) : undefined;
      if (!next) {
        store.getState().announce('noneThatWay');
        return;
      }
      if (event.altKey && !presenting) store.getState().select({ actors: [next], relations: [] });
      // Kept as a node while far-out boxes are drawn, so it can take the focus.
      if (boxesOn) setFocusedActor(next);
      const container = target.parentElement;
      const find = () => container?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(next)}"]`);
      const element = find();
      if (element) {
        element.focus();
        return;
      }
      // On a large map only actors on screen are drawn (onlyRenderVisibleElements): bring the next one into view,
      // then focus it once React Flow has drawn it.
      const to = placed.find((n) => n.id === next)!;
      // (Far-out boxes: the next one is kept as a node, drawn in a frame; the view moves only if it is off screen.)
      const { transform, width, height } = flow.getState();
      const [sx, sy] = [to.x * transform[2] + transform[0], to.y * transform[2] + transform[1]];
      if (!boxesOn || sx < 0 || sy < 0 || sx > width || sy > height) void setCenter(to.x, to.y, { zoom: getZoom() });
      let tries = 0;
      const focusWhenDrawn = () => {
        const drawn = find();
        if (drawn) drawn.focus();
        else if (tries++ < 60) requestAnimationFrame(focusWhenDrawn);
      };
      requestAnimationFrame(focusWhenDrawn);
    },
    [getNodes, getZoom, setCenter, openMenu, presenting, store, boxesOn, map, flow],
  );
  // Which actor has the keyboard focus (far-out boxes keep it a node, so zooming out does not take the focus away).
  const onFocusCapture = useCallback((event: { target: EventTarget }) => {
    const id = (event.target as Element).classList?.contains('react-flow__node') ? (event.target as Element).getAttribute('data-id') : null;
    if (id) setFocusedActor(id);
  }, []);

  const classes = [
    'map-canvas',
    presenting && 'map-canvas--presenting',
    zoomedOut && 'map-canvas--far',
    tiny && 'map-canvas--tiny',
    noConnect && 'map-canvas--no-connect',
    connecting && 'map-canvas--connecting',
  ];
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: double-click on the empty map is a pointer shortcut; the toolbar and N/G/O keys do the same.
    <div
      ref={canvas}
      className={classes.filter(Boolean).join(' ')}
      onDoubleClick={presenting ? undefined : onDoubleClick}
      onKeyDownCapture={onKeyDownCapture}
      onFocusCapture={onFocusCapture}
      onContextMenu={onContextMenu}
      {...longPress}
    >
      {opening ? (
        <MapView
          map={map}
          opening={opening}
          nodes={far.nodes ?? shownNodes}
          sizedNodes={nodes}
          farBoxes={far.layer}
          edges={edges}
          selectedRelations={selectedRelations}
          dimming={view}
          simpleEdges={simpleEdges}
          labels={!zoomedOut || selectedRelations.size > 0}
          onFit={fitWhole}
          theme={presenting ? projectorTheme : screenTheme}
          behaviour={presenting ? presentingBehaviour : behaviour}
        />
      ) : null}
      {wholeMap.actors.length <= 1 && !presenting ? <p className="map-canvas__hint">{t(touch ? 'canvas.emptyHintTouch' : 'canvas.emptyHint')}</p> : null}
      <ConnectStatus />
      <SizeLegend />
      <RoundsOverlay />
      {menuAt ? <ActorMenu at={menuAt} onClose={closeMenu} /> : null}
    </div>
  );
}
