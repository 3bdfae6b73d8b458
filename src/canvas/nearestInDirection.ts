/**
 * Keyboard travel on the map: from one actor to the nearest other actor in the
 * direction of an arrow key. Pure geometry on the actors' centres, so it can be
 * tested without a browser.
 */
export type ArrowDirection = 'up' | 'down' | 'left' | 'right';

export interface Placed {
  id: string;
  x: number;
  y: number;
}

const ARROWS: Record<string, ArrowDirection> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

export function arrowDirection(key: string): ArrowDirection | undefined {
  return ARROWS[key];
}

/**
 * The actor nearest in that direction: only actors within 45° either side of it count (so "right" never jumps to
 * one straight above), and sideways distance weighs double, so the one most nearly in line wins over a closer one
 * off to the side. Undefined when there is none that way.
 */
export function nearestInDirection(from: Placed, others: readonly Placed[], direction: ArrowDirection): string | undefined {
  let best: { id: string; score: number } | undefined;
  for (const other of others) {
    if (other.id === from.id) continue;
    const dx = other.x - from.x;
    const dy = other.y - from.y;
    const along = direction === 'right' ? dx : direction === 'left' ? -dx : direction === 'down' ? dy : -dy;
    const across = Math.abs(direction === 'left' || direction === 'right' ? dy : dx);
    if (along <= 0 || across > along) continue;
    const score = along + 2 * across;
    if (!best || score < best.score) best = { id: other.id, score };
  }
  return best?.id;
}
