import { describe, expect, it } from 'vitest';
import { addActor, addRelation, createMap, type MapDoc, updateRelation } from '../model';
import { buildScene, buildSceneSteps } from './scene';
import { runSteps, runStepsUntil } from './steps';
import { screenTheme } from './theme';

/** A regional map of `n` actors on a grid with relations between neighbours and a few across: lines meet actors and each other. */
function gridMap(n: number): MapDoc {
  let map = createMap({ kind: 'regional', title: 'Ruudukko', author: 'Testi' });
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const made = addActor(map, {
      type: i % 3 === 0 ? 'organisation' : 'person',
      name: `Toimija ${i}`,
      position: { x: (i % 10) * 260, y: Math.floor(i / 10) * 150 },
    });
    map = made.map;
    ids.push(made.actor.id);
  }
  for (let i = 0; i < n; i++) {
    const across = (i * 7 + 3) % n;
    for (const j of [i + 1, across])
      if (j < n && j !== i) {
        const made = addRelation(map, { source: ids[i]!, target: ids[j]!, direction: i % 2 ? 'both' : 'forward' });
        map = made.relation ? updateRelation(made.map, made.relation.id, { topics: [`aihe ${i % 5}`] }) : made.map;
      }
  }
  return map;
}

const lines = (map: MapDoc) => {
  const byId = new Map(map.relations.map((r) => [r.id, r]));
  return (id: string) => byId.get(id)!.topics;
};

describe('the scene in steps', () => {
  it('gives the same scene however the steps are spread (one task, or a pause after every few)', () => {
    const map = gridMap(60);
    const whole = buildScene(map, new Map(), lines(map), screenTheme);
    const steps = buildSceneSteps(map, new Map(), lines(map), screenTheme);
    let pauses = 0;
    let result = runStepsUntil(steps, () => true, 3);
    while (!result.done) {
      pauses++;
      result = runStepsUntil(steps, () => true, 3);
    }
    // Many pauses: the canvas can give the page back between them.
    expect(pauses).toBeGreaterThan(map.relations.length / 3);
    expect(result.value).toEqual(whole);
  });

  it('keeps the objects of relations drawn as before, so only what an edit moved is drawn again', () => {
    const map = gridMap(60);
    const first = buildScene(map, new Map(), lines(map), screenTheme);
    const same = runSteps(buildSceneSteps(map, new Map(), lines(map), screenTheme, first));
    for (const [id, relation] of first.relations) expect(same.relations.get(id)).toBe(relation);

    // Move the last actor far away: its own relations change, relations far from it keep their objects.
    const moved = map.actors.at(-1)!;
    const edited: MapDoc = { ...map, actors: map.actors.map((a) => (a === moved ? { ...a, position: { x: 5000, y: 5000 } } : a)) };
    const after = runSteps(buildSceneSteps(edited, new Map(), lines(edited), screenTheme, first));
    const touching = edited.relations.filter((r) => r.source === moved.id || r.target === moved.id);
    expect(touching.length).toBeGreaterThan(0);
    for (const r of touching) expect(after.relations.get(r.id)).not.toBe(first.relations.get(r.id));
    const kept = [...after.relations].filter(([id, relation]) => relation === first.relations.get(id)).length;
    expect(kept).toBeGreaterThan(edited.relations.length / 2);
    // And what it keeps is what a fresh build draws.
    expect(after).toEqual(buildScene(edited, new Map(), lines(edited), screenTheme));
  });

  it('without labels draws the same lines, and leaves each label unplaced on its line (not to be drawn)', () => {
    const map = gridMap(40);
    const whole = buildScene(map, new Map(), lines(map), screenTheme);
    const bare = runSteps(buildSceneSteps(map, new Map(), lines(map), screenTheme, undefined, { labels: false }));
    expect(whole.labelled).toBeUndefined();
    expect(bare.labelled).toBe(false);
    expect(bare.boxes).toEqual(whole.boxes);
    expect(bare.ties).toEqual(whole.ties);
    for (const [id, drawn] of whole.relations) {
      const lean = bare.relations.get(id)!;
      expect({ bend: lean.bend, skew: lean.skew, shape: lean.shape, glyph: lean.glyph }).toEqual({
        bend: drawn.bend,
        skew: drawn.skew,
        shape: drawn.shape,
        glyph: drawn.glyph,
      });
      expect(lean.label.rows).toEqual(drawn.label.rows);
      expect(lean.label.leader).toBe(false);
    }
    // The labels placed afterwards, from the lean scene, are the ones a whole build places.
    expect(runSteps(buildSceneSteps(map, new Map(), lines(map), screenTheme, bare))).toEqual(whole);
  });
});
