import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../i18n/locales/en';
import { addActor, addRelation, createMap, setMark } from '../model';
import { renderMapSvg } from '../render/mapSvg';
import { mapPictureInput } from './pictureInput';

const t = i18next.createInstance();
beforeAll(async () => {
  await t.init({ lng: 'en', resources: { en: { translation: en } } });
});

describe('marks in the picture', () => {
  it('the legend column counts the marks of what the picture shows, and says nothing without marks', () => {
    let map = createMap({ kind: 'regional', title: 'Region' });
    const a = addActor(map, { type: 'organisation', name: 'Kela', position: { x: 0, y: 0 } });
    const b = addActor(a.map, { type: 'organisation', name: 'School', position: { x: 300, y: 0 } });
    const r = addRelation(b.map, { source: a.actor.id, target: b.actor.id });
    map = r.map;
    const input = (m: typeof map) =>
      mapPictureInput({ map: m, lens: { filters: {}, focus: null, emphasis: null, hideOthers: false }, t: t.t, language: 'en', sizes: new Map() });
    expect(input(map).notes).toEqual([]);
    map = setMark(map, { target: { kind: 'relation', id: r.relation!.id }, verdict: 'drop' });
    map = setMark(map, { target: { kind: 'actor', id: b.actor.id }, verdict: 'keep' });
    expect(input(map).notes).toEqual(['Marks: 1 to drop, 0 to renew, 1 to keep']);
    // Drawn in the legend column (a long note may wrap over lines).
    const svg = renderMapSvg(input(map)).svg;
    expect(svg).toContain('Marks: 1 to drop');
    expect(svg).toContain('to keep');
  });
});
