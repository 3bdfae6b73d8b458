/**
 * The zod schema of the JSON interchange format, version 1 (see docs/format.md).
 *
 * This is a public contract: other tools write and read these files. Documented
 * fields keep their names and meaning; evolve only by adding optional fields, or
 * by a new version with a migration in `migrations.ts`.
 */
import { z } from 'zod';
import { LIMITS } from './limits';
import { ACTOR_TYPES, CONTENT_AREAS, DIRECTION_CLASSES, DIRECTIONS, MAP_KINDS, REFLECTION_KEYS, TNO_LEVELS } from './vocabulary';

import { FORMAT_NAME, FORMAT_VERSION } from './format';

export { FORMAT_NAME, FORMAT_VERSION };

const isNotBlank = (s: string) => s.trim().length > 0;

const id = z.string().min(1).max(200).describe('Unique within its list of the map.');
const requiredText = (max: number) => z.string().min(1).max(max).refine(isNotBlank, { message: 'blank' });
const text = (max: number) => z.string().max(max);
const coordinate = z.number().min(-LIMITS.coordinate).max(LIMITS.coordinate);
const timestamp = z.iso.datetime({ offset: true });

export const sourceRefSchema = z
  .object({
    mapId: id.describe('Id of the map the element came from.'),
    title: text(LIMITS.title),
    author: text(LIMITS.name).optional(),
    ring: z
      .union([z.literal(1), z.literal(2), z.literal(3)])
      .optional()
      .describe('Actors only: the ring the source map had the actor on (1 closest to its author, 3 most distant).'),
    self: z.literal(true).optional().describe('Actors only: the actor was the "me" of the source map, i.e. its author.'),
  })
  .describe('A map that an element of a merged map came from.');

export const serviceSchema = z.object({
  name: requiredText(LIMITS.label),
  tno: z.array(z.enum(TNO_LEVELS)).max(TNO_LEVELS.length),
  areas: z.array(z.enum(CONTENT_AREAS)).max(CONTENT_AREAS.length),
});

export const actorSchema = z.object({
  id,
  name: requiredText(LIMITS.name),
  type: z.enum(ACTOR_TYPES),
  ring: z
    .union([z.literal(1), z.literal(2), z.literal(3)])
    .optional()
    .describe('Closeness to "me": 1 closest, 3 most distant.'),
  position: z.object({ x: coordinate, y: coordinate }).optional().describe('Missing: the app places the actor.'),
  organisation: text(LIMITS.name).optional(),
  services: z.array(serviceSchema).max(LIMITS.listItems).default([]),
  note: text(LIMITS.longText).optional(),
  sources: z.array(sourceRefSchema).max(LIMITS.questions).optional(),
});

export const relationSchema = z.object({
  id,
  source: id.describe('Actor id.'),
  target: id.describe('Actor id.'),
  direction: z.enum(DIRECTIONS).describe('forward: source→target, backward: source←target, both: ↔.'),
  topics: z.array(requiredText(LIMITS.label)).max(LIMITS.listItems).default([]),
  methods: z
    .array(requiredText(LIMITS.label))
    .max(LIMITS.listItems)
    .default([])
    .describe('Preset codes (meeting, briefing, formal-meeting, letter, email, phone, video, chat) or free text.'),
  note: text(LIMITS.longText).optional(),
  weight: z.int().min(1).max(100000).optional().describe('How many source maps drew this relation (merged maps).'),
  sources: z.array(sourceRefSchema).max(LIMITS.questions).optional(),
});

export const questionSchema = z.object({
  id,
  text: text(LIMITS.label),
  author: text(LIMITS.name).optional(),
});

export const reflectionSchema = z
  .object(
    Object.fromEntries(REFLECTION_KEYS.map((k) => [k, text(LIMITS.longText).default('')])) as Record<
      (typeof REFLECTION_KEYS)[number],
      z.ZodDefault<z.ZodString>
    >,
  )
  .describe('Answers to the six reflection questions of the exercise.');

const idList = z.array(id).max(LIMITS.actors + LIMITS.relations);
const labelList = z.array(requiredText(LIMITS.label)).max(LIMITS.listItems);

