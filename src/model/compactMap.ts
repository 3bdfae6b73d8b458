/**
 * A compact form of a map for share links and QR codes: a QR code that a laptop
 * camera reads from a tablet holds about 1 KB, so the map is written with list
 * positions instead of ids, without timestamps, with one-letter keys and with
 * vocabularies (types, directions, preset methods, TNO levels, areas) as small
 * numbers. Everything a personal map needs survives the round trip: title,
 * author, region, names, types, rings, positions (rounded to whole units),
 * organisations, notes, services, relations with direction, topics, methods and
 * notes, questions and the reflection. Ids are new (a0…, r0…, q0…) except the
 * map's own, which is kept so that opening the same map twice can be noticed.
 * Left out: saved views and the provenance of merged maps (weights, sources).
 *
 * `fromCompact` reads untrusted input: it only rearranges values into the
 * interchange format and never judges them; `restoreFile` does that.
 */
import { FORMAT_NAME, FORMAT_VERSION } from './format';
import type { Actor, MapDoc, Relation, Service } from './schema';
import { ACTOR_TYPES, CONTENT_AREAS, DIRECTIONS, MAP_KINDS, PRESET_METHODS, REFLECTION_KEYS, TNO_LEVELS } from './vocabulary';

/** Changing the layout below without a new number breaks every link already handed out. */
export const COMPACT_VERSION = 1;

type Cell = string | number | null | Cell[];
type Row = Cell[];

/** Drop trailing empty cells: most actors have no note, organisation or services. */
function trim(row: Row): Row {
  let end = row.length;
  while (end > 0 && (row[end - 1] === null || (Array.isArray(row[end - 1]) && (row[end - 1] as Cell[]).length === 0))) end--;
  return row.slice(0, end);
}

const indexIn = (list: readonly string[], value: string) => list.indexOf(value);

function service(s: Service): Row {
  return trim([s.name, s.tno.map((l) => indexIn(TNO_LEVELS, l)), s.areas.map((a) => indexIn(CONTENT_AREAS, a))]);
}

function actor(a: Actor): Row {
  return trim([
    a.name,
    indexIn(ACTOR_TYPES, a.type),
    a.ring ?? 0,
    a.position ? Math.round(a.position.x) : null,
    a.position ? Math.round(a.position.y) : null,
    a.organisation ?? null,
    a.note ?? null,
    a.services.map(service),
  ]);
}

function relation(r: Relation, index: Map<string, number>): Row {
  const method = (m: string) => {
    const preset = indexIn(PRESET_METHODS, m);
    return preset >= 0 ? preset : m;
  };
  return trim([index.get(r.source)!, index.get(r.target)!, indexIn(DIRECTIONS, r.direction), r.topics, r.methods.map(method), r.note ?? null]);
}

/** The compact form of a valid map. */
export function toCompact(map: MapDoc): Record<string, Cell> {
  const index = new Map(map.actors.map((a, i) => [a.id, i]));
  const reflection = trim(REFLECTION_KEYS.map((k) => map.reflection[k] || null));
  return {
    v: COMPACT_VERSION,
    i: map.id,
    t: map.title,
    k: indexIn(MAP_KINDS, map.kind),
    ...(map.author !== undefined ? { w: map.author } : {}),
    ...(map.region !== undefined ? { g: map.region } : {}),
    a: map.actors.map(actor),
    r: map.relations.map((r) => relation(r, index)),
    ...(map.questions.length ? { q: map.questions.map((q) => (q.author !== undefined ? [q.text, q.author] : q.text)) } : {}),
    ...(reflection.length ? { f: reflection } : {}),
  };
}

/** A vocabulary value by number; anything else is handed on unchanged for the validator to name. */
const pick = (list: readonly string[], value: unknown) =>
  typeof value === 'number' && Number.isInteger(value) && list[value] !== undefined ? list[value] : value;
const rows = (value: unknown): unknown[][] | null => (Array.isArray(value) && value.every(Array.isArray) ? (value as unknown[][]) : null);
const orEmpty = (value: unknown) => (value === undefined ? [] : value);
const optional = <K extends string>(key: K, value: unknown) => (value === undefined || value === null ? {} : { [key]: value });
const mapList = (value: unknown, each: (item: unknown, index: number) => unknown) => (Array.isArray(value) ? value.map(each) : value);
const actorId = (value: unknown) => (typeof value === 'number' && Number.isInteger(value) && value >= 0 ? `a${value}` : value);

/**
 * The interchange file (format version 1) written from a compact form, for
 * `restoreFile`; null when the input is not shaped like a compact map at all.
 * `now` stands in for the timestamps the compact form leaves out.
 */
export function fromCompact(raw: unknown, now: string): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const c = raw as Record<string, unknown>;
  if (c.v !== COMPACT_VERSION) return null;
  const actors = rows(c.a);
  const relations = rows(c.r ?? []);
  if (!actors || !relations) return null;
  return {
    format: FORMAT_NAME,
    version: FORMAT_VERSION,
    exportedAt: now,
    map: {
      id: c.i,
      title: c.t,
      kind: pick(MAP_KINDS, c.k),
      ...optional('author', c.w),
      ...optional('region', c.g),
      createdAt: now,
      updatedAt: now,
      actors: actors.map(([name, type, ring, x, y, organisation, note, services], i) => ({
        id: `a${i}`,
        name,
        type: pick(ACTOR_TYPES, type),
        ...(ring === 0 || ring === undefined ? {} : { ring }),
        ...(x === undefined || x === null ? {} : { position: { x, y } }),
        ...optional('organisation', organisation),
        ...optional('note', note),
        services: mapList(orEmpty(services), (s) =>
          Array.isArray(s)
            ? { name: s[0], tno: mapList(orEmpty(s[1]), (l) => pick(TNO_LEVELS, l)), areas: mapList(orEmpty(s[2]), (a) => pick(CONTENT_AREAS, a)) }
            : s,
        ),
      })),
      relations: relations.map(([source, target, direction, topics, methods, note], i) => ({
        id: `r${i}`,
        source: actorId(source),
        target: actorId(target),
        direction: pick(DIRECTIONS, direction),
        topics: orEmpty(topics),
        methods: mapList(orEmpty(methods), (m) => pick(PRESET_METHODS, m)),
        ...optional('note', note),
      })),
      questions: mapList(orEmpty(c.q), (q, i) => (Array.isArray(q) ? { id: `q${i}`, text: q[0], ...optional('author', q[1]) } : { id: `q${i}`, text: q })),
      reflection: Object.fromEntries(REFLECTION_KEYS.map((k, i) => [k, (Array.isArray(c.f) ? c.f[i] : undefined) ?? ''])),
    },
  };
}
