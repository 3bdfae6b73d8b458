import { describe, expect, it } from 'vitest';
import { removeElements } from './commands';
import { createMap } from './factories';
import { mapSchema, type MapDoc } from './schema';
import {
  WORK_TOOL_HEADINGS,
  WORK_TOOL_ITEMS,
  WORK_TOOL_VERSION,
  isCatalogueItem,
  linkWorkToolItem,
  setWorkToolNote,
  setWorkToolStatus,
  workToolCounts,
  workToolLinks,
} from './workTool';

function sample(): MapDoc {
  const map = createMap({ kind: 'regional', title: 'Kainuu', now: new Date('2025-03-03T10:00:00.000Z') });
  const org = (id: string) => ({ id, name: id, type: 'organisation' as const, position: { x: 0, y: 0 }, services: [] });
  return {
    ...map,
    actors: [org('ohj'), org('te'), org('kela')],
    relations: [
      { id: 'r1', source: 'ohj', target: 'te', direction: 'both', topics: [], methods: [] },
      { id: 'r2', source: 'te', target: 'kela', direction: 'forward', topics: [], methods: [] },
    ],
  };
}

describe('the work tool catalogue', () => {
  it('keeps its ids: they are stored in files and must never change', () => {
    expect(WORK_TOOL_VERSION).toBe('2.6');
    expect(WORK_TOOL_ITEMS.map((i) => `${i.heading}/${i.id}`)).toEqual([
      'network/networkBuilding',
      'network/networkKnowing',
      'network/networkProcess',
      'network/ownOrganisation',
      'network/interfacesRoles',
      'network/commitmentTrust',
      'network/enablingAgreements',
      'multisectoral/multisectoralWork',
      'guidance/lowThresholdGuidance',
      'service/servicePath',
      'interaction/leadershipCoordination',
    ]);
    expect(new Set(WORK_TOOL_ITEMS.map((i) => i.heading))).toEqual(new Set(WORK_TOOL_HEADINGS));
    expect(isCatalogueItem('commitmentTrust')).toBe(true);
    expect(isCatalogueItem('somethingElse')).toBe(false);
  });
});

describe('work tool commands', () => {
  it('sets a status, a note and links; not assessed takes the item out; the file stays valid', () => {
    let map = setWorkToolStatus(sample(), 'commitmentTrust', 'inProgress');
    expect(map.workTool).toEqual({ version: '2.6', items: [{ item: 'commitmentTrust', status: 'inProgress' }] });
    expect(setWorkToolStatus(map, 'commitmentTrust', 'inProgress')).toBe(map);
    map = setWorkToolNote(map, 'commitmentTrust', 'Sopimus puuttuu');
    map = linkWorkToolItem(map, 'commitmentTrust', { actors: ['ohj', 'te'], relations: ['r1'] });
    map = setWorkToolStatus(map, 'networkBuilding', 'inPlace');
    expect(map.workTool!.items[0]).toEqual({
      item: 'commitmentTrust',
      status: 'inProgress',
      note: 'Sopimus puuttuu',
      actors: ['ohj', 'te'],
      relations: ['r1'],
    });
    expect(workToolCounts(map)).toEqual({ inPlace: 1, inProgress: 1, missing: 0, notAssessed: WORK_TOOL_ITEMS.length - 2 });
    expect(mapSchema.safeParse(map).success).toBe(true);
    // A note before a status has nowhere to go: the item is assessed first.
    expect(setWorkToolNote(map, 'servicePath', 'x')).toBe(map);
    map = setWorkToolStatus(setWorkToolStatus(map, 'networkBuilding', null), 'commitmentTrust', null);
    expect('workTool' in map).toBe(false);
  });

  it('removing actors and relations drops them from the links, relations of a removed actor included', () => {
    let map = setWorkToolStatus(sample(), 'interfacesRoles', 'missing');
    map = linkWorkToolItem(map, 'interfacesRoles', { actors: ['ohj', 'kela'], relations: ['r1', 'r2'] });
    const after = removeElements(map, { actors: ['kela'] });
    expect(after.workTool!.items[0]).toEqual({ item: 'interfacesRoles', status: 'missing', actors: ['ohj'], relations: ['r1'] });
    const none = removeElements(after, { actors: ['ohj'] });
    expect(none.workTool!.items[0]).toEqual({ item: 'interfacesRoles', status: 'missing' });
  });

  it('ignores links that do not resolve (a hand-edited file) and keeps unknown items', () => {
    const map: MapDoc = {
      ...sample(),
      workTool: { version: '2.6', items: [{ item: 'fromTheFuture', status: 'inPlace', actors: ['ohj', 'nobody'], relations: ['r9'] }] },
    };
    expect(workToolLinks(map, map.workTool!.items[0]!)).toEqual({ actors: ['ohj'], relations: [] });
    expect(workToolCounts(map)).toMatchObject({ inPlace: 1, notAssessed: WORK_TOOL_ITEMS.length });
  });
});
