import { describe, expect, it } from 'vitest';
import { deriveView } from '../view';
import { counterIds, personalMap } from './fixtures';
import { mergeMaps } from './mergeMaps';
import { NO_DECISIONS } from './types';

const OPTIONS = { title: 'Alue', now: new Date('2025-03-01T12:00:00Z'), newId: counterIds() };

// Two trainees put the same Ohjaamo in different sectors; one map has no sectors at all.
const aino = {
  ...personalMap('map-aino', 'Aino', [
    { id: 'a1', name: 'Ohjaamo', ring: 1, sector: 'employment' as const, position: { x: 150, y: 80 } },
    { id: 'a2', name: 'Kela', ring: 2, sector: 'everyday' as const, position: { x: 0, y: -300 } },
  ]),
  sectors: 'areas' as const,
};
const pekka = {
  ...personalMap('map-pekka', 'Pekka', [{ id: 'p1', name: 'Ohjaamo', ring: 3, sector: 'public' as const, position: { x: 0, y: -500 } }]),
  sectors: 'publicThirdPrivate' as const,
};
const ville = personalMap('map-ville', 'Ville', [{ id: 'v1', name: 'Ohjaamo', ring: 2, sector: 'third' as const, position: { x: 300, y: 0 } }]);

describe('merge keeps each contributor’s sector', () => {
  const { map } = mergeMaps([aino, pekka, ville], NO_DECISIONS, OPTIONS);
  const ohjaamo = map.actors.find((a) => a.name === 'Ohjaamo')!;

  it('in sources[].sector, beside the ring, only where the contributor’s map has sectors', () => {
    expect(ohjaamo.sources).toEqual([
      expect.objectContaining({ mapId: 'map-aino', ring: 1, sector: 'employment' }),
      expect.objectContaining({ mapId: 'map-pekka', ring: 3, sector: 'public' }),
      expect.objectContaining({ mapId: 'map-ville', ring: 2 }),
    ]);
    // Ville's map has no scheme: a stray sector on his actor is not his placement.
    expect(ohjaamo.sources!.find((s) => s.mapId === 'map-ville')).not.toHaveProperty('sector');
    expect(ohjaamo.sector).toBeUndefined();
    expect(map.sectors).toBeUndefined();
  });

  it('and the merged map’s filter by sector reads it', () => {
    const names = (sector: 'employment' | 'public' | 'everyday' | 'third') =>
      map.actors.filter((a) => deriveView(map, { filters: { sectors: [sector] } }).visibleActors.has(a.id)).map((a) => a.name);
    expect(names('employment')).toEqual(['Ohjaamo']);
    expect(names('public')).toEqual(['Ohjaamo']);
    expect(names('everyday')).toEqual(['Kela']);
    expect(names('third')).toEqual([]);
  });

  it('survives merging the merged map again', () => {
    const again = mergeMaps([map], NO_DECISIONS, { ...OPTIONS, newId: counterIds('x') }).map;
    expect(again.actors.find((a) => a.name === 'Ohjaamo')!.sources).toEqual(ohjaamo.sources);
  });
});
