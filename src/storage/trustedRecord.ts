/**
 * A cheaper way in for records that this very build wrote. Every map the app
 * writes is a `MapDoc` that already passed the model's one way in (restore) or
 * came from the model's own commands, so validating it again with the full zod
 * schema (and loading zod for it) only delays opening the map: at 1000 actors
 * the full check is a few hundred milliseconds on a slow machine.
 *
 * The write path stamps each record with MODEL_STAMP, a fingerprint of the
 * model's source taken at build time (vite.config.ts). A record read back with
 * the same stamp and format version gets a structural check only: it cannot
 * crash the editor (every field the app reads has the right type, every
 * relation's ends exist, no id twice), but limits and text rules are not
 * checked again. Anything else — a record from an older or newer build, from a
 * build without a stamp, or one that fails the structural check — takes the
 * full way in (restoreMapRecord), as before, and a damaged record is reported,
 * never half-loaded. Outside inputs (files, share links, pictures) never come
 * through here: they are not records.
 */
import { ACTOR_TYPES, DIRECTIONS, FORMAT_VERSION, MAP_KINDS, type MapDoc, MARK_VERDICTS, SECTOR_SCHEMES, SECTORS, WORK_TOOL_STATUSES } from '../model';

declare const __MODEL_STAMP__: string | undefined;

/** The build's fingerprint of src/model; "unstamped" (never trusted) when the build defines none. */
export const MODEL_STAMP: string = typeof __MODEL_STAMP__ === 'string' && __MODEL_STAMP__ !== '' ? __MODEL_STAMP__ : 'unstamped';

/** Whether a record may take the cheap way in: written by this build's model, in this format version. */
export function isTrustedStamp(stamp: unknown, formatVersion: unknown, current: string = MODEL_STAMP): boolean {
  return current !== 'unstamped' && stamp === current && formatVersion === FORMAT_VERSION;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string';
const isOptionalText = (value: unknown) => value === undefined || isText(value);
const isId = (value: unknown): value is string => isText(value) && value.length > 0;
const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isTextList = (value: unknown) => Array.isArray(value) && value.every(isText);
const isOptionalList = (value: unknown) => value === undefined || Array.isArray(value);
const oneOf = (values: readonly string[], value: unknown) => isText(value) && values.includes(value);

function isActor(actor: unknown): boolean {
  if (!isObject(actor)) return false;
  const { id, name, type, ring, position, organisation, services, note, sources, sector } = actor;
  if (!isId(id) || !isText(name) || name.trim() === '' || !oneOf(ACTOR_TYPES, type)) return false;
  if (sector !== undefined && !oneOf(SECTORS, sector)) return false;
  if (ring !== undefined && ring !== 1 && ring !== 2 && ring !== 3) return false;
  // The stored map is normalised: every actor has a place (restore's normaliseMap gave it one).
  if (!isObject(position) || !isFiniteNumber(position.x) || !isFiniteNumber(position.y)) return false;
  if (!isOptionalText(organisation) || !isOptionalText(note) || !isOptionalList(sources)) return false;
  return Array.isArray(services) && services.every((s) => isObject(s) && isText(s.name) && isTextList(s.tno) && isTextList(s.areas));
}

function isRelation(relation: unknown, actorIds: ReadonlySet<string>): boolean {
  if (!isObject(relation)) return false;
  const { id, source, target, direction, topics, methods, note, weight, sources } = relation;
  if (!isId(id) || !isId(source) || !isId(target) || !actorIds.has(source) || !actorIds.has(target)) return false;
  if (!oneOf(DIRECTIONS, direction) || !isTextList(topics) || !isTextList(methods)) return false;
  return isOptionalText(note) && (weight === undefined || isFiniteNumber(weight)) && isOptionalList(sources);
}

function uniqueIds(items: readonly Record<string, unknown>[]): Set<string> | null {
  const ids = new Set<string>();
  for (const item of items) {
    if (!isId(item.id) || ids.has(item.id)) return null;
    ids.add(item.id);
  }
  return ids;
}

/** The training's lists (issue 12): each read by the Assessment tab, the canvas and the pictures. */
function trainingFieldsWhole(doc: Record<string, unknown>): boolean {
  const { marks, phases, workTool, sectors, round } = doc;
  if (!isOptionalList(marks) || !isOptionalList(phases)) return false;
  if (sectors !== undefined && !oneOf(SECTOR_SCHEMES, sectors)) return false;
  if (round !== undefined && !(isObject(round) && isFiniteNumber(round.number))) return false;
  const markWhole = (m: unknown) => isObject(m) && isId(m.id) && isObject(m.target) && isText(m.target.kind) && oneOf(MARK_VERDICTS, m.verdict);
  if (marks && !marks.every(markWhole)) return false;
  const phaseWhole = (p: unknown) => isObject(p) && isId(p.id) && isFiniteNumber(p.phase) && isOptionalList(p.actors);
  if (phases && !phases.every(phaseWhole)) return false;
  if (workTool === undefined) return true;
  if (!isObject(workTool) || !Array.isArray(workTool.items)) return false;
  return workTool.items.every(
    (i) => isObject(i) && isId(i.item) && oneOf(WORK_TOOL_STATUSES, i.status) && isOptionalList(i.actors) && isOptionalList(i.relations),
  );
}

/**
 * The stored document as a map when its structure is whole (see above), else
 * null: the caller then takes the full way in, which names what is wrong.
 */
export function trustedMap(doc: unknown): MapDoc | null {
  if (!isObject(doc)) return null;
  const { id, title, kind, createdAt, updatedAt, actors, relations, questions, reflection, views, author, region } = doc;
  if (!isId(id) || !isText(title) || !oneOf(MAP_KINDS, kind) || !isText(createdAt) || !isText(updatedAt)) return null;
  if (!isOptionalText(author) || !isOptionalText(region) || !isObject(reflection) || !isOptionalList(views)) return null;
  if (!Array.isArray(actors) || !Array.isArray(relations) || !Array.isArray(questions)) return null;
  if (!actors.every(isActor)) return null;
  const actorIds = uniqueIds(actors);
  if (!actorIds || actors.filter((a) => a.type === 'self').length > 1) return null;
  if (!relations.every((r) => isRelation(r, actorIds)) || !uniqueIds(relations)) return null;
  if (!questions.every((q) => isObject(q) && isId(q.id) && isText(q.text)) || !uniqueIds(questions)) return null;
  if (views && !views.every((v) => isObject(v) && isId(v.id) && isText(v.name))) return null;
  if (!trainingFieldsWhole(doc)) return null;
  return doc as unknown as MapDoc;
}
