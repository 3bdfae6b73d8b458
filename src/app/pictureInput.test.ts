import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../i18n/locales/en';
import { addActor, addRelation, createMap } from '../model';
import { lensNotes, lensOfView, mapPictureInput, pictureSubtitle } from './pictureInput';

const t = i18next.createInstance();
beforeAll(async () => {
  await t.init({ lng: 'en', resources: { en: { translation: en } } });
});

function sample() {
  const base = {
    ...createMap({ kind: 'regional', title: 'Oulu region' }),
    author: 'Aino',
    region: 'North Ostrobothnia',
    updatedAt: '2025-03-03T10:00:00.000Z',
  };
  const kela = addActor(base, { type: 'organisation', name: 'Kela', position: { x: 0, y: 0 } });
  const te = addActor(kela.map, { type: 'organisation', name: 'TE office', position: { x: 300, y: 0 } });
  const rel = addRelation(te.map, { source: kela.actor.id, target: te.actor.id, direction: 'forward' });
  return { map: rel.map, kela: kela.actor.id };
}

describe('the lens of a picture in words', () => {
  it('says what size means when actors are sized by an insight figure', () => {
    const { map } = sample();
    expect(lensNotes(t.t, map, { sizeBy: 'degree' })).toEqual([en.insights.sizeLegendDegree]);
    expect(lensNotes(t.t, map, { sizeBy: 'betweenness' })).toEqual([en.insights.sizeLegendBetweenness]);
  });

  it('names the active filters, the focus with its depth and the search', () => {
    const { map, kela } = sample();
    const notes = lensNotes(t.t, map, { filters: { directions: ['oneWay'], methods: ['phone'] }, focus: { actor: kela, depth: 2 }, query: 'asumisneuvonta' });
    expect(notes).toHaveLength(3);
    expect(notes[0]).toMatch(/^Filters: /);
    expect(notes[1]).toBe('Focus: Kela, 2 steps');
    expect(notes[2]).toBe('Search: asumisneuvonta');
  });

  it('says nothing for the plain map, and names a highlight by its reason', () => {
    const { map } = sample();
    expect(lensNotes(t.t, map, {})).toEqual([]);
    expect(lensNotes(t.t, map, { emphasis: { actors: [], relations: [], reason: 'Liaisons' } })).toEqual(['Highlighted: Liaisons']);
  });

  it('puts author, region and date in the subtitle', () => {
    expect(pictureSubtitle(sample().map, 'en')).toBe('Aino · North Ostrobothnia · March 3, 2025');
  });

  it('draws a saved view through its own lens and frame', () => {
    const { map, kela } = sample();
    const view = {
      id: 'v1',
      name: 'Kela',
      focus: { actor: kela, depth: 1 as const },
      filters: { actorTypes: ['organisation' as const] },
      frame: { x: 0, y: 0, width: 10, height: 10 },
    };
    const input = mapPictureInput({ map, lens: lensOfView(view), t: t.t, language: 'en', sizes: new Map(), frame: view.frame });
    expect(input.frame).toEqual(view.frame);
    expect(input.map.actors).toHaveLength(2);
    expect(input.notes).toContain('Focus: Kela, 1 step');
    expect(input.dimmed?.actors.size).toBe(0);
  });
});
