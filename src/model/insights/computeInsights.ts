/**
 * All the figures of the Insights panel for one map, computed at once (in a
 * worker for large maps; see io/runInsights). Pure and deterministic: the same
 * map always gives the same figures, groups and orders.
 */
import type { MapDoc } from '../schema';
import { directionClass } from '../view';
import { actorGraph } from './actorGraph';
import { articulationPoints } from './articulation';
import { betweenness } from './betweenness';
import { communities } from './communities';
import { components } from './components';
import type { ActorFigures, Insights, MergedFigures } from './types';

export function computeInsights(map: Pick<MapDoc, 'kind' | 'actors' | 'relations'>): Insights {
  const graph = actorGraph(map);
  const { ids } = graph;
  const between = betweenness(graph);
  const { inDegree, outDegree } = arrowDegrees(map);
  const figures: Record<string, ActorFigures> = {};
  ids.forEach((id, i) => {
    figures[id] = {
      degree: graph.neighbours[i]!.length,
      inDegree: inDegree.get(id)?.size ?? 0,
      outDegree: outDegree.get(id)?.size ?? 0,
      betweenness: between[id] ?? 0,
    };
  });
  const rank = (value: (f: ActorFigures) => number) =>
    ids
      .map((id, i) => ({ id, i, v: value(figures[id]!) }))
      .sort((a, b) => b.v - a.v || a.i - b.i)
      .map((x) => x.id);
  const toIds = (list: number[]) => list.map((i) => ids[i]!);
  const allParts = components(graph);
  const n = ids.length;
  return {
    actorCount: n,
    relationCount: map.relations.length,
    pairCount: graph.edgeCount,
    figures,
    byDegree: rank((f) => f.degree),
    // A tiny positive betweenness from floating sums is still real: paths do pass through.
    byBetweenness: rank((f) => f.betweenness).filter((id) => figures[id]!.betweenness > 0),
    articulationPoints: toIds(articulationPoints(graph)),
    parts: allParts.filter((p) => p.length >= 2).map(toIds),
    isolated: ids.filter((_, i) => graph.neighbours[i]!.length === 0),
    communities: communities(graph).map(toIds),
    mutual: map.relations.filter((r) => directionClass(r) === 'mutual').map((r) => r.id),
    oneWay: map.relations.filter((r) => directionClass(r) === 'oneWay').map((r) => r.id),
    density: n < 2 ? 0 : (2 * graph.edgeCount) / (n * (n - 1)),
    merged: mergedFigures(map),
  };
}

/** Distinct actors along the arrows: → gives the source one out and the target one in; ↔ both ways. */
function arrowDegrees(map: Pick<MapDoc, 'relations'>) {
  const inDegree = new Map<string, Set<string>>();
  const outDegree = new Map<string, Set<string>>();
  const arrow = (from: string, to: string) => {
    if (from === to) return;
    (outDegree.get(from) ?? outDegree.set(from, new Set()).get(from)!).add(to);
    (inDegree.get(to) ?? inDegree.set(to, new Set()).get(to)!).add(from);
  };
  for (const r of map.relations) {
    if (r.direction !== 'backward') arrow(r.source, r.target);
    if (r.direction !== 'forward') arrow(r.target, r.source);
  }
  return { inDegree, outDegree };
}

function mergedFigures(map: Pick<MapDoc, 'kind' | 'actors' | 'relations'>): MergedFigures | null {
  if (map.kind !== 'regional' || !map.actors.some((a) => (a.sources?.length ?? 0) > 0)) return null;
  const sourceIds = new Set<string>();
  for (const item of [...map.actors, ...map.relations]) for (const s of item.sources ?? []) sourceIds.add(s.mapId);
  const distinctSources = (sources: { mapId: string }[] | undefined) => new Set((sources ?? []).map((s) => s.mapId)).size;
  return {
    sourceCount: sourceIds.size,
    singleSource: map.actors.filter((a) => distinctSources(a.sources) === 1).map((a) => a.id),
    shared: map.relations
      .map((r, i) => ({ relation: r.id, weight: r.weight ?? 1, i }))
      .filter((r) => r.weight >= 2)
      .sort((a, b) => b.weight - a.weight || a.i - b.i)
      .map(({ relation, weight }) => ({ relation, weight })),
  };
}
