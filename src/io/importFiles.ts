/**
 * Reading map files chosen or dropped by the user. Every file passes the
 * model's one way in; only files that are entirely valid are added, all in one
 * transaction, and nothing already stored is changed.
 */
import { LIMITS, type FileError, type MapDoc } from '../model';
import type { RestoreResult } from '../model/restore';

/** Files larger than this are parsed in a worker; below it a worker's start-up costs more than it saves. */
const WORKER_BYTES = 512 * 1024;

async function restoreInWorker(text: string): Promise<RestoreResult> {
  const worker = new Worker(new URL('./restore.worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<RestoreResult>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<RestoreResult>) => resolve(event.data);
      worker.onerror = (event) => reject(new Error(event.message));
      worker.postMessage(text);
    });
  } finally {
    worker.terminate();
  }
}

export type { FileError };
export interface FileProblem {
  fileName: string;
  error: FileError;
}

export async function readMapFiles(files: readonly File[]): Promise<{ maps: MapDoc[]; problems: FileProblem[] }> {
  const maps: MapDoc[] = [];
  const problems: FileProblem[] = [];
  // The validator (zod) is loaded when the first file comes in, not with the first screen.
  const { restoreFromText } = await import('../model/restore');
  for (const file of files) {
    // Refuse before reading: a huge file would freeze the page while it is read and parsed.
    if (file.size > LIMITS.fileBytes) {
      problems.push({ fileName: file.name, error: { code: 'tooLarge' } });
      continue;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      problems.push({ fileName: file.name, error: { code: 'readFailed' } });
      continue;
    }
    const result = text.length > WORKER_BYTES && typeof Worker !== 'undefined' ? await restoreInWorker(text) : restoreFromText(text);
    if (result.ok) maps.push(result.map);
    else problems.push({ fileName: file.name, error: result.error });
  }
  return { maps, problems };
}
