import { describe, expect, it } from 'vitest';
import { addActor, addRelation, removeElements, updateActor } from './commands';
import { createMap } from './factories';
import { cycleMark, liveMarks, markEmphasis, marksSummary, markTargetName, ownMark, removeMark, setMark, setMarkNote } from './marks';
import { mapSchema, type MapDoc, type MarkTarget } from './schema';
import type { MarkVerdict } from './vocabulary';

const NOW = new Date('2024-05-01T10:00:00.000Z');

/** "me", Ohjaamo (with two services) and Koulu; relations me → Ohjaamo and Ohjaamo → Koulu. */
function sample(): MapDoc {
  let map = createMap({ kind: 'personal', title: 'Kartta', author: 'Aino', now: NOW });
  const me = map.actors[0]!.id;
  map = addActor(map, { type: 'organisation', name: 'Ohjaamo', ring: 1, id: 'ohjaamo' }).map;
  map = updateActor(map, 'ohjaamo', {
    services: [
      { name: 'Työnhaku', tno: [], areas: [] },
      { name: 'Asuminen', tno: [], areas: [] },
    ],
  });
  map = addActor(map, { type: 'organisation', name: 'Koulu', ring: 2, id: 'koulu' }).map;
  map = addRelation(map, { source: me, target: 'ohjaamo', id: 'r1' }).map;
  map = addRelation(map, { source: 'ohjaamo', target: 'koulu', id: 'r2' }).map;
  return map;
}

const actor: MarkTarget = { kind: 'actor', id: 'koulu' };
const relation: MarkTarget = { kind: 'relation', id: 'r1' };
const service: MarkTarget = { kind: 'service', actor: 'ohjaamo', service: 'Työnhaku' };

describe('setMark / removeMark', () => {
  it('adds one mark per target, changes it in place and keeps the map valid', () => {
    let map = setMark(sample(), { target: relation, verdict: 'drop', note: '  turha  ' });
    expect(map.marks).toHaveLength(1);
    expect(map.marks![0]).toMatchObject({ target: relation, verdict: 'drop', note: 'turha' });
    const id = map.marks![0]!.id;
    map = setMark(map, { target: relation, verdict: 'keep' });
    expect(map.marks).toHaveLength(1);
    expect(map.marks![0]).toMatchObject({ id, verdict: 'keep', note: 'turha' });
    map = setMarkNote(map, id, '');
    expect(map.marks![0]!.note).toBeUndefined();
    expect(mapSchema.safeParse(map).success).toBe(true);
    map = removeMark(map, id);
    expect(map.marks).toBeUndefined();
  });

  it('is no edit when nothing changes or the target is not on the map', () => {
    const map = setMark(sample(), { target: actor, verdict: 'renew', note: 'x' });
    expect(setMark(map, { target: actor, verdict: 'renew', note: 'x' })).toBe(map);
    expect(setMark(map, { target: { kind: 'actor', id: 'nobody' }, verdict: 'drop' })).toBe(map);
    expect(setMark(map, { target: { kind: 'service', actor: 'ohjaamo', service: 'Ei ole' }, verdict: 'drop' })).toBe(map);
    expect(removeMark(map, 'nope')).toBe(map);
  });

  it('cycles none → drop → renew → keep → none (the M key)', () => {
    const seen: (MarkVerdict | undefined)[] = [];
    let map = sample();
    for (let i = 0; i < 4; i++) {
      map = cycleMark(map, service);
      seen.push(ownMark(map, service)?.verdict);
    }
    expect(seen).toEqual(['drop', 'renew', 'keep', undefined]);
  });

  it('leaves marks from source maps alone: the own mark is separate', () => {
    const base = sample();
    const merged: MapDoc = { ...base, marks: [{ id: 'm-src', target: actor, verdict: 'keep', author: 'Pekka', source: 'map-pekka' }] };
    const map = setMark(merged, { target: actor, verdict: 'drop' });
    expect(map.marks!.map((m) => m.verdict)).toEqual(['keep', 'drop']);
  });
});

