/**
 * The direction glyph in a relation's label, read from the line as drawn: it
 * points where the line's head points on the map, not where the stored
 * source → target order would point. A relation stored Kela → me but drawn
 * right to left says "←", as its arrowhead does. Mostly horizontal lines get
 * → ← ↔, mostly vertical ones ↓ ↑ ↕ (screen y grows downwards). Words for screen
 * readers ("Kela → Aino") still come from the stored order; only the picture
 * follows the drawing. Canvas and exported picture both call this.
 */
import type { Direction } from '../model';
import type { Curve } from './geometry';

export type Glyph = '→' | '←' | '↔' | '↓' | '↑' | '↕';

/**
 * The glyph for a relation drawn along `curve` (from the source's centre to the
 * target's) with heads where `direction` puts them. The line's overall heading
 * is its chord, centre to centre; at exactly 45° it counts as horizontal.
 */
export function directionGlyph(curve: Curve, direction: Direction): Glyph {
  const dx = curve.p3.x - curve.p0.x;
  const dy = curve.p3.y - curve.p0.y;
  const horizontal = Math.abs(dx) >= Math.abs(dy);
  if (direction === 'both') return horizontal ? '↔' : '↕';
  // The head is at the target for 'forward', at the source for 'backward'.
  const sign = direction === 'forward' ? 1 : -1;
  if (horizontal) return dx * sign >= 0 ? '→' : '←';
  return dy * sign >= 0 ? '↓' : '↑';
}
