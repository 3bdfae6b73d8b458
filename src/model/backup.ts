/**
 * A backup of the whole library in one file. Each map inside is a map of the
 * interchange format and passes the same one way in as a single map file.
 */
import { LIMITS } from './limits';
import { restoreMapRecord, type RestoreError } from './restore';
import { FORMAT_VERSION } from './format';
import type { MapDoc } from './schema';

export const BACKUP_FORMAT = 'verkostokartta-backup';
export const BACKUP_VERSION = 1;
/** A library bigger than this is not a backup we wrote. */
const MAX_MAPS = 10_000;

export function toBackupJson(maps: readonly MapDoc[], now: Date = new Date()): string {
  return JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, mapFormatVersion: FORMAT_VERSION, exportedAt: now.toISOString(), maps });
}

/** Why a file could not be taken in: a map that failed the one way in, a file that could not be read, or a bad backup. */
export type FileError = RestoreError | { code: 'readFailed' } | { code: 'backup'; backup: BackupError };

export type BackupError = { code: 'tooLarge' | 'empty' | 'notJson' | 'notBackup' | 'futureVersion' | 'tooMany'; value?: string };

export type BackupResult = { ok: true; maps: MapDoc[]; problems: { index: number; title: string; error: RestoreError }[] } | { ok: false; error: BackupError };

/** Read a backup: valid maps come back, each invalid one is named with its problem. */
export function restoreBackup(text: string, maxBytes: number = LIMITS.fileBytes * 10): BackupResult {
  if (text.length > maxBytes) return { ok: false, error: { code: 'tooLarge' } };
  if (!text.trim()) return { ok: false, error: { code: 'empty' } };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: { code: 'notJson' } };
  }
  const file = raw as { format?: unknown; version?: unknown; mapFormatVersion?: unknown; maps?: unknown };
  if (typeof raw !== 'object' || raw === null || file.format !== BACKUP_FORMAT || !Array.isArray(file.maps)) return { ok: false, error: { code: 'notBackup' } };
  if (typeof file.version !== 'number' || file.version > BACKUP_VERSION) return { ok: false, error: { code: 'futureVersion', value: String(file.version) } };
  if (file.maps.length > MAX_MAPS) return { ok: false, error: { code: 'tooMany' } };
  const mapVersion = typeof file.mapFormatVersion === 'number' ? file.mapFormatVersion : FORMAT_VERSION;
  const maps: MapDoc[] = [];
  const problems: { index: number; title: string; error: RestoreError }[] = [];
  file.maps.forEach((entry: unknown, index: number) => {
    const result = restoreMapRecord(entry, mapVersion);
    if (result.ok) maps.push(result.map);
    else problems.push({ index, title: titleOf(entry), error: result.error });
  });
  return { ok: true, maps, problems };
}

function titleOf(entry: unknown): string {
  const title = (entry as { title?: unknown } | null)?.title;
  return typeof title === 'string' ? title.slice(0, 80) : '?';
}
