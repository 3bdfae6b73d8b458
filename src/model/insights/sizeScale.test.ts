import { expect, it } from 'vitest';
import { computeInsights } from './computeInsights';
import { MAX_SIZE_SCALE, sizeScale } from './sizeScale';
import { graphMap } from './testMaps';

it('sizes the actor with the highest figure largest and one with none at normal size', () => {
  const insights = computeInsights(graphMap(['h', 'a', 'b', 'c', 'x'], ['h-a', 'h-b', 'h-c', 'a-b']));
  const byDegree = sizeScale(insights, 'degree');
  const expected = { h: MAX_SIZE_SCALE, a: 1 + (MAX_SIZE_SCALE - 1) * (2 / 3), b: 1 + (MAX_SIZE_SCALE - 1) * (2 / 3), c: 1 + (MAX_SIZE_SCALE - 1) / 3, x: 1 };
  expect(Object.keys(byDegree)).toEqual(Object.keys(expected));
  for (const [id, value] of Object.entries(expected)) expect(byDegree[id]).toBeCloseTo(value, 12);
  expect(sizeScale(insights, 'betweenness').h).toBe(MAX_SIZE_SCALE);
  expect(sizeScale(insights, 'betweenness').a).toBe(1);
  expect(sizeScale(computeInsights(graphMap(['a', 'b'], [])), 'degree')).toEqual({ a: 1, b: 1 });
});
