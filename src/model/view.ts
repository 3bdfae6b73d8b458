/**
 * What a view of a map shows, derived from a view spec: filters decide what is
 * drawn at all; a focus or an emphasis (a search hit or an insight) keeps
 * some of it at full strength and dims (or hides) the rest.
 * Pure, so the editor, the presentation, a saved view and a picture all derive
 * the same sets from the same spec.
 *
 * Filters combine with AND across kinds and OR within a kind (areas
 * [education, employment] = an actor with a service in either). Actor filters
 * hide actors (and their relations); relation filters hide relations, and then
 * also every actor left without a shown relation, so "topic: CV" answers who
 * works on CV.
 */
import { labelKey } from './labelKey';
import type { MapDoc, Relation, Actor } from './schema';
import type { ActorType, ContentArea, DirectionClass, MarkVerdict, Sector, TnoLevel } from './vocabulary';

/** Each list, when present and non-empty, keeps only what matches one of its values. */
export interface ViewFilters {
  actorTypes?: ActorType[];
  /** Actors with a service in one of these content areas. */
  areas?: ContentArea[];
  /** Actors with a service at one of these TNO levels. */
  tno?: TnoLevel[];
  /** Relations with one of these methods (preset code or free text, compared as labels). */
  methods?: string[];
  /** Relations with one of these topics (compared as labels). */
  topics?: string[];
  directions?: DirectionClass[];
  /** Merged maps: actors and relations that came from one of these source maps (ids). */
  sources?: string[];
  /** Merged maps: relations drawn in at least this many source maps. */
  minWeight?: number;
  /** What carries a drop–renew–keep mark of one of these kinds (an actor, one of its services, or a relation). */
  marks?: MarkVerdict[];
  /** Actors placed in one of these sectors (on merged maps: by any contributor). */
  sectors?: Sector[];
}

/** Ids that stand out (a search hit, an insight the facilitator clicked); the rest is dimmed. */
export interface Emphasis {
  actors: string[];
  relations: string[];
}

export interface Focus {
  actor: string;
  /** 1: the actor and its direct relations; 2: two steps out. */
  depth: number;
}

export interface ViewSpec {
  filters?: ViewFilters;
  /** An actor whose neighbourhood to `depth` steps stays at full strength. */
  focus?: Focus | null;
  emphasis?: Emphasis | null;
  /** Hide what is outside the focus or emphasis instead of dimming it. */
  hideOthers?: boolean;
}

export interface DerivedView {
  /** Ids of actors and relations drawn at all. */
  visibleActors: ReadonlySet<string>;
  visibleRelations: ReadonlySet<string>;
  /** Ids drawn faintly: visible but outside the focus or emphasis. */
  dimmedActors: ReadonlySet<string>;
  dimmedRelations: ReadonlySet<string>;
}

/** Actors within `depth` relation steps of `start`, and the relations among them that lead there. */
export function neighbourhood(
  map: Pick<MapDoc, 'relations'>,
  start: string,
  depth: number,
  shown?: ReadonlySet<string>,
): { actors: Set<string>; relations: Set<string> } {
  const actors = new Set([start]);
  const relations = new Set<string>();
  let frontier = new Set([start]);
  for (let step = 0; step < depth && frontier.size > 0; step++) {
    const next = new Set<string>();
    for (const r of map.relations) {
      if (shown && !shown.has(r.id)) continue;
      const other = frontier.has(r.source) ? r.target : frontier.has(r.target) ? r.source : undefined;
      if (other === undefined) continue;
      relations.add(r.id);
      if (!actors.has(other)) {
        actors.add(other);
        next.add(other);
      }
    }
    frontier = next;
  }
  return { actors, relations };
}

const active = <T>(list: readonly T[] | undefined): list is readonly T[] => !!list && list.length > 0;

export function hasActorFilters(f: ViewFilters): boolean {
  return active(f.actorTypes) || active(f.areas) || active(f.tno) || active(f.sources) || active(f.sectors);
}

export function hasRelationFilters(f: ViewFilters): boolean {
  return active(f.methods) || active(f.topics) || active(f.directions) || active(f.sources) || (f.minWeight ?? 1) > 1;
}

export function hasFilters(f: ViewFilters | undefined): boolean {
  return !!f && (hasActorFilters(f) || hasRelationFilters(f) || active(f.marks));
}

export function directionClass(relation: Pick<Relation, 'direction'>): DirectionClass {
  return relation.direction === 'both' ? 'mutual' : 'oneWay';
}

export function actorPasses(actor: Actor, f: ViewFilters): boolean {
  if (active(f.actorTypes) && !f.actorTypes.includes(actor.type)) return false;
  if (active(f.areas) && !actor.services.some((s) => s.areas.some((a) => f.areas!.includes(a)))) return false;
  if (active(f.tno) && !actor.services.some((s) => s.tno.some((l) => f.tno!.includes(l)))) return false;
  if (active(f.sources) && !(actor.sources ?? []).some((s) => f.sources!.includes(s.mapId))) return false;
  // "Me" stands at the centre, in every sector: a sector filter keeps it (and with it the rings' centre).
  if (active(f.sectors) && actor.type !== 'self' && !sectorsOf(actor).some((s) => f.sectors!.includes(s))) return false;
  return true;
}

/** The actor's own sector and, on a merged map, the sectors its contributors placed it in. */
function sectorsOf(actor: Actor): Sector[] {
  const sectors: Sector[] = actor.sector ? [actor.sector] : [];
  for (const source of actor.sources ?? []) if (source.sector) sectors.push(source.sector);
  return sectors;
}

