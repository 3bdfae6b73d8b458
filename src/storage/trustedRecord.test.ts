import { describe, expect, it } from 'vitest';
import { addActor, addQuestion, addRelation, createMap, FORMAT_VERSION, type MapDoc } from '../model';
import { isTrustedStamp, MODEL_STAMP, trustedMap } from './trustedRecord';

function sampleMap(): MapDoc {
  let map = createMap({ kind: 'personal', title: 'Kartta', author: 'Aino', now: new Date('2024-05-01T10:00:00.000Z') });
  const me = map.actors[0]!;
  const liisa = addActor(map, { type: 'person', name: 'Kuraattori Liisa', ring: 1 });
  map = addRelation(liisa.map, { source: me.id, target: liisa.actor.id, direction: 'both' }).map;
  return addQuestion(map, 'Kysymys?').map;
}

describe('the stamp', () => {
  it('is set by the build (vite.config.ts defines it for the tests too)', () => {
    expect(MODEL_STAMP).toMatch(/^[0-9a-f]{16}$/);
  });

  it('trusts only this build’s stamp in this format version', () => {
    expect(isTrustedStamp(MODEL_STAMP, FORMAT_VERSION)).toBe(true);
    expect(isTrustedStamp(undefined, FORMAT_VERSION)).toBe(false);
    expect(isTrustedStamp('0123456789abcdef', FORMAT_VERSION)).toBe(false);
    expect(isTrustedStamp(MODEL_STAMP, FORMAT_VERSION - 1)).toBe(false);
    expect(isTrustedStamp(MODEL_STAMP, String(FORMAT_VERSION))).toBe(false);
  });

  it('trusts nothing when the build has no stamp', () => {
    expect(isTrustedStamp('unstamped', FORMAT_VERSION, 'unstamped')).toBe(false);
  });
});

describe('the structural check', () => {
  it('returns a whole map as it is', () => {
    const map = sampleMap();
    expect(trustedMap(map)).toBe(map);
  });

  it('returns a whole map with the training’s fields (marks, phases, work tool, sectors, round) as it is', () => {
    const base = sampleMap();
    const map: MapDoc = {
      ...base,
      actors: base.actors.map((a) => (a.type === 'self' ? a : { ...a, sector: 'education' as const })),
      sectors: 'areas',
      marks: [{ id: 'k', target: { kind: 'actor', id: base.actors[0]!.id }, verdict: 'keep', note: 'hyvä' }],
      phases: [{ id: 'p', phase: 3, justification: 'yhteinen tavoite' }],
      workTool: { version: '2.6', items: [{ item: 'network.building', status: 'inProgress', actors: [] }] },
      round: { number: 2, previous: { mapId: 'before', title: 'Syksy' } },
    };
    expect(trustedMap(map)).toBe(map);
  });

  const broken: [string, (map: MapDoc) => unknown][] = [
    ['no map', () => undefined],
    ['text', () => 'garbage'],
    ['an array', () => []],
    ['no title', (m) => ({ ...m, title: undefined })],
    ['an unknown kind', (m) => ({ ...m, kind: 'cosmic' })],
    ['actors not a list', (m) => ({ ...m, actors: {} })],
    ['an actor without a name', (m) => ({ ...m, actors: m.actors.map((a) => ({ ...a, name: undefined })) })],
    ['an actor with a blank name', (m) => ({ ...m, actors: m.actors.map((a) => ({ ...a, name: '  ' })) })],
    ['an actor without a place', (m) => ({ ...m, actors: m.actors.map((a) => ({ ...a, position: undefined })) })],
    ['a position that is not a number', (m) => ({ ...m, actors: m.actors.map((a) => ({ ...a, position: { x: '1', y: 2 } })) })],
    ['a position at infinity', (m) => ({ ...m, actors: m.actors.map((a) => ({ ...a, position: { x: Number.POSITIVE_INFINITY, y: 2 } })) })],
    ['an unknown actor type', (m) => ({ ...m, actors: m.actors.map((a) => ({ ...a, type: 'robot' })) })],
    ['services not a list', (m) => ({ ...m, actors: m.actors.map((a) => ({ ...a, services: null })) })],
    ['two actors with one id', (m) => ({ ...m, actors: [m.actors[0], { ...m.actors[1]!, id: m.actors[0]!.id }] })],
    ['two "me"s', (m) => ({ ...m, actors: [...m.actors, { ...m.actors[0]!, id: 'other-me' }] })],
    ['a relation to a missing actor', (m) => ({ ...m, relations: [{ ...m.relations[0]!, target: 'nobody' }] })],
    ['a relation without topics', (m) => ({ ...m, relations: [{ ...m.relations[0]!, topics: undefined }] })],
    ['an unknown direction', (m) => ({ ...m, relations: [{ ...m.relations[0]!, direction: 'sideways' }] })],
    ['a null relation', (m) => ({ ...m, relations: [null] })],
    ['two relations with one id', (m) => ({ ...m, relations: [m.relations[0], m.relations[0]] })],
    ['questions missing', (m) => ({ ...m, questions: undefined })],
    ['no reflection', (m) => ({ ...m, reflection: undefined })],
    ['a view without a name', (m) => ({ ...m, views: [{ id: 'v' }] })],
    ['marks not a list', (m) => ({ ...m, marks: 'P' })],
    ['a mark with an unknown verdict', (m) => ({ ...m, marks: [{ id: 'k', target: { kind: 'actor', id: 'x' }, verdict: 'maybe' }] })],
    ['a mark without a target', (m) => ({ ...m, marks: [{ id: 'k', verdict: 'keep' }] })],
    ['a phase that is not a number', (m) => ({ ...m, phases: [{ id: 'p', phase: 'III' }] })],
    ['a work tool without items', (m) => ({ ...m, workTool: { version: '2.6' } })],
    ['a work-tool item with an unknown status', (m) => ({ ...m, workTool: { version: '2.6', items: [{ item: 'x', status: 'done' }] } })],
    ['an unknown sector scheme', (m) => ({ ...m, sectors: 'quadrants' })],
    ['an unknown sector', (m) => ({ ...m, actors: m.actors.map((a) => ({ ...a, sector: 'north' })) })],
    ['a round without a number', (m) => ({ ...m, round: {} })],
  ];
  it.each(broken)('refuses %s (the full check then names the problem)', (_name, damage) => {
    expect(trustedMap(damage(sampleMap()))).toBeNull();
  });
});
