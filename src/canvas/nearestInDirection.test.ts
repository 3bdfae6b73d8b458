import { describe, expect, it } from 'vitest';
import { arrowDirection, nearestInDirection } from './nearestInDirection';

const me = { id: 'me', x: 0, y: 0 };
const actors = [me, { id: 'right-far', x: 300, y: 0 }, { id: 'right-off', x: 120, y: 100 }, { id: 'up', x: 10, y: -200 }, { id: 'down', x: -20, y: 150 }];

describe('nearestInDirection', () => {
  it('goes to the actor most nearly in line, never to one more sideways than ahead', () => {
    // right-off: 120 ahead, 100 across → 320; right-far: 300 ahead, 0 across → 300.
    expect(nearestInDirection(me, actors, 'right')).toBe('right-far');
    expect(nearestInDirection(me, actors, 'up')).toBe('up');
    expect(nearestInDirection(me, actors, 'down')).toBe('down');
  });

  it('finds nothing where no actor lies that way', () => {
    expect(nearestInDirection(me, actors, 'left')).toBeUndefined();
    expect(nearestInDirection(me, [me], 'right')).toBeUndefined();
  });

  it('reads the arrow keys and nothing else', () => {
    expect(arrowDirection('ArrowLeft')).toBe('left');
    expect(arrowDirection('a')).toBeUndefined();
  });
});
