import { describe, expect, it } from 'vitest';
import { addActor, addQuestion, addRelation, setReflection, updateRelation } from './commands';
import { createMap } from './factories';
import { restoreFromText } from './restore';
import { toMapJson } from './serialise';

function sampleMap() {
  let map = createMap({ kind: 'personal', title: 'Omat verkostosuhteeni', author: 'Aino' });
  const self = map.actors[0]!;
  const a = addActor(map, { type: 'person', name: 'Kuraattori Liisa', ring: 1 });
  map = a.map;
  const b = addActor(map, { type: 'organisation', name: 'TE-toimisto', ring: 3 });
  map = b.map;
  const r = addRelation(map, { source: self.id, target: a.actor.id, direction: 'both' });
  map = updateRelation(r.map, r.relation!.id, { topics: ['opiskelu'], methods: ['meeting', 'Teams'] });
  map = addQuestion(map, 'Miten tavoitan etsivän nuorisotyön?').map;
  return setReflection(map, 'purpose', 'Yhteinen asiakas');
}

describe('restoreFromText', () => {
  it('round-trips an exported map to an equal map', () => {
    const map = sampleMap();
    const result = restoreFromText(toMapJson(map));
    expect(result).toEqual({ ok: true, map });
  });

  it('names a relation to a missing actor', () => {
    const file = JSON.parse(toMapJson(sampleMap()));
    file.map.relations[0].target = 'nobody';
    const result = restoreFromText(JSON.stringify(file));
    expect(result).toEqual({ ok: false, error: { code: 'invalid', path: 'map.relations[0].target', reason: 'dangling', value: 'nobody' } });
  });

  it.each([
    ['not json', '{"format":', 'notJson'],
    ['empty', '   ', 'empty'],
    ['array', '[]', 'notObject'],
    ['wrong format', '{"format":"excalidraw","version":1}', 'wrongFormat'],
    ['future version', '{"format":"verkostokartta","version":99}', 'futureVersion'],
    ['version as text', '{"format":"verkostokartta","version":"1"}', 'badVersion'],
  ])('refuses %s', (_name, text, code) => {
    const result = restoreFromText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(code);
  });
});
