/**
 * The zod schema of the JSON interchange format, version 1 (see docs/format.md).
 *
 * This is a public contract: other tools write and read these files. Documented
 * fields keep their names and meaning; evolve only by adding optional fields, or
 * by a new version with a migration in `migrations.ts`.
 */
import { z } from 'zod';
import { LIMITS } from './limits';
import {
  ACTOR_TYPES,
  CONTENT_AREAS,
  DIRECTION_CLASSES,
  DIRECTIONS,
  MAP_KINDS,
  MARK_VERDICTS,
  REFLECTION_KEYS,
  SECTOR_SCHEMES,
  SECTORS,
  TNO_LEVELS,
  WORK_TOOL_STATUSES,
} from './vocabulary';

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
    sector: z.enum(SECTORS).optional().describe('Actors only: the sector the source map had the actor in.'),
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
  sector: z.enum(SECTORS).optional().describe("The sector of the map's sector scheme (`sectors`) the actor is placed in."),
  createdAt: timestamp.optional().describe('When the actor was drawn; replays the map in drawing order.'),
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
  createdAt: timestamp.optional().describe('When the relation was drawn; replays the map in drawing order.'),
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
    marks: z.array(z.enum(MARK_VERDICTS)).max(MARK_VERDICTS.length).optional().describe('What carries a drop/renew/keep mark of one of these kinds.'),
    sectors: z.array(z.enum(SECTORS)).max(SECTORS.length).optional().describe('Actors placed in one of these sectors.'),
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

export const markSchema = z
  .object({
    id,
    target: z
      .discriminatedUnion('kind', [
        z.object({ kind: z.literal('actor'), id: id.describe('Actor id.') }),
        z.object({ kind: z.literal('relation'), id: id.describe('Relation id.') }),
        z.object({ kind: z.literal('service'), actor: id.describe('Actor id.'), service: requiredText(LIMITS.label).describe("The service's name.") }),
      ])
      .describe('What the mark is on: an actor, a relation, or a service of an actor (by name).'),
    verdict: z.enum(MARK_VERDICTS).describe('drop (fi P = pois), renew (U = uudistettava) or keep (S = säilytettävä).'),
    note: text(LIMITS.label).optional(),
    author: text(LIMITS.name).optional().describe('Who made the mark; on merged maps the author of the source map.'),
    source: id.optional().describe('Merged maps: id of the source map the mark came from.'),
  })
  .describe('A drop–renew–keep note on an actor, a relation or a service.');

export const phaseAssessmentSchema = z
  .object({
    id,
    phase: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]).describe('Phase of networking I–V.'),
    justification: text(LIMITS.longText).optional(),
    name: text(LIMITS.name).optional().describe('Name of the part of the network assessed, when not the whole.'),
    actors: idList.optional().describe('The part of the network assessed (actor ids); missing or empty: the whole map.'),
  })
  .describe('Where the group says its network (or a part of it) stands in the phases of networking.');

export const workToolItemSchema = z.object({
  item: id.describe('Id of an item of the Ohjaamo work tool catalogue (docs/format.md); unknown ids are kept.'),
  status: z.enum(WORK_TOOL_STATUSES),
  note: text(LIMITS.longText).optional(),
  actors: idList.optional().describe('Actors the item concerns.'),
  relations: idList.optional().describe('Relations the item concerns.'),
});

export const roundSchema = z
  .object({
    number: z.int().min(1).max(1000).describe('1 for the first round of a map, 2 for the next, …'),
    previous: z
      .object({ mapId: id, title: text(LIMITS.title), createdAt: timestamp.optional() })
      .optional()
      .describe('The map this round was started from.'),
  })
  .describe('A repeated round of the same map, e.g. half a year later.');

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
    marks: z.array(markSchema).max(LIMITS.relations).optional().describe('Drop–renew–keep notes.'),
    phases: z.array(phaseAssessmentSchema).max(LIMITS.questions).optional().describe('Phase-of-networking assessments.'),
    workTool: z
      .object({ version: text(20).describe('Version of the work tool, e.g. "2.6".'), items: z.array(workToolItemSchema).max(LIMITS.listItems) })
      .optional()
      .describe('Self-assessment with the Ohjaamo work tool.'),
    sectors: z.enum(SECTOR_SCHEMES).optional().describe('How the rings are divided into sectors; missing: no sectors.'),
    round: roundSchema.optional(),
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
export type Mark = z.output<typeof markSchema>;
export type MarkTarget = Mark['target'];
export type PhaseAssessment = z.output<typeof phaseAssessmentSchema>;
export type WorkToolItem = z.output<typeof workToolItemSchema>;
export type WorkTool = NonNullable<MapDoc['workTool']>;
export type Round = z.output<typeof roundSchema>;
export type MapFile = z.output<typeof fileSchema>;
export type Position = { x: number; y: number };
