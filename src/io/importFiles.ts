/**
 * Reading map files chosen or dropped by the user. Every file passes the
 * model's one way in; only files that are entirely valid are added, all in one
 * transaction, and nothing already stored is changed.
 */
import { LIMITS, type BackupError, type MapDoc, type RestoreError } from '../model';

export type FileError = RestoreError | { code: 'readFailed' } | { code: 'backup'; backup: BackupError };
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
    const result = restoreFromText(text);
    if (result.ok) maps.push(result.map);
    else problems.push({ fileName: file.name, error: result.error });
  }
  return { maps, problems };
}