describe('cascade', () => {
  it('deleting an actor drops its marks, its services’ marks and those of its relations', () => {
    let map = sample();
    map = setMark(map, { target: { kind: 'actor', id: 'ohjaamo' }, verdict: 'keep' });
    map = setMark(map, { target: service, verdict: 'renew' });
    map = setMark(map, { target: relation, verdict: 'drop' });
    map = setMark(map, { target: actor, verdict: 'drop' });
    const after = removeElements(map, { actors: ['ohjaamo'] });
    expect(after.marks!.map((m) => m.target)).toEqual([actor]);
  });

  it('deleting a relation drops its mark only', () => {
    let map = setMark(sample(), { target: relation, verdict: 'drop' });
    map = setMark(map, { target: { kind: 'relation', id: 'r2' }, verdict: 'keep' });
    const after = removeElements(map, { relations: ['r1'] });
    expect(after.marks!.map((m) => m.target)).toEqual([{ kind: 'relation', id: 'r2' }]);
  });

  it('renaming a service retargets its marks; removing it drops them', () => {
    let map = setMark(sample(), { target: service, verdict: 'renew', note: 'n' });
    map = setMark(map, { target: { kind: 'service', actor: 'ohjaamo', service: 'Asuminen' }, verdict: 'keep' });
    const services = map.actors.find((a) => a.id === 'ohjaamo')!.services;
    const renamed = updateActor(map, 'ohjaamo', { services: services.map((s, i) => (i === 0 ? { ...s, name: 'Työnhaun tuki' } : s)) });
    expect(renamed.marks!.map((m) => m.target)).toEqual([
      { kind: 'service', actor: 'ohjaamo', service: 'Työnhaun tuki' },
      { kind: 'service', actor: 'ohjaamo', service: 'Asuminen' },
    ]);
    const removed = updateActor(renamed, 'ohjaamo', { services: services.slice(1) });
    expect(removed.marks!.map((m) => m.target)).toEqual([{ kind: 'service', actor: 'ohjaamo', service: 'Asuminen' }]);
    // Other edits of the actor leave marks as they are.
    expect(updateActor(removed, 'ohjaamo', { note: 'x' }).marks).toBe(removed.marks);
  });
});

describe('summary', () => {
  it('counts live marks per verdict and ignores marks whose target is gone', () => {
    let map = sample();
    map = setMark(map, { target: relation, verdict: 'drop', note: 'a' });
    map = setMark(map, { target: { kind: 'relation', id: 'r2' }, verdict: 'keep' });
    map = setMark(map, { target: actor, verdict: 'keep' });
    map = setMark(map, { target: service, verdict: 'renew' });
    // A dangling mark (as an old or hand-edited file may have): ignored, not an error.
    map = { ...map, marks: [...map.marks!, { id: 'ghost', target: { kind: 'actor', id: 'gone' }, verdict: 'drop' }] };
    const summary = marksSummary(map);
    expect(summary.counts).toEqual({ drop: 1, renew: 1, keep: 2 });
    expect(summary.total).toBe(4);
    expect(summary.byVerdict.keep.map((m) => m.target)).toEqual([{ kind: 'relation', id: 'r2' }, actor]);
    expect(liveMarks(map)).toHaveLength(4);
    expect(marksSummary(sample())).toEqual({ counts: { drop: 0, renew: 0, keep: 0 }, byVerdict: { drop: [], renew: [], keep: [] }, total: 0 });
  });

  it('names targets and gives what to emphasise', () => {
    const map = sample();
    expect(markTargetName(map, actor)).toBe('Koulu');
    expect(markTargetName(map, service)).toBe('Työnhaku (Ohjaamo)');
    expect(markTargetName(map, { kind: 'relation', id: 'r2' })).toBe('Ohjaamo → Koulu');
    expect(markEmphasis(map, { kind: 'relation', id: 'r2' })).toEqual({ actors: ['ohjaamo', 'koulu'], relations: ['r2'] });
    expect(markEmphasis(map, service)).toEqual({ actors: ['ohjaamo'], relations: [] });
  });
});
