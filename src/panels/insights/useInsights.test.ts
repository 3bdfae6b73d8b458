import { expect, it } from 'vitest';
import { graphMap } from '../../model/insights/testMaps';
import { structureKey } from './useInsights';

it('recomputes insights when the structure changes, not when an actor moves or is renamed', () => {
  const map = graphMap(['a', 'b', 'c'], ['a-b', 'b>c']);
  const key = structureKey(map);
  const moved = { ...map, actors: map.actors.map((a) => ({ ...a, name: `${a.name}!`, position: { x: 5, y: 5 } })) };
  expect(structureKey(moved)).toBe(key);
  expect(structureKey({ ...map, relations: map.relations.map((r) => ({ ...r, direction: 'both' as const })) })).not.toBe(key);
  expect(structureKey({ ...map, relations: map.relations.slice(1) })).not.toBe(key);
  expect(structureKey({ ...map, relations: map.relations.map((r) => ({ ...r, weight: 2 })) })).not.toBe(key);
  expect(structureKey({ ...map, actors: map.actors.slice(0, 2) })).not.toBe(key);
});
