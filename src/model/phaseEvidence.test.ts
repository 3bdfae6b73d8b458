import { describe, expect, it } from 'vitest';
import { removeElements } from './commands';
import { createMap } from './factories';
import { compareWithMap, phaseEvidence, phaseFigures } from './phaseEvidence';
import { addPhase, headlinePhase, phaseRange, phaseScope, removePhase, updatePhase } from './phases';
import { mapSchema, type Actor, type MapDoc, type Relation } from './schema';
import type { Direction } from './vocabulary';

const NOW = new Date('2025-03-03T10:00:00.000Z');
const actor = (id: string, services = 0): Actor => ({
  id,
  name: id,
  type: 'organisation',
  position: { x: 0, y: 0 },
  services: Array.from({ length: services }, (_, i) => ({ name: `s${i}`, areas: [] }) as never),
});
const relation = (id: string, source: string, target: string, direction: Direction): Relation => ({ id, source, target, direction, topics: [], methods: [] });
function mapOf(actors: Actor[], relations: Relation[]): MapDoc {
  return { ...createMap({ kind: 'regional', title: 'Kainuu', now: NOW }), actors, relations };
}

/** Phase I–II by the book: 20 actors, 7 alone, 10 relations of which 8 one-way, in three clusters. */
function scattered(): MapDoc {
  const actors = Array.from({ length: 20 }, (_, i) => actor(`a${i}`));
  const relations = [
    relation('r0', 'a0', 'a1', 'forward'),
    relation('r1', 'a1', 'a2', 'forward'),
    relation('r2', 'a2', 'a3', 'backward'),
    relation('r3', 'a4', 'a5', 'forward'),
    relation('r4', 'a5', 'a6', 'both'),
    relation('r5', 'a6', 'a7', 'forward'),
    relation('r6', 'a8', 'a9', 'forward'),
    relation('r7', 'a9', 'a10', 'forward'),
    relation('r8', 'a10', 'a11', 'both'),
    relation('r9', 'a11', 'a12', 'forward'),
  ];
  return mapOf(actors, relations);
}

/** Phase IV–V by the book: 6 actors, all linked both ways in one whole, each with its services recorded. */
function woven(): MapDoc {
  const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
  const actors = ids.map((id) => actor(id, 2));
  const relations = ids.map((id, i) => relation(`r${i}`, id, ids[(i + 1) % ids.length]!, 'both'));
  relations.push(relation('x1', 'a', 'd', 'both'), relation('x2', 'b', 'e', 'both'));
  return mapOf(actors, relations);
}

describe('phase figures', () => {
  it('counts isolated actors, one-way and mutual relations, separate parts and density of a known graph', () => {
    expect(phaseFigures(scattered())).toEqual({ actors: 20, isolated: 7, relations: 10, mutual: 2, oneWay: 8, parts: 3, density: 10 / 190, withServices: 0 });
  });

  it('reads only the chosen part: relations leaving it do not count, unknown ids are ignored', () => {
    const f = phaseFigures(scattered(), ['a0', 'a1', 'a2', 'a13', 'gone']);
    expect(f).toMatchObject({ actors: 4, isolated: 1, relations: 2, mutual: 0, parts: 1 });
  });
});

describe('phase evidence', () => {
  it('7 of 20 alone, 80 % one-way, three clusters: fits phases I–II, with the reasons', () => {
    const evidence = phaseEvidence(scattered());
    expect(evidence.fits).toEqual({ from: 1, to: 2 });
    const isolated = evidence.reasons.find((r) => r.kind === 'isolated')!;
    expect(isolated).toMatchObject({ from: 1, to: 2, values: { count: 7, total: 20, percent: 35 } });
    expect(evidence.reasons.find((r) => r.kind === 'direction')).toMatchObject({ from: 1, to: 2, values: { oneWayPercent: 80 } });
    expect(evidence.reasons.find((r) => r.kind === 'parts')).toMatchObject({ values: { count: 3 } });
  });

  it('all mutual, one whole, services known: fits phases IV–V', () => {
    const evidence = phaseEvidence(woven());
    expect(evidence.fits).toEqual({ from: 4, to: 5 });
    expect(evidence.mixed).toBe(false);
  });

  it('says nothing about a part too small to read', () => {
    const evidence = phaseEvidence(mapOf([actor('a'), actor('b')], [relation('r', 'a', 'b', 'both')]));
    expect(evidence.fits).toBeNull();
    expect(compareWithMap(evidence, 3)).toBe('unknown');
  });

  it('compares the group’s phase with the suggestion without changing it', () => {
    const evidence = phaseEvidence(scattered());
    expect(compareWithMap(evidence, 4)).toBe('above');
    expect(compareWithMap(evidence, 2)).toBe('within');
    expect(compareWithMap(phaseEvidence(woven()), 2)).toBe('below');
  });

  it('writes ranges as the training does', () => {
    expect(phaseRange(1, 2)).toBe('I–II');
    expect(phaseRange(3, 3)).toBe('III');
  });
});

describe('phase assessment commands', () => {
  it('adds, changes and removes assessments of the whole map and of a part; the file stays valid', () => {
    let map = scattered();
    const whole = addPhase(map, { phase: 2, justification: 'Moni toimii yksin' }, 'p1');
    const part = addPhase(whole.map, { phase: 3, name: 'Kajaani', actors: ['a0', 'a1', 'a1'] }, 'p2');
    map = part.map;
    expect(map.phases).toEqual([
      { id: 'p1', phase: 2, justification: 'Moni toimii yksin' },
      { id: 'p2', phase: 3, name: 'Kajaani', actors: ['a0', 'a1'] },
    ]);
    expect(headlinePhase(map)?.id).toBe('p1');
    expect(phaseScope(map, map.phases![1]!)).toEqual(['a0', 'a1']);
    expect(phaseScope(map, map.phases![0]!)).toHaveLength(20);
    expect(updatePhase(map, 'p1', { phase: 2 })).toBe(map);
    map = updatePhase(map, 'p1', { phase: 3, justification: '' });
    expect(map.phases![0]).toEqual({ id: 'p1', phase: 3 });
    expect(mapSchema.safeParse(map).success).toBe(true);
    map = removePhase(removePhase(map, 'p1'), 'p2');
    expect('phases' in map).toBe(false);
  });

  it('removing actors drops them from parts; a part left empty goes with them (never read as the whole map)', () => {
    let map = addPhase(scattered(), { phase: 3, actors: ['a0', 'a1'] }, 'p1').map;
    map = addPhase(map, { phase: 2, actors: ['a2'] }, 'p2').map;
    map = addPhase(map, { phase: 1 }, 'p3').map;
    const after = removeElements(map, { actors: ['a1', 'a2'] });
    expect(after.phases).toEqual([
      { id: 'p1', phase: 3, actors: ['a0'] },
      { id: 'p3', phase: 1 },
    ]);
  });
});
