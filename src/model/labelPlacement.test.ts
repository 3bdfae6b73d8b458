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

describe('placeLabels on a large map', () => {
  it('places 3000 labels quickly and gives every relation a spot', () => {
    const requests = Array.from({ length: 3000 }, (_, i) => {
      const x = (i % 40) * 220;
      const y = Math.floor(i / 40) * 160;
      return { id: `r${i}`, from: { x, y }, to: { x: x + 220 * ((i % 3) - 1), y: y + 160 }, width: 120, height: 30 };
    });
    const started = performance.now();
    const spots = placeLabels(requests);
    const elapsed = performance.now() - started;
    console.log(`placeLabels: 3000 labels in ${elapsed.toFixed(0)} ms`);
    expect(spots.size).toBe(3000);
  });

  it('never puts two labels on the same spot when there is room', () => {
    const requests = Array.from({ length: 6 }, (_, i) => ({ id: `r${i}`, from: { x: 0, y: i * 5 }, to: { x: 1000, y: i * 5 }, width: 80, height: 20 }));
    const spots = [...placeLabels(requests).values()];
    for (let a = 0; a < spots.length; a++)
      for (let b = a + 1; b < spots.length; b++) {
        const apart = Math.abs(spots[a]!.x - spots[b]!.x) * 2 >= 160 || Math.abs(spots[a]!.y - spots[b]!.y) * 2 >= 40;
        expect(apart, `${a} and ${b}`).toBe(true);
      }
  });
});
