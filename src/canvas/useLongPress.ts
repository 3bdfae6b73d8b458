import { useCallback, useEffect, useRef, type PointerEvent } from 'react';

/** How long a finger rests on an actor before its actions open (the platforms' usual long-press). */
export const LONG_PRESS_MS = 500;
/** A finger that moves further than this is dragging or panning, not pressing. */
const SLOP_PX = 10;

/**
 * Long-press on an actor by touch or pen: `onLongPress(actorId, x, y)` after LONG_PRESS_MS without moving, lifting
 * or a second finger. The mouse has its right button (contextmenu) instead. Returns capture-phase handlers for the
 * canvas element, so React Flow's own drag and pan handling is left untouched.
 */
export function useLongPress(
  onLongPress: (actorId: string, x: number, y: number) => void,
  enabled: boolean,
  /** The actor at a screen point that is drawn without a node (far-out boxes), if any. */
  actorAt?: (x: number, y: number) => string | undefined,
) {
  const press = useRef<{ id: number; x: number; y: number; timer: number } | null>(null);
  const fingers = useRef(new Set<number>());
  const cancel = useCallback(() => {
    if (press.current) window.clearTimeout(press.current.timer);
    press.current = null;
  }, []);
  useEffect(() => cancel, [cancel]);

  const onPointerDownCapture = useCallback(
    (event: PointerEvent) => {
      fingers.current.add(event.pointerId);
      cancel();
      if (!enabled || event.pointerType === 'mouse' || fingers.current.size > 1) return;
      const node = (event.target as Element).closest('.react-flow__node');
      const { clientX: x, clientY: y } = event;
      const actorId = node?.getAttribute('data-id') ?? actorAt?.(x, y);
      if (!actorId) return;
      press.current = { id: event.pointerId, x, y, timer: window.setTimeout(() => onLongPress(actorId, x, y), LONG_PRESS_MS) };
    },
    [cancel, enabled, onLongPress, actorAt],
  );
  const onPointerMoveCapture = useCallback(
    (event: PointerEvent) => {
      const current = press.current;
      if (current && current.id === event.pointerId && Math.hypot(event.clientX - current.x, event.clientY - current.y) > SLOP_PX) cancel();
    },
    [cancel],
  );
  const onPointerEndCapture = useCallback(
    (event: PointerEvent) => {
      fingers.current.delete(event.pointerId);
      if (press.current?.id === event.pointerId) cancel();
    },
    [cancel],
  );
  return { onPointerDownCapture, onPointerMoveCapture, onPointerUpCapture: onPointerEndCapture, onPointerCancelCapture: onPointerEndCapture };
}
