/**
 * Write a map in a registry format: a big map's file in a worker (format.worker),
 * so that zipping a workbook or serialising a graph never freezes the page.
 */
import type { MapDoc } from '../model';
import type { FileFormat, WriteContext } from './formats';

/** Above this many actors + relations a file takes long enough to write to be worth a worker's start-up. */
const WORKER_THRESHOLD = 600;
/** Formats whose writer needs only the map (the SVG needs its picture input and has a worker of its own). */
const MAP_ONLY = new Set(['json', 'kumuXlsx', 'kumuCsv', 'graphml']);

export async function writeFormat(map: MapDoc, format: FileFormat, context: WriteContext): Promise<{ blob: Blob; extension: string }> {
  const big = map.actors.length + map.relations.length > WORKER_THRESHOLD;
  if (!big || !MAP_ONLY.has(format.id) || typeof Worker === 'undefined') return format.write!(map, context);
  const worker = new Worker(new URL('./format.worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<{ written?: { blob: Blob; extension: string }; error?: string }>) =>
        event.data.written ? resolve(event.data.written) : reject(new Error(event.data.error));
      worker.onerror = (event) => reject(new Error(event.message));
      worker.postMessage({ format: format.id, map });
    });
  } finally {
    worker.terminate();
  }
}
