import { useEffect, useMemo, useState } from 'react';
import type { MapDoc } from '../../model';
import type { Insights } from '../../model/insights';
import { runInsights } from '../../io/runInsights';
import { useEditor } from '../../store/EditorStoreContext';

/** Wait this long after the last edit before recomputing: typing a name or a burst of edits starts one computation, not many. */
const RECOMPUTE_DEBOUNCE_MS = 150;

/**
 * What the figures depend on: actor ids and sources, relation ends, directions,
 * weights. Moving an actor or renaming it changes none of it, so it does not
 * restart the computation.
 */
export function structureKey(map: Pick<MapDoc, 'kind' | 'actors' | 'relations'>): string {
  const actors = map.actors.map((a) => `${a.id}:${(a.sources ?? []).map((s) => s.mapId).join(',')}`).join('|');
  const relations = map.relations
    .map((r) => `${r.id}:${r.source}:${r.target}:${r.direction}:${r.weight ?? 1}:${(r.sources ?? []).map((s) => s.mapId).join(',')}`)
    .join('|');
  return `${map.kind}#${actors}#${relations}`;
}

/**
 * The insights of the open map, computed in a worker; recomputed shortly after
 * the structure of the map changes, and a stale result is never shown.
 * `insights` keeps the last result while a new one is `pending`.
 * Re-renders when the map changes (it reads the map from the store).
 */
export function useInsights(): { insights: Insights | null; pending: boolean } {
  const map = useEditor((s) => s.map);
  const key = useMemo(() => (map ? structureKey(map) : ''), [map]);
  const [result, setResult] = useState<{ key: string; insights: Insights } | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the structure key is the trigger; the map read is the one it was made from.
  useEffect(() => {
    if (!map) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      runInsights(map, controller.signal).then(
        (insights) => {
          if (!controller.signal.aborted) setResult({ key, insights });
        },
        (error: unknown) => {
          if (!controller.signal.aborted) console.error('insights failed', error);
        },
      );
    }, RECOMPUTE_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [key]);
  return { insights: result?.insights ?? null, pending: !!map && result?.key !== key };
}