export const viewFiltersSchema = z
  .object({
    actorTypes: z.array(z.enum(ACTOR_TYPES)).max(ACTOR_TYPES.length).optional(),
    areas: z.array(z.enum(CONTENT_AREAS)).max(CONTENT_AREAS.length).optional(),
    tno: z.array(z.enum(TNO_LEVELS)).max(TNO_LEVELS.length).optional(),
    methods: labelList.optional().describe('Preset method codes or free text, compared case-insensitively.'),
    topics: labelList.optional().describe('Topics, compared case-insensitively.'),
    directions: z.array(z.enum(DIRECTION_CLASSES)).max(DIRECTION_CLASSES.length).optional(),
    sources: z.array(id).max(LIMITS.questions).optional().describe('Ids of source maps (merged maps).'),
    minWeight: z.int().min(1).max(100000).optional().describe('Relations drawn in at least this many source maps.'),
  })
  .describe('What a view shows: each list keeps what matches one of its values; lists combine with AND.');

export const savedViewSchema = z
  .object({
    id,
    name: requiredText(LIMITS.name),
    frame: z
      .object({ x: coordinate, y: coordinate, width: z.number().positive().max(LIMITS.coordinate), height: z.number().positive().max(LIMITS.coordinate) })
      .optional()
      .describe('The part of the map in view, in map units (top-left corner and size); fitted to any screen.'),
    focus: z
      .object({ actor: id, depth: z.union([z.literal(1), z.literal(2)]) })
      .optional()
      .describe('An actor whose neighbourhood (1 or 2 steps) stays at full strength.'),
    filters: viewFiltersSchema.optional(),
    emphasis: z
      .object({ actors: idList, relations: idList })
      .optional()
      .describe('Actors and relations that stand out (a search hit or an insight); the rest is dimmed.'),
    query: text(LIMITS.label).optional().describe('The search that made the emphasis, shown with the view.'),
    hideOthers: z.boolean().optional().describe('Hide instead of dim what is outside the focus or emphasis.'),
  })
  .describe('A named view of the map that a facilitator steps through in presentation mode.');

export const mapSchema = z
  .object({
    id: id.describe('Id of the map itself; kept when the map is exported and opened again.'),
    title: requiredText(LIMITS.title),
    kind: z.enum(MAP_KINDS),
    author: text(LIMITS.name).optional(),
    region: text(LIMITS.name).optional(),
    createdAt: timestamp,
    updatedAt: timestamp,
    actors: z.array(actorSchema).max(LIMITS.actors),
    relations: z.array(relationSchema).max(LIMITS.relations),
    questions: z.array(questionSchema).max(LIMITS.questions).default([]),
    reflection: reflectionSchema.default(Object.fromEntries(REFLECTION_KEYS.map((k) => [k, ''])) as never),
    views: z.array(savedViewSchema).max(LIMITS.questions).optional().describe('Saved views, in the order they are presented.'),
  })
  .superRefine((map, ctx) => {
    reportDuplicateIds(map.actors, ['actors'], ctx);
    reportDuplicateIds(map.relations, ['relations'], ctx);
    reportDuplicateIds(map.questions, ['questions'], ctx);
    reportDuplicateIds(map.views ?? [], ['views'], ctx);
    const actorIds = new Set(map.actors.map((a) => a.id));
    map.relations.forEach((relation, index) => {
      for (const end of ['source', 'target'] as const) {
        if (!actorIds.has(relation[end])) {
          ctx.addIssue({ code: 'custom', path: ['relations', index, end], message: 'dangling', params: { id: relation[end] } });
        }
      }
    });
    if (map.actors.filter((a) => a.type === 'self').length > 1) {
      ctx.addIssue({ code: 'custom', path: ['actors'], message: 'manySelf' });
    }
  });

function reportDuplicateIds(items: readonly { id: string }[], path: (string | number)[], ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      ctx.addIssue({ code: 'custom', path: [...path, index, 'id'], message: 'duplicateId', params: { id: item.id } });
    }
    seen.add(item.id);
  });
}

export const fileSchema = z.object({
  format: z.literal(FORMAT_NAME),
  version: z.literal(FORMAT_VERSION),
  exportedAt: timestamp,
  map: mapSchema,
});

export type MapDoc = z.output<typeof mapSchema>;
export type Actor = z.output<typeof actorSchema>;
export type Relation = z.output<typeof relationSchema>;
export type Service = z.output<typeof serviceSchema>;
export type Question = z.output<typeof questionSchema>;
export type Reflection = z.output<typeof reflectionSchema>;
export type SourceRef = z.output<typeof sourceRefSchema>;
export type SavedView = z.output<typeof savedViewSchema>;
export type MapFile = z.output<typeof fileSchema>;
export type Position = { x: number; y: number };
