import type { EdgeChange, NodeChange } from '@xyflow/react';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { resources } from '../i18n/resources';
import { addActor, addRelation, createMap, type MapDoc } from '../model';
import { finishedMoves, selectionChanges, toFlowEdges, toFlowNodes } from './flowAdapter';
import type { ActorFlowNode } from './flowTypes';

const none = { actors: [], relations: [] };

function sample(): { map: MapDoc; me: string; liisa: string; relation: string } {
  const empty = createMap({ kind: 'personal', title: 'T', author: 'Aino' });
  const liisa = addActor(empty, { type: 'person', name: 'Liisa', ring: 1 });
  const r = addRelation(liisa.map, { source: empty.actors[0]!.id, target: liisa.actor.id, direction: 'both' });
  return { map: r.map, me: empty.actors[0]!.id, liisa: liisa.actor.id, relation: r.relation!.id };
}

describe('toFlowNodes', () => {
  it('makes one node per actor at its stored position, "me" fixed (not draggable, not deletable, nopan)', () => {
    const { map, me, liisa } = sample();
    const nodes = toFlowNodes(map, none, null);
    expect(nodes.map((n) => n.id)).toEqual([me, liisa]);
    expect(nodes[0]).toMatchObject({ draggable: false, deletable: false, className: 'nopan', position: { x: 0, y: 0 } });
    expect(nodes[1]).toMatchObject({ draggable: true, deletable: true, position: map.actors[1]!.position });
    expect(nodes[1]!.className).toBeUndefined();
  });
  it('makes no node draggable when read-only (presentation), and keeps panning on all but "me"', () => {
    const { map } = sample();
    const nodes = toFlowNodes(map, none, null, [], undefined, true);
    expect(nodes.map((n) => n.draggable)).toEqual([false, false]);
    expect(nodes.map((n) => n.className)).toEqual(['nopan', undefined]);
    // Leaving the presentation makes them draggable again (new objects, not the read-only ones).
    expect(toFlowNodes(map, none, null, nodes)[1]!.draggable).toBe(true);
  });
  it('marks selection and name editing', () => {
    const { map, liisa } = sample();
    const [, node] = toFlowNodes(map, { actors: [liisa], relations: [] }, liisa, []);
    expect(node).toMatchObject({ selected: true, data: { editing: true } });
  });
  it('keeps unchanged nodes as the same objects, and a dragged node at its live position', () => {
    const { map, liisa } = sample();
    const first = toFlowNodes(map, none, null);
    const again = toFlowNodes(map, none, null, first);
    expect(again[0]).toBe(first[0]);
    expect(again[1]).toBe(first[1]);
    const dragging = first.map((n) => (n.id === liisa ? { ...n, dragging: true, position: { x: 999, y: 9 } } : n));
    expect(toFlowNodes(map, { actors: [liisa], relations: [] }, null, dragging)[1]!.position).toEqual({ x: 999, y: 9 });
  });
  it('lets "me" move on a regional map (no rings to keep)', () => {
    const regional = { ...sample().map, kind: 'regional' as const };
    expect(toFlowNodes(regional, none, null)[0]!.draggable).toBe(true);
  });
});

describe('toFlowEdges', () => {
  // The heads themselves are drawn by RelationEdge from render/geometry (tested there): no React Flow markers.
  it('gives each relation an edge between its actors that carries the relation and its selection', () => {
    const { map, relation } = sample();
    const [edge] = toFlowEdges(map, none);
    expect(edge).toMatchObject({ id: relation, type: 'relation', selected: false, data: { relation: map.relations[0] } });
    expect(edge!.markerStart ?? edge!.markerEnd).toBeUndefined();
    const [selected] = toFlowEdges(map, { actors: [], relations: [relation] });
    expect(selected!.selected).toBe(true);
  });
  it('names each edge and its role in the user’s language, never React Flow’s English "Edge from <id> to <id>"', async () => {
    const { map } = sample();
    const t = i18next.createInstance();
    await t.init({ resources, lng: 'sv', interpolation: { escapeValue: false } });
    const [edge] = toFlowEdges(map, none, t.t);
    expect(edge!.ariaLabel).toBe('Aino ↔ Liisa');
    expect(edge!.domAttributes).toEqual({ 'aria-roledescription': 'relation' });
    const [node] = toFlowNodes(map, none, null, [], t.t('flow.nodeRole'));
    expect(node!.domAttributes).toEqual({ 'aria-roledescription': 'aktör' });
    // A new language makes new nodes, even when nothing else changed.
    const first = toFlowNodes(map, none, null, [], 'toimija');
    expect(toFlowNodes(map, none, null, first, 'actor')[0]).not.toBe(first[0]);
  });
});

describe('finishedMoves', () => {
  it('keeps only positions of finished drags', () => {
    const changes: NodeChange<ActorFlowNode>[] = [
      { type: 'position', id: 'a', position: { x: 1, y: 2 }, dragging: true },
      { type: 'position', id: 'b', position: { x: 3, y: 4 }, dragging: false },
      { type: 'position', id: 'c', dragging: false },
      { type: 'select', id: 'd', selected: true },
    ];
    expect([...finishedMoves(changes)]).toEqual([['b', { x: 3, y: 4 }]]);
  });
});

describe('selectionChanges', () => {
  it('keeps only select changes of nodes and edges', () => {
    const changes: (NodeChange | EdgeChange)[] = [
      { type: 'select', id: 'a', selected: true },
      { type: 'remove', id: 'b' },
      { type: 'select', id: 'r', selected: false },
    ];
    expect(selectionChanges(changes)).toEqual([
      { id: 'a', selected: true },
      { id: 'r', selected: false },
    ]);
  });
});

describe('toFlowEdges with the previous edges', () => {
  it('keeps the objects of unchanged edges (React Flow re-renders only the edges an edit touched)', async () => {
    const t = i18next.createInstance();
    await t.init({ lng: 'fi', resources, interpolation: { escapeValue: false } });
    const fi = t.getFixedT('fi');
    const { map, liisa, relation } = sample();
    const withKalle = addActor(map, { type: 'person', name: 'Kalle', ring: 2 });
    const second = addRelation(withKalle.map, { source: liisa, target: withKalle.actor.id, direction: 'forward' });
    const before = toFlowEdges(second.map, none, fi);
    const again = toFlowEdges(second.map, none, fi, before);
    expect(again[0]).toBe(before[0]);
    expect(again[1]).toBe(before[1]);
    // Selecting one edge makes that one anew, the other stays.
    const selected = toFlowEdges(second.map, { actors: [], relations: [relation] }, fi, again);
    expect(selected[0]).not.toBe(again[0]);
    expect(selected[0]!.selected).toBe(true);
    expect(selected[1]).toBe(again[1]);
    // Renaming Kalle renames the edge to him (its name says "Liisa → Kalle"), not the other.
    const renamed = { ...second.map, actors: second.map.actors.map((a) => (a.id === withKalle.actor.id ? { ...a, name: 'Kalle K' } : a)) };
    const afterRename = toFlowEdges(renamed, none, fi, before);
    expect(afterRename[0]).toBe(before[0]);
    expect(afterRename[1]).not.toBe(before[1]);
    expect(afterRename[1]!.ariaLabel).toContain('Kalle K');
  });
});
