/**
 * Removing actors and relations keeps the phase assessments and the work tool
 * consistent (issue 12): their ids leave the assessed parts and the links. A
 * part whose every actor is gone is no part any more, and would otherwise read
 * as "the whole map" (an empty part means the whole map), so its assessment
 * goes too; undo brings all of it back in one step with the actors.
 */
import type { MapDoc } from './schema';

export function dropFromAssessments(map: MapDoc, actors: ReadonlySet<string>, relations: ReadonlySet<string>): MapDoc {
  if (actors.size === 0 && relations.size === 0) return map;
  let next = map;
  if (map.phases?.some((p) => p.actors?.some((id) => actors.has(id)))) {
    const phases = map.phases.flatMap((p) => {
      if (!p.actors?.some((id) => actors.has(id))) return [p];
      const kept = p.actors.filter((id) => !actors.has(id));
      return kept.length > 0 ? [{ ...p, actors: kept }] : [];
    });
    if (phases.length > 0) next = { ...next, phases };
    else {
      const { phases: _gone, ...without } = next;
      next = without;
    }
  }
  const touches = (ids: readonly string[] | undefined, gone: ReadonlySet<string>) => ids?.some((id) => gone.has(id)) ?? false;
  if (map.workTool?.items.some((i) => touches(i.actors, actors) || touches(i.relations, relations))) {
    const items = map.workTool.items.map((i) => {
      if (!touches(i.actors, actors) && !touches(i.relations, relations)) return i;
      const { actors: a, relations: r, ...rest } = i;
      const keptActors = (a ?? []).filter((id) => !actors.has(id));
      const keptRelations = (r ?? []).filter((id) => !relations.has(id));
      return { ...rest, ...(keptActors.length ? { actors: keptActors } : {}), ...(keptRelations.length ? { relations: keptRelations } : {}) };
    });
    next = { ...next, workTool: { ...map.workTool, items } };
  }
  return next;
}
