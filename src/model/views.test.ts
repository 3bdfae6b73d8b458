import { describe, expect, it } from 'vitest';
import { testMap } from './merge/fixtures';
import { mapSchema, type MapDoc } from './schema';
import { addView, cleanFilters, lensOf, moveView, nextViewName, removeView, renameView, updateView } from './views';

function region(): MapDoc {
  return testMap({
    id: 'kainuu',
    kind: 'regional',
    actors: [
      { id: 'ohj', name: 'Ohjaamo Kajaani', position: { x: 0, y: 0 } },
      { id: 'te', name: 'TE-toimisto', position: { x: 200, y: 0 } },
      { id: 'paja', name: 'Nuorten työpaja', position: { x: 0, y: 200 } },
    ],
    relations: [
      { id: 'r-ohj-te', source: 'ohj', target: 'te' },
      { id: 'r-paja-ohj', source: 'paja', target: 'ohj' },
    ],
  });
}

const frame = { x: -100, y: -50, width: 800, height: 450 };
const ids = (map: MapDoc) => (map.views ?? []).map((v) => v.id);

describe('saved views', () => {
  it('adds a view at the end with the lens and the frame, leaving out what is unset, and the map stays valid', () => {
    const first = addView(region(), 'Koulut', { frame, filters: { areas: ['education'], topics: [] }, focus: null, emphasis: null, hideOthers: false }, 'v1');
    const second = addView(first.map, '  Ohjaamon   suhteet ', { focus: { actor: 'ohj', depth: 2 }, hideOthers: true }, 'v2');
    expect(second.map.views).toEqual([
      { id: 'v1', name: 'Koulut', frame, filters: { areas: ['education'] } },
      { id: 'v2', name: 'Ohjaamon suhteet', focus: { actor: 'ohj', depth: 2 }, hideOthers: true },
    ]);
    expect(mapSchema.safeParse(second.map).success).toBe(true);
    // Never mutates.
    expect(first.map.views).toHaveLength(1);
  });

  it('keeps the search that made the emphasis as the query, and drops an empty emphasis', () => {
    const { view } = addView(region(), 'CV', { emphasis: { actors: ['te'], relations: ['r-ohj-te'], reason: ' CV ' } }, 'v1');
    expect(view).toEqual({ id: 'v1', name: 'CV', emphasis: { actors: ['te'], relations: ['r-ohj-te'] }, query: 'CV' });
    expect(addView(region(), 'Tyhjä', { emphasis: { actors: [], relations: [], reason: 'x' } }, 'v2').view).toEqual({ id: 'v2', name: 'Tyhjä' });
  });

  it('does not store a frame that is not a real rectangle', () => {
    expect(addView(region(), 'A', { frame: { x: 0, y: 0, width: 0, height: 10 } }).view.frame).toBeUndefined();
    expect(addView(region(), 'A', { frame: { x: Number.NaN, y: 0, width: 5, height: 10 } }).view.frame).toBeUndefined();
  });

  it('names the next view with the first free number', () => {
    const nameFor = (n: number) => `Näkymä ${n}`;
    let map = region();
    expect(nextViewName(map, nameFor)).toBe('Näkymä 1');
    map = addView(map, 'Näkymä 1', {}).map;
    map = addView(map, 'Näkymä 3', {}).map;
    expect(nextViewName(map, nameFor)).toBe('Näkymä 4');
    map = addView(map, '', {}).map;
    expect(map.views?.at(-1)?.name).not.toBe('');
  });

  it('renames a view; an empty or unchanged name is no edit', () => {
    const { map } = addView(region(), 'Koulut', {}, 'v1');
    expect(renameView(map, 'v1', ' Oppilaitokset ').views?.[0]?.name).toBe('Oppilaitokset');
    expect(renameView(map, 'v1', '   ')).toBe(map);
    expect(renameView(map, 'v1', 'Koulut')).toBe(map);
    expect(renameView(map, 'nope', 'X')).toBe(map);
  });

  it('moves a view up and down in the order of presentation, and not past either end', () => {
    let map = region();
    for (const id of ['a', 'b', 'c']) map = addView(map, id, {}, id).map;
    expect(ids(moveView(map, 'c', -1))).toEqual(['a', 'c', 'b']);
    expect(ids(moveView(map, 'a', 1))).toEqual(['b', 'a', 'c']);
    expect(moveView(map, 'a', -1)).toBe(map);
    expect(moveView(map, 'c', 1)).toBe(map);
  });

  it('replaces what a view shows but keeps its id, name and place', () => {
    let map = region();
    for (const id of ['a', 'b']) map = addView(map, id, { filters: { tno: ['guidance'] } }, id).map;
    const updated = updateView(map, 'a', { frame, focus: { actor: 'te', depth: 1 } });
    expect(updated.views).toEqual([
      { id: 'a', name: 'a', frame, focus: { actor: 'te', depth: 1 } },
      { id: 'b', name: 'b', filters: { tno: ['guidance'] } },
    ]);
  });

  it('removes a view; without views the map has no views field', () => {
    let map = region();
    for (const id of ['a', 'b']) map = addView(map, id, {}, id).map;
    map = removeView(map, 'a');
    expect(ids(map)).toEqual(['b']);
    map = removeView(map, 'b');
    expect('views' in map).toBe(false);
    expect(removeView(map, 'b')).toBe(map);
  });

  it('gives the lens of a view, dropping what the map no longer has', () => {
    const { map, view } = addView(
      region(),
      'V',
      { filters: { areas: ['education'] }, focus: { actor: 'paja', depth: 1 }, emphasis: { actors: ['te', 'gone'], relations: ['r-x'], reason: 'CV' } },
      'v',
    );
    expect(lensOf(map, view)).toEqual({
      filters: { areas: ['education'] },
      focus: { actor: 'paja', depth: 1 },
      emphasis: { actors: ['te'], relations: [], reason: 'CV' },
      hideOthers: false,
    });
    const without = { ...map, actors: map.actors.filter((a) => a.id !== 'paja' && a.id !== 'te') };
    expect(lensOf(without, view)).toEqual({ filters: { areas: ['education'] }, focus: null, emphasis: null, hideOthers: false });
  });

  it('cleans filters of empty lists', () => {
    expect(cleanFilters({ areas: [], topics: ['CV'], minWeight: undefined })).toEqual({ topics: ['CV'] });
    expect(cleanFilters(null)).toEqual({});
  });
});
