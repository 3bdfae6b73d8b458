import { describe, expect, it } from 'vitest';
import { createMap, setMark, addActor, addRelation, type MapDoc } from '../model';
import { marksCsv } from './marksCsv';

function sample(): MapDoc {
  let map = createMap({ kind: 'regional', title: 'Alue', now: new Date('2025-01-01T00:00:00Z') });
  map = addActor(map, { type: 'organisation', name: 'Ohjaamo, Kajaani', id: 'a' }).map;
  map = addActor(map, { type: 'organisation', name: 'Koulu', id: 'b' }).map;
  map = addRelation(map, { source: 'a', target: 'b', id: 'r' }).map;
  map = setMark(map, { target: { kind: 'actor', id: 'b' }, verdict: 'keep', note: '=HYPERLINK("x")' });
  return setMark(map, { target: { kind: 'relation', id: 'r' }, verdict: 'drop', note: 'ei "toimi"' });
}

describe('marksCsv', () => {
  it('lists marks drop, renew, keep, quoting commas and quotes and defusing formulas', () => {
    const csv = marksCsv(sample(), { header: 'arvio,kohde,muistiinpano,tekijä', verdict: (v) => ({ drop: 'P', renew: 'U', keep: 'S' })[v] });
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFarvio,kohde,muistiinpano,tekijä',
      'P,"Ohjaamo, Kajaani → Koulu","ei ""toimi""",',
      `S,Koulu,"'=HYPERLINK(""x"")",`,
      '',
    ]);
  });
});
