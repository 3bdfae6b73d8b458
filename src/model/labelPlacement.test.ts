import { describe, expect, it } from 'vitest';
import { placeLabels } from './labelPlacement';

describe('placeLabels', () => {
  it('puts a lone label in the middle of its arrow', () => {
    const spots = placeLabels([{ id: 'a', from: { x: 0, y: 0 }, to: { x: 200, y: 0 }, width: 60, height: 20 }]);
    expect(spots.get('a')).toEqual({ x: 100, y: 0 });
  });

  it('moves a second label along its arrow when the middle is taken', () => {
    const spots = placeLabels([
      { id: 'a', from: { x: 0, y: 0 }, to: { x: 400, y: 0 }, width: 80, height: 20 },
      { id: 'b', from: { x: 0, y: 10 }, to: { x: 400, y: -10 }, width: 80, height: 20 },
    ]);
    const a = spots.get('a')!;
    const b = spots.get('b')!;
    const apart = Math.abs(a.x - b.x) * 2 >= 160 || Math.abs(a.y - b.y) * 2 >= 40;
    expect(apart).toBe(true);
  });
});