export function relationPasses(relation: Relation, f: ViewFilters): boolean {
  if (active(f.directions) && !f.directions.includes(directionClass(relation))) return false;
  if ((f.minWeight ?? 1) > 1 && (relation.weight ?? 1) < f.minWeight!) return false;
  if (active(f.methods)) {
    const wanted = new Set(f.methods.map(labelKey));
    if (!relation.methods.some((m) => wanted.has(labelKey(m)))) return false;
  }
  if (active(f.topics)) {
    const wanted = new Set(f.topics.map(labelKey));
    if (!relation.topics.some((t) => wanted.has(labelKey(t)))) return false;
  }
  if (active(f.sources) && !(relation.sources ?? []).some((s) => f.sources!.includes(s.mapId))) return false;
  return true;
}

/** What the filters keep: actors and relations drawn at all. */
export function applyFilters(map: MapDoc, filters: ViewFilters = {}): { actors: Set<string>; relations: Set<string> } {
  const kept = applyActorAndRelationFilters(map, filters);
  return active(filters.marks) ? keepMarked(map, kept, filters.marks) : kept;
}

function applyActorAndRelationFilters(map: MapDoc, filters: ViewFilters): { actors: Set<string>; relations: Set<string> } {
  const keptActors = new Set(map.actors.filter((a) => actorPasses(a, filters)).map((a) => a.id));
  const relations = new Set(map.relations.filter((r) => keptActors.has(r.source) && keptActors.has(r.target) && relationPasses(r, filters)).map((r) => r.id));
  if (!hasRelationFilters(filters)) return { actors: keptActors, relations };
  const touched = new Set<string>();
  for (const r of map.relations) {
    if (!relations.has(r.id)) continue;
    touched.add(r.source);
    touched.add(r.target);
  }
  return { actors: new Set([...keptActors].filter((id) => touched.has(id))), relations };
}

/**
 * Of what the other filters keep, what carries a mark of one of the verdicts: marked
 * relations with their two actors, and actors marked themselves or on one of their services.
 */
function keepMarked(
  map: MapDoc,
  kept: { actors: Set<string>; relations: Set<string> },
  verdicts: readonly MarkVerdict[],
): { actors: Set<string>; relations: Set<string> } {
  const markedActors = new Set<string>();
  const markedRelations = new Set<string>();
  for (const mark of map.marks ?? []) {
    if (!verdicts.includes(mark.verdict)) continue;
    if (mark.target.kind === 'relation') markedRelations.add(mark.target.id);
    else markedActors.add(mark.target.kind === 'actor' ? mark.target.id : mark.target.actor);
  }
  const relations = new Set<string>();
  const actors = new Set<string>();
  for (const r of map.relations) {
    if (!kept.relations.has(r.id) || !markedRelations.has(r.id)) continue;
    relations.add(r.id);
    actors.add(r.source);
    actors.add(r.target);
  }
  for (const id of kept.actors) if (markedActors.has(id)) actors.add(id);
  return { actors, relations };
}

/** The visible and dimmed sets for a view of the map. */
export function deriveView(map: MapDoc, spec: ViewSpec = {}): DerivedView {
  const filtered = applyFilters(map, spec.filters);
  let visibleActors: Set<string> = filtered.actors;
  let visibleRelations: Set<string> = filtered.relations;

  // What stands out: the focus's neighbourhood, and/or the emphasis. Unknown ids (an actor since removed) count for nothing.
  let standOut: { actors: Set<string>; relations: Set<string> } | null = null;
  if (spec.focus && visibleActors.has(spec.focus.actor)) {
    standOut = neighbourhood(map, spec.focus.actor, spec.focus.depth, visibleRelations);
  }
  if (spec.emphasis) {
    const actors = spec.emphasis.actors.filter((id) => visibleActors.has(id));
    const relations = spec.emphasis.relations.filter((id) => visibleRelations.has(id));
    const emphasised = { actors: new Set(actors), relations: new Set(relations) };
    // With a focus too, what stands out is what both keep (a search within a neighbourhood).
    standOut = standOut
      ? {
          actors: new Set([...standOut.actors].filter((id) => emphasised.actors.has(id))),
          relations: new Set([...standOut.relations].filter((id) => emphasised.relations.has(id))),
        }
      : emphasised;
  }
  if (standOut && spec.hideOthers) {
    const kept = standOut;
    visibleActors = new Set([...visibleActors].filter((id) => kept.actors.has(id)));
    visibleRelations = new Set([...visibleRelations].filter((id) => kept.relations.has(id)));
    standOut = null;
  }

  const dimmedActors = new Set<string>();
  const dimmedRelations = new Set<string>();
  if (standOut) {
    for (const id of visibleActors) if (!standOut.actors.has(id)) dimmedActors.add(id);
    for (const id of visibleRelations) if (!standOut.relations.has(id)) dimmedRelations.add(id);
  }
  return { visibleActors, visibleRelations, dimmedActors, dimmedRelations };
}

/** The map with only what the view shows: drawn by the canvas and the picture, and kept by "Save as a new map". */
export function visiblePart(map: MapDoc, view: Pick<DerivedView, 'visibleActors' | 'visibleRelations'>): MapDoc {
  if (view.visibleActors.size === map.actors.length && view.visibleRelations.size === map.relations.length) return map;
  return {
    ...map,
    actors: map.actors.filter((a) => view.visibleActors.has(a.id)),
    relations: map.relations.filter((r) => view.visibleRelations.has(r.id)),
  };
}
