/** Small map files written the way other tools would write them (interchange format version 1). */
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
  const now = '2026-11-01T10:00:00.000Z';
  return JSON.stringify({
    format: 'verkostokartta',
    version: 1,
    exportedAt: now,
    map: {
      id: input.id,
      title: input.title,
      kind: input.kind,
      ...(input.author ? { author: input.author } : {}),
      createdAt: now,
      updatedAt: now,
      actors: input.actors.map(([id, name, type]) => ({
        id: `${input.id}-${id}`,
        name,
        type,
        services: [],
        ...(type === 'self' ? { position: { x: 0, y: 0 } } : {}),
      })),
      relations: input.relations.map(([source, target, direction, topics, methods], i) => ({
        id: `${input.id}-r${i}`,
        source: `${input.id}-${source}`,
        target: `${input.id}-${target}`,
        direction,
        topics,
        methods,
      })),
      questions: (input.questions ?? []).map((text, i) => ({ id: `${input.id}-q${i}`, text })),
      reflection: {},
    },
  });
}
