/** Small map files written the way other tools would write them (interchange format version 1). */

/** When every test file says it was made: a fixed time keeps the files the same from run to run. */
const MADE_AT = '2026-11-01T10:00:00.000Z';

/**
 * The file around a map: format, version and times, with the lists a map may
 * leave out filled in as the format's defaults. Every map file of the tests is
 * written through here, so the envelope is spelt once.
 */
export function fileOf(map: {
  id: string;
  title: string;
  kind: 'personal' | 'regional';
  author?: string;
  actors: Record<string, unknown>[];
  relations: Record<string, unknown>[];
  questions?: { id: string; text: string }[];
}): string {
  return JSON.stringify({
    format: 'verkostokartta',
    version: 1,
    exportedAt: MADE_AT,
    map: {
      id: map.id,
      title: map.title,
      kind: map.kind,
      ...(map.author ? { author: map.author } : {}),
      createdAt: MADE_AT,
      updatedAt: MADE_AT,
      actors: map.actors.map((a) => ({ services: [], ...a })),
      relations: map.relations,
      questions: map.questions ?? [],
      reflection: {},
    },
  });
}
type ActorSpec = [id: string, name: string, type: 'self' | 'person' | 'group' | 'organisation'];
type RelationSpec = [source: string, target: string, direction: 'forward' | 'backward' | 'both', topics: string[], methods: string[]];

export function mapFile(input: {
  id: string;
  title: string;
  kind: 'personal' | 'regional';
  author?: string;
  actors: ActorSpec[];
  relations: RelationSpec[];
  questions?: string[];
}): string {
  return fileOf({
    id: input.id,
    title: input.title,
    kind: input.kind,
    author: input.author,
    actors: input.actors.map(([id, name, type]) => ({ id: `${input.id}-${id}`, name, type, ...(type === 'self' ? { position: { x: 0, y: 0 } } : {}) })),
    relations: input.relations.map(([source, target, direction, topics, methods], i) => ({
      id: `${input.id}-r${i}`,
      source: `${input.id}-${source}`,
      target: `${input.id}-${target}`,
      direction,
      topics,
      methods,
    })),
    questions: (input.questions ?? []).map((text, i) => ({ id: `${input.id}-q${i}`, text })),
  });
}
