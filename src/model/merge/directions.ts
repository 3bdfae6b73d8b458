import type { Direction } from '../vocabulary';

/** A direction as seen from the other end: → becomes ←; ↔ stays. */
export function reverse(direction: Direction): Direction {
  return direction === 'forward' ? 'backward' : direction === 'backward' ? 'forward' : 'both';
}

/** Two drawings of one relation: the same direction stays, any two different ones make ↔. */
export function combine(a: Direction, b: Direction): Direction {
  return a === b ? a : 'both';
}
