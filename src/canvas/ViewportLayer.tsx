/**
 * React Flow's <ViewportPortal>, with the portal element looked up once per
 * flow. Its own version runs `domNode.querySelector` on every store update (every
 * pan frame, every batch of measured nodes) in every layer that uses it; the
 * portal element sits after all nodes, so on a 5000-actor map each look-up walks
 * the whole node tree: a fifth of a second of a large map's opening.
 */
import { type ReactFlowState, useStore } from '@xyflow/react';
import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';

const portals = new WeakMap<HTMLElement, Element | null>();

const selectPortal = (s: ReactFlowState): Element | null => {
  const root = s.domNode;
  if (!root) return null;
  let found = portals.get(root);
  // Not cached while missing: the viewport is rendered after the first store update.
  if (!found?.isConnected) {
    found = root.querySelector('.react-flow__viewport-portal');
    if (found) portals.set(root, found);
  }
  return found ?? null;
};

export function ViewportLayer({ children }: { children: ReactNode }) {
  const target = useStore(selectPortal);
  return target ? createPortal(children, target) : null;
}
