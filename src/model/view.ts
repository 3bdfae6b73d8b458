/**
 * What a view of a map shows, derived from view state: a highlighted or focused
 * actor keeps its neighbourhood bright and dims the rest. Pure, so the editor,
 * a presentation and a picture derive the same sets. Filters come later.
 */
import type { MapDoc } from './schema';

export interface ViewInput {
  /** An actor whose direct neighbours stand out (hover, keyboard focus). */
  highlight?: string | null;
  /** An actor whose neighbourhood to `depth` steps is all that is shown. */
  focus?: { actor: string; depth: number } | null;
}

export interface DerivedView {
  /** Ids of actors and relations drawn at all. */
  visibleActors: ReadonlySet<string>;
  visibleRelations: ReadonlySet<string>;
  /** Ids drawn faintly: visible but outside the highlighted neighbourhood. */
  dimmedActors: ReadonlySet<string>;
  dimmedRelations: ReadonlySet<string>;
}

/** Actors within `depth` relation steps of `start`, and the relations among them that lead there. */
export function neighbourhood(map: MapDoc, start: string, depth: number): { actors: Set<string>; relations: Set<string> } {
  const actors = new Set([start]);
  const relations = new Set<string>();
  let frontier = new Set([start]);
  for (let step = 0; step < depth && frontier.size > 0; step++) {
    const next = new Set<string>();
    for (const r of map.relations) {
      const from = frontier.has(r.source) ? r.target : frontier.has(r.target) ? r.source : undefined;
      if (from === undefined) continue;
      relations.add(r.id);
      if (!actors.has(from)) {
        actors.add(from);
        next.add(from);
      }
    }
    frontier = next;
  }
  return { actors, relations };
}

/** The visible and dimmed sets for a view of the map. */
export function deriveView(map: MapDoc, input: ViewInput = {}): DerivedView {
  const allActors = new Set(map.actors.map((a) => a.id));
  const allRelations = new Set(map.relations.map((r) => r.id));
  let visibleActors: Set<string> = allActors;
  let visibleRelations: Set<string> = allRelations;
  if (input.focus && allActors.has(input.focus.actor)) {
    const around = neighbourhood(map, input.focus.actor, input.focus.depth);
    visibleActors = around.actors;
    visibleRelations = around.relations;
  }
  const dimmedActors = new Set<string>();
  const dimmedRelations = new Set<string>();
  if (input.highlight && visibleActors.has(input.highlight)) {
    const near = neighbourhood(map, input.highlight, 1);
    for (const id of visibleActors) if (!near.actors.has(id)) dimmedActors.add(id);
    for (const id of visibleRelations) if (!near.relations.has(id)) dimmedRelations.add(id);
  }
  return { visibleActors, visibleRelations, dimmedActors, dimmedRelations };
}
