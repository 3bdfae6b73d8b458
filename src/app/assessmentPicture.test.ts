import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../i18n/locales/en';
import { addActor, addPhase, createMap, setWorkToolStatus, type MapDoc } from '../model';
import { assessmentNotes, withPhase } from './assessmentPicture';
import { mapPictureInput } from './pictureInput';

const t = i18next.createInstance();
beforeAll(async () => {
  await t.init({ lng: 'en', resources: { en: { translation: en } } });
});

function sample(): MapDoc {
  const base = { ...createMap({ kind: 'regional', title: 'Kainuu' }), author: 'Aino', updatedAt: '2025-03-03T10:00:00.000Z' };
  const kela = addActor(base, { type: 'organisation', name: 'Kela', position: { x: 0, y: 0 } });
  let map = addPhase(kela.map, { phase: 2, justification: 'Many still work alone.' }).map;
  map = addPhase(map, { phase: 3, name: 'Core', actors: [kela.actor.id] }).map;
  return setWorkToolStatus(map, 'commitmentTrust', 'missing');
}

describe('the assessments in a report picture', () => {
  it('puts the headline phase in the header and every assessment and the work tool under the legend', () => {
    const map = sample();
    expect(withPhase(t.t, map, 'Aino · 3 March 2025')).toBe('Aino · 3 March 2025 · Phase II');
    expect(assessmentNotes(t.t, map)).toEqual([
      'Phase of networking II: The need for cooperation and the essential actors are recognised',
      'Justification: Many still work alone.',
      'Phase of networking III (Core (1 actor)): A shared goal and the will to work as a network arise',
      'Ohjaamo work tool 2.6: 0 in place · 0 in progress · 1 missing · 10 not assessed',
      'Missing: Commitment and trust',
    ]);
    const input = mapPictureInput({ map, lens: { filters: {}, focus: null, emphasis: null, hideOthers: false }, t: t.t, language: 'en', sizes: new Map() });
    expect(input.subtitle).toMatch(/· Phase II$/);
    expect(input.notes?.[0]).toMatch(/^Phase of networking II/);
  });

  it('adds nothing to a map without assessments (an old file)', () => {
    const map = createMap({ kind: 'regional', title: 'Old' });
    expect(withPhase(t.t, map, 'x')).toBe('x');
    expect(assessmentNotes(t.t, map)).toEqual([]);
  });
});
