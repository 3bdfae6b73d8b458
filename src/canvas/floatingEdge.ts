import type { InternalNode } from '@xyflow/react';

type Point = { x: number; y: number };
/** A node's box as centre and half sizes. */
export type CentredBox = { cx: number; cy: number; hw: number; hh: number };

/** Gap between an arrow head and the node border, so the head stays visible. */
const BORDER_GAP = 3;

/** Where the line between two box centres leaves the first box. */
function exitPoint(from: CentredBox, to: CentredBox): Point {
  const dx = to.cx - from.cx;
  const dy = to.cy - from.cy;
  if (dx === 0 && dy === 0) return { x: from.cx, y: from.cy };
  const scale = 1 / Math.max(Math.abs(dx) / from.hw, Math.abs(dy) / from.hh);
  return { x: from.cx + dx * scale, y: from.cy + dy * scale };
}

/**
 * End points of a straight arrow between the borders of two boxes (React Flow's
 * floating-edge recipe). The canvas and the exported picture both use it.
 */
export function arrowBetween(a: CentredBox, b: CentredBox): { from: Point; to: Point } {
  const grow = (box: CentredBox) => ({ ...box, hw: box.hw + BORDER_GAP, hh: box.hh + BORDER_GAP });
  return { from: exitPoint(grow(a), b), to: exitPoint(grow(b), a) };
}

function boxOf(node: InternalNode): CentredBox {
  const width = node.measured.width ?? 0;
  const height = node.measured.height ?? 0;
  const { x, y } = node.internals.positionAbsolute;
  return { cx: x + width / 2, cy: y + height / 2, hw: width / 2, hh: height / 2 };
}

export function floatingEdgeEnds(source: InternalNode, target: InternalNode): { from: Point; to: Point } {
  return arrowBetween(boxOf(source), boxOf(target));
}
