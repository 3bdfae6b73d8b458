/**
 * The map as a picture on screen: nodes, arrows, labels, rings and the view
 * controls, drawn from what it is given. It holds no editing behaviour; the
 * editor (MapCanvas) passes its handlers in `behaviour`, a presentation would
 * pass none.
 */
import { ControlButton, Controls, ReactFlow, useStoreApi, type ReactFlowProps } from '@xyflow/react';
import { useShortcutsHelp } from '../store/shortcutsHelp';
import { useEffect, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { centreOf, schemeOf, type DerivedView, type MapDoc } from '../model';
import { type Scene, screenTheme, type Theme, themeVariables } from '../render';
import { ActorNode } from './ActorNode';
import type { Viewport } from './defaultView';
import { DimmingStyle } from './DimmingStyle';
import { FarActorsLayer } from './FarActorsLayer';
import type { FarBox } from './farBoxes';
import { FocusGlide } from './FocusGlide';
import { flowAriaLabels } from './flowAriaLabels';
import { MapLegend } from './MapLegend';
import type { ActorFlowNode, RelationFlowEdge } from './flowTypes';
import { RelationEdge } from './RelationEdge';
import { RelationLabels } from './RelationLabels';
import { RingsLayer } from './RingsLayer';
import { SimpleEdgesLayer } from './SimpleEdgesLayer';
import { TiesLayer } from './TiesLayer';
import { useAfterFirstTask } from './useAfterFirstTask';
import { ThemeContext } from './ThemeContext';
import { CanvasTranslation, cachingT } from './canvasTranslation';
import { SceneContext, SceneStore, SceneStoreContext, useScene } from './useScene';

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
  /** The visual encoding (render/theme): the editor uses `screen`, a presentation `projector`. */
  theme?: Theme;
  selectedRelations: ReadonlySet<string>;
  /** What is drawn faintly (model/view): dimmed by one style sheet (DimmingStyle). */
  dimming?: DerivedView;
  /** Draw relations as one simple path (very large maps, zoomed out). */
  simpleEdges: boolean;
  /** The view the map opens with (React Flow's first viewport). */
  opening: Viewport;
  /**
   * Whether this view shows relation labels (false: zoomed too far out, none selected; their spots are worked
   * out a little later).
   */
  labels: boolean;
  /** "Show the whole map" (the fit-view control). */
  onFit: () => void;
  /**
   * Very large maps seen from far: the actors drawn as boxes in one layer (FarActorsLayer) instead of nodes;
   * `nodes` then holds only the few kept as nodes, `sizedNodes` all of them (their measured sizes).
   */
  farBoxes?: { boxes: readonly FarBox[]; dimmed: ReadonlySet<string> } | null;
  sizedNodes?: ActorFlowNode[];
  behaviour?: MapBehaviour;
  children?: ReactNode;
}

/**
 * Keeps the zoom in a CSS custom property (`--zoom`) on the flow element, so CSS
 * can keep connection targets a fixed size on screen (calc(24px / var(--zoom)))
 * without a React render per zoom step. Written at most every ZOOM_REST_MS: a
 * custom property on the root restyles every node, and doing that on every
 * frame of a pinch or wheel zoom costs a large map its frame rate.
 */
/** Long enough to skip most frames of a zoom gesture, short enough that the strip has its size when the hand stops. */
const ZOOM_REST_MS = 120;
/**
 * Below this zoom no connection strip is offered (MapCanvas, class map-canvas--no-connect), and the strip is all that
 * reads `--zoom`: it is not written there. Each write restyled every node: on a zoomed-out 5000-actor map a task of
 * ~140 ms after every wheel step, for nothing on screen. The value is written again when the view comes nearer.
 */
export const CONNECT_MIN_ZOOM = 25 / 44;

