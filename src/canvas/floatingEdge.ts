import type { InternalNode } from '@xyflow/react';

type Point = { x: number; y: number };

/** Gap between an arrow head and the node border, so the head stays visible. */
const BORDER_GAP = 3;

function box(node: InternalNode) {
  const width = node.measured.width ?? 0;
  const height = node.measured.height ?? 0;
  const { x, y } = node.internals.positionAbsolute;
  return { cx: x + width / 2, cy: y + height / 2, hw: width / 2 + BORDER_GAP, hh: height / 2 + BORDER_GAP };
}

/** Where the line between two node centres leaves the first node's box. */
function exitPoint(from: ReturnType<typeof box>, to: ReturnType<typeof box>): Point {
  const dx = to.cx - from.cx;
  const dy = to.cy - from.cy;
  if (dx === 0 && dy === 0) return { x: from.cx, y: from.cy };
  const scale = 1 / Math.max(Math.abs(dx) / from.hw, Math.abs(dy) / from.hh);
  return { x: from.cx + dx * scale, y: from.cy + dy * scale };
}

/** End points of a straight arrow between the borders of two nodes (React Flow's floating-edge recipe). */
export function floatingEdgeEnds(source: InternalNode, target: InternalNode): { from: Point; to: Point } {
  const s = box(source);
  const t = box(target);
  return { from: exitPoint(s, t), to: exitPoint(t, s) };
}
