/**
 * Editing filters from a legend: each entry of the legend is a class (a type,
 * an area, a direction, a weight) that is shown or hidden. Filters keep only
 * what they list (an empty list keeps everything), so hiding one class means
 * listing all the others the map has; showing every class again removes the
 * filter. Pure, so the canvas legend and the lens panel agree.
 */
import { directionClass, type ViewFilters } from './view';
import type { MapDoc } from './schema';
import { areasOf } from './services';
import {
  ACTOR_TYPES,
  CONTENT_AREAS,
  DIRECTION_CLASSES,
  MARK_VERDICTS,
  SECTORS,
  TNO_LEVELS,
  type ActorType,
  type ContentArea,
  type DirectionClass,
  type MarkVerdict,
  type Sector,
  type TnoLevel,
} from './vocabulary';
import { labelKey } from './labelKey';

/** Whether a filter list lets `value` through (no list, or an empty one, lets everything through). */
export function isShown<T>(list: readonly T[] | undefined, value: T): boolean {
  return !list || list.length === 0 || list.includes(value);
}

/**
 * Show or hide one class. `present` is every class the map has, in display
 * order. Returns the new list: undefined when everything is shown again; the
 * list unchanged when hiding would hide the last shown class (an empty list
 * would mean "show all", the opposite of what was asked).
 */
export function toggleShown<T>(list: readonly T[] | undefined, value: T, present: readonly T[]): T[] | undefined {
  const shown = new Set(list && list.length > 0 ? list : present);
  if (shown.has(value)) shown.delete(value);
  else shown.add(value);
  const next = present.filter((v) => shown.has(v));
  if (next.length === 0) return list ? [...list] : undefined;
  return next.length === present.length ? undefined : next;
}

/** Weights as a legend: an entry of weight w is shown when w reaches the minimum. */
export function weightShown(minWeight: number | undefined, weight: number): boolean {
  return weight >= (minWeight ?? 1);
}

/** Clicking a weight entry: hiding it hides it and every lighter one; showing it shows it and every heavier one. */
export function toggleWeight(minWeight: number | undefined, weight: number): number | undefined {
  const next = weightShown(minWeight, weight) ? weight + 1 : weight;
  return next <= 1 ? undefined : next;
}

/** The values each filter can take on this map, in display order: the lens offers only these. */
export interface FilterOptions {
  actorTypes: ActorType[];
  areas: ContentArea[];
  tno: TnoLevel[];
  /** Methods as stored (preset codes or free text), one per label. */
  methods: string[];
  /** Topics as first spelt, one per label, sorted. */
  topics: string[];
  directions: DirectionClass[];
  /** Source maps (merged maps) by id, with the title they had. */
  sources: { id: string; title: string }[];
  /** The largest weight of a relation (1 on a map that was not merged). */
  maxWeight: number;
  /** Drop–renew–keep verdicts that some mark on the map has. */
  marks: MarkVerdict[];
  /** Sectors some actor is placed in (by itself or, on merged maps, by a contributor). */
  sectors: Sector[];
}

function distinctLabels(values: Iterable<string>): string[] {
  const byKey = new Map<string, string>();
  for (const v of values) if (!byKey.has(labelKey(v))) byKey.set(labelKey(v), v);
  return [...byKey.values()];
}

export function filterOptions(map: MapDoc, methodOrder: readonly string[] = []): FilterOptions {
  const types = new Set(map.actors.map((a) => a.type));
  const areas = new Set(map.actors.flatMap(areasOf));
  const tno = new Set(map.actors.flatMap((a) => a.services.flatMap((s) => s.tno)));
  const directions = new Set(map.relations.map(directionClass));
  const methods = distinctLabels(map.relations.flatMap((r) => r.methods));
  const rank = (m: string) => {
    const i = methodOrder.indexOf(m);
    return i < 0 ? methodOrder.length : i;
  };
  const sources = new Map<string, string>();
  for (const item of [...map.actors, ...map.relations]) for (const s of item.sources ?? []) if (!sources.has(s.mapId)) sources.set(s.mapId, s.title);
  return {
    actorTypes: ACTOR_TYPES.filter((t) => types.has(t)),
    areas: CONTENT_AREAS.filter((a) => areas.has(a)),
    tno: TNO_LEVELS.filter((l) => tno.has(l)),
    methods: methods.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'fi')),
    topics: distinctLabels(map.relations.flatMap((r) => r.topics)).sort((a, b) => a.localeCompare(b, 'fi')),
    directions: DIRECTION_CLASSES.filter((d) => directions.has(d)),
    sources: [...sources].map(([id, title]) => ({ id, title })).sort((a, b) => a.title.localeCompare(b.title, 'fi')),
    maxWeight: Math.max(1, ...map.relations.map((r) => r.weight ?? 1)),
    marks: MARK_VERDICTS.filter((v) => (map.marks ?? []).some((m) => m.verdict === v)),
    sectors: SECTORS.filter((sector) => map.actors.some((a) => a.sector === sector || (a.sources ?? []).some((s) => s.sector === sector))),
  };
}

/** A list filter with `value` added or removed ("show only these"); an empty list is no filter. */
export function toggleListed<T>(list: readonly T[] | undefined, value: T): T[] | undefined {
  const next = list?.includes(value) ? list.filter((v) => v !== value) : [...(list ?? []), value];
  return next.length > 0 ? next : undefined;
}

/** Filters with one kind replaced; an empty or default value drops the kind, so "no filters" is always `{}`. */
export function withFilter<K extends keyof ViewFilters>(filters: ViewFilters, kind: K, value: ViewFilters[K] | undefined): ViewFilters {
  const next = { ...filters };
  const empty = value === undefined || (Array.isArray(value) && value.length === 0) || (kind === 'minWeight' && (value as number) <= 1);
  if (empty) delete next[kind];
  else next[kind] = value;
  return next;
}
