/**
 * The JSON Schema of the interchange format, generated from the zod schema so
 * the two cannot disagree. Published as `public/schema/verkostokartta-1.json`
 * (regenerate with `UPDATE_SCHEMA=1 npx vitest run src/model/jsonSchema.test.ts`).
 *
 * JSON Schema cannot express the rules checked in code (unique ids, relation
 * ends that exist, one "me", non-blank names); they are listed in the
 * description and in docs/format.md.
 */
import { z } from 'zod';
import { FORMAT_NAME, FORMAT_VERSION, fileSchema } from './schema';

/**
 * The schema's identifier: a name, not a location (the app has no fixed address).
 * A copy is served with the app at `schema/verkostokartta-1.json`.
 */
export const JSON_SCHEMA_ID = `urn:${FORMAT_NAME}:schema:${FORMAT_VERSION}`;

/** Where the generated schema is committed, relative to the repository root. */
export const JSON_SCHEMA_PATH = `public/schema/${FORMAT_NAME}-${FORMAT_VERSION}.json`;

const DESCRIPTION = [
  `A network map of the Verkostokartta app, interchange format version ${FORMAT_VERSION} (see docs/format.md).`,
  'Rules this schema cannot express, which readers must also check:',
  'ids are unique within map.actors, within map.relations and within map.questions;',
  'the source and target of every relation are ids of actors of the same map;',
  'at most one actor has type "self";',
  'the title, actor names, service names, topics and methods are not blank (empty or only whitespace).',
  'Unknown fields are ignored on import and not kept.',
].join(' ');

/** The JSON Schema (draft 2020-12) of the file a reader must accept. */
export function buildJsonSchema(): Record<string, unknown> {
  // `io: 'input'`: describe what may be written, so fields with a default are optional.
  // Refinements (the rules above) are skipped by zod; nothing here is unrepresentable.
  const generated = z.toJSONSchema(fileSchema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: JSON_SCHEMA_ID,
    title: `Verkostokartta map file, version ${FORMAT_VERSION}`,
    description: DESCRIPTION,
    ...rest,
  };
}

/** The schema as the text of the published file. */
export function jsonSchemaText(): string {
  return `${JSON.stringify(buildJsonSchema(), null, 2)}\n`;
}
