/**
 * Keeps the published JSON Schema in step with the zod schema.
 *
 * After changing `schema.ts`, regenerate the published file with
 *   UPDATE_SCHEMA=1 npx vitest run src/model/jsonSchema.test.ts
 * and commit it together with the change (and a note in docs/format.md).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildJsonSchema, JSON_SCHEMA_ID, JSON_SCHEMA_PATH, jsonSchemaText } from './jsonSchema';
import { LIMITS } from './limits';
import { ACTOR_TYPES, DIRECTIONS, MAP_KINDS } from './vocabulary';

const publishedUrl = new URL(`../../${JSON_SCHEMA_PATH}`, import.meta.url);

// biome-ignore lint/suspicious/noExplicitAny: walks an arbitrary JSON Schema document.
type Node = Record<string, any>;

describe('the published JSON Schema', () => {
  if (process.env.UPDATE_SCHEMA === '1') {
    it('is rewritten', () => {
      writeFileSync(publishedUrl, jsonSchemaText());
    });
  }

  it('matches the zod schema (regenerate with UPDATE_SCHEMA=1 if this fails)', () => {
    expect(existsSync(publishedUrl), `${JSON_SCHEMA_PATH} is missing`).toBe(true);
    expect(JSON.parse(readFileSync(publishedUrl, 'utf8'))).toEqual(buildJsonSchema());
  });
});

describe('buildJsonSchema', () => {
  const schema = buildJsonSchema() as Node;
  const map = schema.properties.map as Node;
  const actor = map.properties.actors.items as Node;
  const relation = map.properties.relations.items as Node;

  it('names itself', () => {
    expect(schema).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', $id: JSON_SCHEMA_ID });
    expect(schema.title).toContain('Verkostokartta');
    expect(schema.description).toContain('unique');
  });

  it('describes the envelope', () => {
    expect(schema.required).toEqual(['format', 'version', 'exportedAt', 'map']);
    expect(schema.properties.format.const).toBe('verkostokartta');
    expect(schema.properties.version.const).toBe(1);
    expect(schema.properties.exportedAt.format).toBe('date-time');
  });

  it('makes fields with a default optional, as a writer may leave them out', () => {
    expect(map.required).toEqual(['id', 'title', 'kind', 'createdAt', 'updatedAt', 'actors', 'relations']);
    expect(actor.required).toEqual(['id', 'name', 'type']);
    expect(relation.required).toEqual(['id', 'source', 'target', 'direction']);
  });

  it('lets unknown fields through, as the app ignores them', () => {
    expect(schema.additionalProperties).toBeUndefined();
    expect(actor.additionalProperties).toBeUndefined();
  });

  it('carries the closed vocabularies and the limits', () => {
    expect(map.properties.kind.enum).toEqual([...MAP_KINDS]);
    expect(actor.properties.type.enum).toEqual([...ACTOR_TYPES]);
    expect(relation.properties.direction.enum).toEqual([...DIRECTIONS]);
    expect(map.properties.actors.maxItems).toBe(LIMITS.actors);
    expect(actor.properties.name.maxLength).toBe(LIMITS.name);
    expect(actor.properties.position.properties.x).toMatchObject({ minimum: -LIMITS.coordinate, maximum: LIMITS.coordinate });
  });
});
