/**
 * Reading map files chosen or dropped by the user, in any format of the
 * registry (formats/index.ts). Every file takes the model's one way in
 * (migrate, validate, normalise); only files that are entirely valid come back,
 * and nothing is stored here.
 */
import { LIMITS, type FileError, type MapDoc } from '../model';
import type { RestoreResult } from '../model/restore';
import { formatOf, FormatError } from './formats';

/**
 * Files larger than this are parsed in a worker; below it a worker's start-up costs more than it saves.
 * Not larger: restoring places every actor without a position, and a personal map of a few hundred
 * unplaced actors (a small file) took seconds to place.
 */
const WORKER_BYTES = 64 * 1024;
/** Another tool's file (Kumu, GraphML: usually without positions) with more actors than this is restored in the worker. */
const WORKER_ACTORS = 100;

const actorCount = (file: unknown) => {
  const actors = (file as { map?: { actors?: unknown } } | null)?.map?.actors;
  return Array.isArray(actors) ? actors.length : 0;
};

/**
 * A restore worker, started when first needed and kept for the other files of the same choice:
 * a folder of 25 small maps is read in one worker, not on the page (each file without positions
 * is placed on its rings while it is restored: 25 tasks of 50–100 ms) nor in 25 workers.
 */
class RestoreWorker {
  private worker: Worker | null = null;

  /** One file at a time (readMapFiles awaits each), so the answer is the last file's. */
  restore(text: string): Promise<RestoreResult> {
    const worker = (this.worker ??= new Worker(new URL('./restore.worker.ts', import.meta.url), { type: 'module' }));
    return new Promise<RestoreResult>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<RestoreResult>) => resolve(event.data);
      worker.onerror = (event) => reject(new Error(event.message));
      worker.postMessage(text);
    });
  }

  close() {
    this.worker?.terminate();
    this.worker = null;
  }
}

/** Why a file in another format could not be read: translated under `formats.error.<code>` with its values. */
export type FormatProblem = { code: 'format'; format: { code: string; values: Record<string, string | number> } };
export type ImportError = FileError | FormatProblem;
export type { FileError };
export interface FileProblem {
  fileName: string;
  error: ImportError;
}

/** `worker`: set when the files are read in a worker (large ones, or many at once). */
async function readOne(file: File, worker: (large: boolean) => RestoreWorker | null): Promise<RestoreResult | { ok: false; error: ImportError }> {
  // Refuse before reading: a huge file would freeze the page while it is read and parsed.
  if (file.size > LIMITS.fileBytes) return { ok: false, error: { code: 'tooLarge' } };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, error: { code: 'readFailed' } };
  }
  // The validator (zod) is loaded when the first file comes in, not with the first screen.
  const { restoreFile, restoreFromText } = await import('../model/restore');
  const format = formatOf({ name: file.name, type: file.type, bytes });
  if (format.id === 'json') {
    // Our own files keep their detailed parse errors (empty, not JSON) and the worker for large ones.
    const text = new TextDecoder().decode(bytes);
    const restorer = worker(text.length > WORKER_BYTES);
    return restorer ? restorer.restore(text) : restoreFromText(text);
  }
  try {
    const read = await format.read!({ name: file.name, bytes });
    // The same one way in, in the worker for a big map: placing its actors would freeze the page.
    const restorer = worker(actorCount(read) > WORKER_ACTORS);
    return restorer ? restorer.restore(JSON.stringify(read)) : restoreFile(read);
  } catch (error) {
    if (error instanceof FormatError) return { ok: false, error: { code: 'format', format: { code: error.code, values: error.values } } };
    return { ok: false, error: { code: 'readFailed' } };
  }
}

export async function readMapFiles(files: readonly File[]): Promise<{ maps: MapDoc[]; problems: FileProblem[] }> {
  const maps: MapDoc[] = [];
  const problems: FileProblem[] = [];
  const shared = new RestoreWorker();
  // One small file is restored on the page (a worker's start-up would cost more); a large one, or several, in the worker.
  const worker = (large: boolean) => (typeof Worker !== 'undefined' && (large || files.length > 1) ? shared : null);
  try {
    for (const file of files) {
      const result = await readOne(file, worker);
      if (result.ok) maps.push(result.map);
      else problems.push({ fileName: file.name, error: result.error });
    }
  } finally {
    shared.close();
  }
  return { maps, problems };
}
