/**
 * The baseline of the benchmark: a bare React Flow page drawing the same graph
 * as the app, written the way React Flow's documentation recommends (custom
 * memoised nodes registered once, built-in straight edges with labels and
 * arrow markers, PNG export with getNodesBounds + getViewportForBounds +
 * html-to-image's toPng). No store, no persistence, no i18n.
 *
 * The runner injects the map file as `window.__GRAPH__` (a JSON string) before
 * the page loads. The "Export PNG" button exports, like the app's toolbar
 * button, and leaves the promise of the result in `window.__bare.lastExport`
 * (started by a real click, so the browser counts its long tasks as it does
 * the app's; work started by the runner's page.evaluate is not reported).
 */
import {
  getNodesBounds,
  getViewportForBounds,
  Handle,
  MarkerType,
  Panel,
  Position,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  type Edge,
  type Node,
  type NodeProps,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { toPng } from 'html-to-image';
import { memo } from 'react';
import { createRoot } from 'react-dom/client';
import './bare.css';

type Direction = 'forward' | 'backward' | 'both';
interface MapFile {
  map: {
    actors: { id: string; name: string; type: string; position?: { x: number; y: number } }[];
    relations: { id: string; source: string; target: string; direction: Direction; topics: string[]; methods: string[] }[];
  };
}
type ActorNodeType = Node<{ name: string; type: string }, 'actor'>;
type PngResult = { bytes: number; width: number; height: number };

declare global {
  interface Window {
    __GRAPH__?: string;
    __bare?: { lastExport?: Promise<PngResult> };
  }
}

const EDGE_COLOUR = '#1f6f8b';
const MARGIN = 40;

const ActorNode = memo(function ActorNode({ data }: NodeProps<ActorNodeType>) {
  return (
    <div className={`bare-node bare-node--${data.type}`}>
      <Handle type="target" position={Position.Top} />
      {data.name}
      <Handle type="source" position={Position.Right} />
    </div>
  );
});
const nodeTypes = { actor: ActorNode };
const NODE_ORIGIN: [number, number] = [0.5, 0.5];

function toFlow(file: MapFile): { nodes: ActorNodeType[]; edges: Edge[] } {
  const nodes = file.map.actors.map((a) => ({
    id: a.id,
    type: 'actor' as const,
    position: a.position ?? { x: 0, y: 0 },
    data: { name: a.name, type: a.type },
  }));
  const marker = { type: MarkerType.ArrowClosed, width: 18, height: 18, color: EDGE_COLOUR };
  const edges = file.map.relations.map((r) => ({
    id: r.id,
    source: r.source,
    target: r.target,
    type: 'straight',
    label: `${r.topics.join(', ')} — ${r.methods.join(' · ')}`,
    style: { stroke: EDGE_COLOUR, strokeWidth: 1.6 },
    markerEnd: r.direction !== 'backward' ? marker : undefined,
    markerStart: r.direction !== 'forward' ? marker : undefined,
  }));
  return { nodes, edges };
}

/** React Flow's "download image" recipe, sized to the whole map at zoom 1 as the app does. */
function ExportButton() {
  const { getNodes } = useReactFlow();
  const exportPng = async (): Promise<PngResult> => {
    const bounds = getNodesBounds(getNodes());
    const width = Math.ceil(bounds.width + 2 * MARGIN);
    const height = Math.ceil(bounds.height + 2 * MARGIN);
    const viewport = getViewportForBounds(bounds, width, height, 1, 1, 0);
    const dataUrl = await toPng(document.querySelector<HTMLElement>('.react-flow__viewport')!, {
      backgroundColor: '#ffffff',
      width,
      height,
      pixelRatio: 2,
      style: { width: `${width}px`, height: `${height}px`, transform: `translate(${viewport.x}px, ${viewport.y}px) scale(${viewport.zoom})` },
    });
    return describePng(dataUrl);
  };
  return (
    <Panel position="top-right">
      <button type="button" onClick={() => void (window.__bare = { lastExport: exportPng() })}>
        Export PNG
      </button>
    </Panel>
  );
}

/** Size in bytes and pixel dimensions (from the IHDR chunk) without sending the image to the runner. */
function describePng(dataUrl: string) {
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  const head = Uint8Array.from(atob(base64.slice(0, 32)), (c) => c.charCodeAt(0));
  const view = new DataView(head.buffer);
  return { bytes: (base64.length * 3) / 4 - padding, width: view.getUint32(16), height: view.getUint32(20) };
}

function Flow({ file }: { file: MapFile }) {
  const { nodes, edges } = toFlow(file);
  return (
    <ReactFlow
      defaultNodes={nodes}
      defaultEdges={edges}
      nodeTypes={nodeTypes}
      nodeOrigin={NODE_ORIGIN}
      minZoom={0.1}
      maxZoom={3}
      fitView
      fitViewOptions={{ padding: 0.04 }}
      zoomOnDoubleClick={false}
      proOptions={{ hideAttribution: true }}
    >
      <ExportButton />
    </ReactFlow>
  );
}

const file = JSON.parse(window.__GRAPH__ ?? '{"map":{"actors":[],"relations":[]}}') as MapFile;
createRoot(document.getElementById('root')!).render(
  <ReactFlowProvider>
    <div style={{ width: '100vw', height: '100vh' }}>
      <Flow file={file} />
    </div>
  </ReactFlowProvider>,
);
