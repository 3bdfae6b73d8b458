import { newId } from './ids';
import type { Actor, MapDoc, Reflection, Relation } from './schema';
import { REFLECTION_KEYS, type ActorType, type MapKind } from './vocabulary';

export function emptyReflection(): Reflection {
  return Object.fromEntries(REFLECTION_KEYS.map((key) => [key, ''])) as Reflection;
}

export interface NewMapInput {
  kind: MapKind;
  title: string;
  author?: string;
  region?: string;
  /** Name shown on the "me" node of a personal map (translated by the caller). */
  selfName?: string;
  now?: Date;
}

/** A new map; a personal map starts with "me" at the centre. */
export function createMap(input: NewMapInput): MapDoc {
  const now = (input.now ?? new Date()).toISOString();
  const author = input.author?.trim() || undefined;
  const actors: Actor[] = input.kind === 'personal' ? [createActor({ type: 'self', name: author ?? input.selfName ?? 'me', position: { x: 0, y: 0 } })] : [];
  return {
    id: newId(),
    title: input.title.trim(),
    kind: input.kind,
    author,
    region: input.region?.trim() || undefined,
    createdAt: now,
    updatedAt: now,
    actors,
    relations: [],
    questions: [],
    reflection: emptyReflection(),
  };
}

export function createActor(fields: Partial<Actor> & { type: ActorType; name: string }): Actor {
  return { id: newId(), services: [], ...fields };
}

export function createRelation(fields: Partial<Relation> & { source: string; target: string }): Relation {
  return { id: newId(), direction: 'forward', topics: [], methods: [], ...fields };
}
