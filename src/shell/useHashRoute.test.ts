import { describe, expect, it } from 'vitest';
import { libraryHref, mapHref, mergeHref, parseRoute } from './useHashRoute';

describe('parseRoute: the screen lives in the URL hash', () => {
  it('opens the library for an empty, unknown or malformed hash', () => {
    for (const hash of ['', '#', '#/', libraryHref, '#/unknown', '#/map', '#/map/', '#/map/a/b', '#/merge/x', '#/MERGE']) {
      expect(parseRoute(hash), hash).toEqual({ screen: 'library' });
    }
  });
  it('opens the merge screen', () => {
    expect(parseRoute(mergeHref)).toEqual({ screen: 'merge' });
  });
  it('opens a map by id', () => {
    expect(parseRoute('#/map/3f2c9a1e-0b7d-4e52-9c1a-2f3e4d5c6b7a')).toEqual({ screen: 'map', id: '3f2c9a1e-0b7d-4e52-9c1a-2f3e4d5c6b7a' });
  });
  it.each(['simple', 'with space', 'a/b', 'q?x=1', 'hash#tag', 'äö Åbo', '%41', '😀'])('round-trips the id "%s" through mapHref', (id) => {
    expect(parseRoute(mapHref(id))).toEqual({ screen: 'map', id });
  });
  it('opens a share link with its data untouched (checked when the map is read)', () => {
    expect(parseRoute('#/share/abc-_09')).toEqual({ screen: 'share', data: 'abc-_09' });
    expect(parseRoute('#/share/')).toEqual({ screen: 'share', data: '' });
  });
  it('does not crash on a broken percent escape (a truncated link)', () => {
    expect(parseRoute('#/map/%E0%A4%A')).toEqual({ screen: 'library' });
  });
});
