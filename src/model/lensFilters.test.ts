import { describe, expect, it } from 'vitest';
import { createActor, createMap, createRelation, type MapDoc } from './index';
import { filterOptions, isShown, toggleListed, toggleShown, toggleWeight, weightShown, withFilter } from './lensFilters';

const TYPES = ['person', 'group', 'organisation'] as const;

describe('legend toggles', () => {
  it('hiding a class with no filter lists every other class the map has', () => {
    expect(toggleShown(undefined, 'person', TYPES)).toEqual(['group', 'organisation']);
    expect(isShown(['group', 'organisation'], 'person')).toBe(false);
    expect(isShown(undefined, 'person')).toBe(true);
  });
  it('showing the last hidden class removes the filter', () => {
    expect(toggleShown(['group', 'organisation'], 'person', TYPES)).toBeUndefined();
  });
  it('never hides the last shown class (an empty list would show everything)', () => {
    expect(toggleShown(['group'], 'group', TYPES)).toEqual(['group']);
  });
  it('weights hide from the lightest up', () => {
    expect(toggleWeight(undefined, 1)).toBe(2);
    expect(weightShown(2, 1)).toBe(false);
    expect(weightShown(2, 3)).toBe(true);
    expect(toggleWeight(3, 2)).toBe(2);
    expect(toggleWeight(2, 1)).toBeUndefined();
  });
});

describe('panel filters', () => {
  it('lists and unlists values, and drops empty kinds', () => {
    expect(toggleListed(undefined, 'phone')).toEqual(['phone']);
    expect(toggleListed(['phone'], 'phone')).toBeUndefined();
    expect(withFilter({ methods: ['phone'] }, 'methods', undefined)).toEqual({});
    expect(withFilter({}, 'minWeight', 1)).toEqual({});
    expect(withFilter({}, 'minWeight', 2)).toEqual({ minWeight: 2 });
  });
  it('offers only the values the map has, topics once per label', () => {
    const base = createMap({ kind: 'regional', title: 'T' });
    const src = (mapId: string, title: string) => [{ mapId, title }];
    const map: MapDoc = {
      ...base,
      actors: [
        createActor({
          id: 'a',
          type: 'organisation',
          name: 'A',
          services: [{ name: 'S', tno: ['advice'], areas: ['employment'] }],
          sources: src('m2', 'Bertta'),
        }),
        createActor({ id: 'b', type: 'person', name: 'B', sources: src('m1', 'Aino') }),
      ],
      relations: [createRelation({ source: 'a', target: 'b', topics: ['CV', 'cv', 'Asuminen'], methods: ['phone', 'Teams', 'meeting'], weight: 3 })],
    };
    const o = filterOptions(map, ['meeting', 'phone']);
    expect(o.actorTypes).toEqual(['person', 'organisation']);
    expect(o.areas).toEqual(['employment']);
    expect(o.tno).toEqual(['advice']);
    expect(o.topics).toEqual(['Asuminen', 'CV']);
    expect(o.methods).toEqual(['meeting', 'phone', 'Teams']);
    expect(o.directions).toEqual(['oneWay']);
    expect(o.sources).toEqual([
      { id: 'm1', title: 'Aino' },
      { id: 'm2', title: 'Bertta' },
    ]);
    expect(o.maxWeight).toBe(3);
  });
});