function ZoomVariable() {
  const api = useStoreApi();
  useEffect(() => {
    let last = Number.NaN;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const write = () => {
      timer = undefined;
      const { domNode, transform } = api.getState();
      if (!domNode || transform[2] === last || transform[2] < CONNECT_MIN_ZOOM) return;
      last = transform[2];
      domNode.style.setProperty('--zoom', String(last));
    };
    write();
    const unsubscribe = api.subscribe((state) => {
      if (state.transform[2] === last || timer !== undefined) return;
      timer = setTimeout(write, ZOOM_REST_MS);
    });
    return () => {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [api]);
  return null;
}

/** The same picture as React Flow's fit-view icon. */
function FitIcon() {
  return (
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 30" aria-hidden="true">
      <path d="M3.692 4.63c0-.53.4-.938.939-.938h5.215V0H4.708C2.13 0 0 2.054 0 4.63v5.216h3.692V4.631zM27.354 0h-5.2v3.692h5.17c.53 0 .984.4.984.939v5.215H32V4.631A4.624 4.624 0 0027.354 0zm.954 24.83c0 .532-.4.94-.939.94h-5.215v3.768h5.215c2.577 0 4.631-2.13 4.631-4.707v-5.139h-3.692v5.139zm-23.677.94c-.531 0-.939-.4-.939-.94v-5.138H0v5.139c0 2.577 2.13 4.707 4.708 4.707h5.138V25.77H4.631z" />
    </svg>
  );
}

/** The scene and the theme, for the edges and layers React Flow renders itself (they are not our children). */
function CanvasContexts({ scene, theme, children }: { scene: Scene; theme: Theme; children: ReactNode }) {
  const { t: translate } = useTranslation();
  const t = useMemo(() => cachingT(translate), [translate]);
  const [store] = useState(() => new SceneStore());
  // Set before the children render (they read it), announced after the commit to the edges that did not re-render.
  store.scene = scene;
  useLayoutEffect(() => store.publish(scene), [store, scene]);
  return (
    <CanvasTranslation.Provider value={t}>
      <ThemeContext.Provider value={theme}>
        <SceneStoreContext.Provider value={store}>
          <SceneContext.Provider value={scene}>{children}</SceneContext.Provider>
        </SceneStoreContext.Provider>
      </ThemeContext.Provider>
    </CanvasTranslation.Provider>
  );
}

export function MapView({
  map,
  opening,
  theme = screenTheme,
  nodes,
  edges,
  selectedRelations,
  dimming,
  simpleEdges,
  labels,
  onFit,
  farBoxes = null,
  sizedNodes = nodes,
  behaviour,
  children,
}: MapViewProps) {
  const { t } = useTranslation();
  const ariaLabels = useMemo(() => flowAriaLabels(t), [t]);
  const openShortcuts = useShortcutsHelp((s) => s.setOpen);
  // Curves, heads and label spots for the whole map, shared by edges and labels (the same the picture uses):
  // rebuilt when the map or a measured size changes, not when the selection does.
  const estimated = farBoxes !== null;
  const sized = useMemo(() => ({ nodes: sizedNodes, estimated }), [sizedNodes, estimated]);
  const { scene, ready } = useScene(map, theme, simpleEdges ? selectedRelations : null, labels, sized);
  // The theme's values as CSS custom properties, read by app.css for nodes and labels.
  const style = useMemo(() => themeVariables(theme), [theme]);
  // A very large map opened far out draws its relations' one path a task after React Flow takes its nodes (useAfterFirstTask).
  const opened = useAfterFirstTask();
  return (
    <CanvasContexts scene={scene} theme={theme}>
      <ReactFlow<ActorFlowNode, RelationFlowEdge>
        style={style}
        // Whether every line and label for this view is drawn (or still being worked out): for tests and the benchmark.
        data-scene={ready ? 'ready' : 'pending'}
        // Whether the labels' spots are worked out ("later": zoomed too far out to read them, placed in a moment).
        data-labels={scene.labelled === false ? 'later' : 'placed'}
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        nodeOrigin={NODE_ORIGIN}
        defaultViewport={opening}
        zoomOnDoubleClick={false}
        // A very large map opens below the usual lowest zoom, to show all of it: the user can always zoom back out that far.
        minZoom={Math.min(MIN_ZOOM, opening.zoom)}
        maxZoom={MAX_ZOOM}
        // The whole-map picture is drawn from the model (io/mapSvg), so it never needs off-screen DOM.
        onlyRenderVisibleElements={map.actors.length >= VISIBLE_ONLY_FROM}
        aria-label={t('canvas.label', { title: map.title })}
        ariaLabelConfig={ariaLabels}
        proOptions={{ hideAttribution: true }}
        {...behaviour}
      >
        <ZoomVariable />
        {map.kind === 'personal' ? <RingsLayer centre={centreOf(map)} theme={theme} sectors={schemeOf(map)} /> : null}
        {/* After the rings, so above them; beneath the relations (both sit at z-index -1 in the viewport). */}
        <TiesLayer theme={theme} />
        {simpleEdges && opened ? <SimpleEdgesLayer map={map} /> : null}
        {farBoxes ? <FarActorsLayer boxes={farBoxes.boxes} dimmed={farBoxes.dimmed} /> : null}
        <RelationLabels map={map} selected={selectedRelations} />
        {dimming ? <DimmingStyle view={dimming} /> : null}
        {/* React Flow's own fit button also runs its node-only fitView after ours (rings cut off): use our own.
            A row at the top left: a personal map opens centred on "me", so the far corners hold outer-ring actors on a
            tablet or phone, and the bottom has the hint and the legend; the top left is where the review's maps were empty. */}
        <Controls showInteractive={false} showFitView={false} position="top-left" orientation="horizontal">
          <ControlButton className="react-flow__controls-fitview" onClick={onFit} title={t('flow.fitView')} aria-label={t('flow.fitView')}>
            <FitIcon />
          </ControlButton>
          {/* Beside the map's own controls, so it is there while presenting too (the toolbar is not): the keys, `?`. */}
          <ControlButton
            className="map-controls__help"
            onClick={() => openShortcuts(true)}
            title={`${t('keys.open')} (?)`}
            aria-label={t('keys.open')}
            aria-keyshortcuts="?"
            aria-haspopup="dialog"
          >
            <span aria-hidden="true">?</span>
          </ControlButton>
        </Controls>
        <MapLegend theme={theme} />
        <FocusGlide map={map} />
        {children}
      </ReactFlow>
    </CanvasContexts>
  );
}
