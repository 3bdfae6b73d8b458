import { describe, expect, it } from 'vitest';
import { addActor, addRelation } from './commands';
import { copyAsRegional } from './convert';
import { createMap } from './factories';
import { mapSchema } from './schema';

describe('copyAsRegional', () => {
  it('turns "me" into a person named after the author and drops rings', () => {
    let map = createMap({ kind: 'personal', title: 'Oma', author: 'Aino Virtanen', selfName: 'Minä' });
    const self = map.actors[0]!;
    const added = addActor(map, { type: 'group', name: 'Työpaja', ring: 1 });
    map = addRelation(added.map, { source: self.id, target: added.actor.id }).map;

    const regional = copyAsRegional(map, { region: 'Kainuu' });

    expect(regional.id).not.toBe(map.id);
    expect(regional.kind).toBe('regional');
    expect(regional.region).toBe('Kainuu');
    expect(regional.actors.find((a) => a.id === self.id)).toMatchObject({ type: 'person', name: 'Aino Virtanen', position: self.position });
    expect(regional.actors.every((a) => a.ring === undefined)).toBe(true);
    expect(regional.relations).toEqual(map.relations);
    expect(mapSchema.safeParse(regional).success).toBe(true);
    expect(map.kind).toBe('personal');
  });
});
