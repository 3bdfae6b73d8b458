/**
 * Test helper only: maps built from edge lists ("a-b", "a>b", "a<b"), so a test
 * states its graph in one line. Actors are named after their ids.
 */
import type { Actor, MapDoc, Relation } from '../schema';
import type { Direction } from '../vocabulary';

const ARROWS: Record<string, Direction> = { '-': 'both', '>': 'forward', '<': 'backward' };

export function graphMap(actorIds: string[], edges: string[], extra: Partial<MapDoc> = {}): MapDoc {
  const actors: Actor[] = actorIds.map((id) => ({ id, name: id, type: 'organisation', services: [] }));
  const relations: Relation[] = edges.map((edge, i) => {
    const match = /^(.+?)([-<>])(.+)$/.exec(edge);
    if (!match) throw new Error(`bad edge ${edge}`);
    return { id: `r${i}`, source: match[1]!, target: match[3]!, direction: ARROWS[match[2]!]!, topics: [], methods: [] };
  });
  return {
    id: 'm',
    title: 'test',
    kind: 'personal',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    actors,
    relations,
    questions: [],
    reflection: { networks: '', members: '', purpose: '', experiences: '', coordination: '', value: '' },
    ...extra,
  };
}

/** A map of n actors "0"…"n-1" joined by undirected index pairs. */
export function pairsMap(n: number, pairs: [number, number][]): MapDoc {
  return graphMap(
    Array.from({ length: n }, (_, i) => String(i)),
    pairs.map(([a, b]) => `${a}-${b}`),
  );
}
