/**
 * Compute a map's insights in a worker, so the page stays responsive on a large
 * regional map. Aborting the signal terminates the worker: a stale computation
 * stops using the CPU as soon as the map has changed again.
 */
import type { MapDoc } from '../model';
import type { Insights } from '../model/insights';

/** Only what the figures read: less to copy into the worker. */
export type InsightsInput = Pick<MapDoc, 'kind' | 'actors' | 'relations'>;

export async function runInsights(map: InsightsInput, signal?: AbortSignal): Promise<Insights> {
  const input: InsightsInput = { kind: map.kind, actors: map.actors, relations: map.relations };
  if (typeof Worker === 'undefined') {
    const { computeInsights } = await import('../model/insights');
    return computeInsights(input);
  }
  signal?.throwIfAborted();
  const worker = new Worker(new URL('./insights.worker.ts', import.meta.url), { type: 'module' });
  const stop = () => worker.terminate();
  try {
    return await new Promise<Insights>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<Insights>) => resolve(event.data);
      worker.onerror = (event) => reject(new Error(event.message));
      signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
      worker.postMessage(input);
    });
  } finally {
    stop();
  }
}
