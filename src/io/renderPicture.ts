/**
 * The whole-map picture without freezing the page: the label lines are gathered
 * in slices (they need the translations, which live here), then a worker builds
 * the scene and the SVG (picture.worker). Small maps are drawn right here: a
 * worker's start-up would cost more than it saves.
 */
import type { MapSvg, MapSvgInput } from '../render/mapSvg';
import { toMapSvgJob } from '../render/mapSvgJob';
import { jobParts, type PictureReply, pictureCollector } from './pictureReply';

/** Up to this many relations the picture is drawn on the main thread (well under 100 ms). */
const WORKER_THRESHOLD = 300;
/** Most time a slice of label lines may take before a break for the page (1500 lines a slice took 200 ms on a busy machine). */
const SLICE_MS = 25;

const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The picture of `input`. From the worker comes only what `want` says: the SVG text (`svg`; `tiled` then
 * has no pieces) or the tiles (`tiles`; `svg` is then empty).
 */
export async function renderPicture(input: MapSvgInput, want: 'svg' | 'tiles', signal?: AbortSignal): Promise<MapSvg> {
  if (input.map.relations.length <= WORKER_THRESHOLD || typeof Worker === 'undefined') {
    const { renderMapSvg } = await import('../render/mapSvg');
    return renderMapSvg(input);
  }
  const lines: Record<string, string[]> = {};
  const relations = input.map.relations;
  // The first slice in a task of its own too, not in the one that asked for the picture (a click, with its own work).
  await breathe();
  signal?.throwIfAborted();
  let sliceStart = performance.now();
  for (const r of relations) {
    lines[r.id] = input.labelLines(r.id);
    if (performance.now() - sliceStart > SLICE_MS) {
      await breathe();
      signal?.throwIfAborted();
      sliceStart = performance.now();
    }
  }
  const job = toMapSvgJob(input, lines);
  const worker = new Worker(new URL('./picture.worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<MapSvg>((resolve, reject) => {
      const stop = () => reject(signal!.reason);
      signal?.addEventListener('abort', stop, { once: true });
      const collect = pictureCollector(
        (picture) => {
          signal?.removeEventListener('abort', stop);
          resolve(picture);
        },
        (error) => {
          signal?.removeEventListener('abort', stop);
          reject(error);
        },
      );
      worker.onmessage = (event: MessageEvent<PictureReply>) => collect(event.data);
      worker.onerror = (event) => reject(new Error(event.message));
      // The job a few thousand items a message, each in a task of its own.
      void (async () => {
        for (const part of jobParts(job, want)) {
          await breathe();
          if (signal?.aborted) return;
          worker.postMessage(part);
        }
      })();
    });
  } finally {
    worker.terminate();
  }
}
