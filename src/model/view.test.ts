import { describe, expect, it } from 'vitest';
import { addActor, addRelation, createMap, type MapDoc } from './index';
import { deriveView, neighbourhood } from './view';

/** me – a – b – c in a row, and d on its own. */
function chain(): { map: MapDoc; ids: Record<string, string> } {
  let map = createMap({ kind: 'personal', title: 'T', author: 'me' });
  const ids: Record<string, string> = { me: map.actors[0]!.id };
  for (const name of ['a', 'b', 'c', 'd']) {
    const r = addActor(map, { type: 'person', name });
    map = r.map;
    ids[name] = r.actor.id;
  }
  for (const [s, t] of [
    ['me', 'a'],
    ['a', 'b'],
    ['b', 'c'],
  ] as const) {
    const r = addRelation(map, { source: ids[s]!, target: ids[t]! });
    map = r.map;
    ids[`${s}${t}`] = r.relation!.id;
  }
  return { map, ids };
}

describe('neighbourhood', () => {
  it('walks relations in both directions up to the depth', () => {
    const { map, ids } = chain();
    expect(neighbourhood(map, ids.a!, 1).actors).toEqual(new Set([ids.a, ids.me, ids.b]));
    expect(neighbourhood(map, ids.a!, 2).actors).toEqual(new Set([ids.a, ids.me, ids.b, ids.c]));
    expect(neighbourhood(map, ids.d!, 3).actors).toEqual(new Set([ids.d]));
  });
});

describe('deriveView', () => {
  it('shows everything, nothing dimmed, without focus or emphasis', () => {
    const { map } = chain();
    const view = deriveView(map);
    expect(view.visibleActors.size).toBe(5);
    expect(view.visibleRelations.size).toBe(3);
    expect(view.dimmedActors.size + view.dimmedRelations.size).toBe(0);
  });
  it('keeps the focused neighbourhood at full strength and dims the rest', () => {
    const { map, ids } = chain();
    const view = deriveView(map, { focus: { actor: ids.me!, depth: 1 } });
    expect(view.visibleActors.size).toBe(5);
    expect(view.dimmedActors).toEqual(new Set([ids.b, ids.c, ids.d]));
    expect(view.dimmedRelations).toEqual(new Set([ids.ab, ids.bc]));
  });
  it('hides instead of dimming when asked, and widens to two steps', () => {
    const { map, ids } = chain();
    const view = deriveView(map, { focus: { actor: ids.me!, depth: 2 }, hideOthers: true });
    expect(view.visibleActors).toEqual(new Set([ids.me, ids.a, ids.b]));
    expect(view.visibleRelations).toEqual(new Set([ids.mea, ids.ab]));
    expect(view.dimmedActors.size).toBe(0);
  });
  it('dims everything but an emphasis (a search hit)', () => {
    const { map, ids } = chain();
    const view = deriveView(map, { emphasis: { actors: [ids.b!, ids.c!], relations: [ids.bc!] } });
    expect(view.dimmedActors).toEqual(new Set([ids.me, ids.a, ids.d]));
    expect(view.dimmedRelations).toEqual(new Set([ids.mea, ids.ab]));
  });
  it('ignores a focus on an actor that is gone', () => {
    const { map } = chain();
    const view = deriveView(map, { focus: { actor: 'gone', depth: 1 } });
    expect(view.visibleActors.size).toBe(5);
    expect(view.dimmedActors.size).toBe(0);
  });
});

describe('training filters', () => {
  it('marks keep marked relations with their actors, and actors marked themselves or on a service', () => {
    const { map: base, ids } = chain();
    const map: MapDoc = {
      ...base,
      marks: [
        { id: 'm1', target: { kind: 'relation', id: ids.ab! }, verdict: 'renew' },
        { id: 'm2', target: { kind: 'actor', id: ids.d! }, verdict: 'drop' },
        { id: 'm3', target: { kind: 'service', actor: ids.c!, service: 'Työpaja' }, verdict: 'renew' },
      ],
    };
    const renew = deriveView(map, { filters: { marks: ['renew'] } });
    expect(renew.visibleRelations).toEqual(new Set([ids.ab]));
    expect(renew.visibleActors).toEqual(new Set([ids.a, ids.b, ids.c]));
    const drop = deriveView(map, { filters: { marks: ['drop'] } });
    expect(drop.visibleActors).toEqual(new Set([ids.d]));
    expect(drop.visibleRelations.size).toBe(0);
    expect(deriveView(map, { filters: { marks: ['keep'] } }).visibleActors.size).toBe(0);
  });

  it('sectors keep actors placed in one, by themselves or by a contributor of a merged map', () => {
    const { map: base, ids } = chain();
    const map: MapDoc = {
      ...base,
      actors: base.actors.map((a) =>
        a.id === ids.a ? { ...a, sector: 'public' as const } : a.id === ids.b ? { ...a, sources: [{ mapId: 'x', title: 'X', sector: 'public' as const }] } : a,
      ),
    };
    const view = deriveView(map, { filters: { sectors: ['public'] } });
    // "Me" stands at the centre, in every sector: it stays, and so does its relation to a.
    expect(view.visibleActors).toEqual(new Set([ids.me, ids.a, ids.b]));
    expect(view.visibleRelations).toEqual(new Set([ids.mea, ids.ab]));
  });
});
