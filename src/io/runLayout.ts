/**
 * Lay out a map: small maps on the main thread (no worker start-up cost),
 * large ones in a worker. The layout code is loaded only when first used.
 */
import type { MapDoc } from '../model';
import type { LayoutOptions } from '../model/layout';

/** Above this many actors the layout takes long enough to be felt: use a worker. */
const WORKER_THRESHOLD = 120;

export async function runLayout(map: MapDoc, options?: LayoutOptions): Promise<MapDoc> {
  if (map.actors.length <= WORKER_THRESHOLD || typeof Worker === 'undefined') {
    const { layoutMap } = await import('../model/layout');
    return layoutMap(map, options);
  }
  const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<MapDoc>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<MapDoc>) => resolve(event.data);
      worker.onerror = (event) => reject(new Error(event.message));
      worker.postMessage({ map, options });
    });
  } finally {
    worker.terminate();
  }
}
