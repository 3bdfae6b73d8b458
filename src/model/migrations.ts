/**
 * Upgrades of the interchange format. Each step takes a file object of version
 * N and returns one of version N+1; `migrateFile` chains them. A file of a later
 * version than this app knows is refused (never guessed at), so an older tab
 * cannot corrupt what a newer version wrote.
 */
import { FORMAT_VERSION } from './schema';

/** Named versions, so a migration reads as what changed. */
export const FormatVersions = {
  Initial: 1,
} as const;

type RawFile = Record<string, unknown>;
type Migration = (file: RawFile) => RawFile;

/** `steps[n]` upgrades version n to n+1. None yet: version 1 is the first. */
const steps: Record<number, Migration> = {};

export type MigrationResult =
  | { ok: true; file: RawFile }
  | { ok: false; reason: 'futureVersion' | 'badVersion'; version: unknown };

export function migrateFile(file: RawFile): MigrationResult {
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < FormatVersions.Initial) {
    return { ok: false, reason: 'badVersion', version };
  }
  if (version > FORMAT_VERSION) return { ok: false, reason: 'futureVersion', version };
  let current = file;
  for (let v = version; v < FORMAT_VERSION; v++) {
    const step = steps[v];
    if (!step) return { ok: false, reason: 'badVersion', version };
    current = step(current);
  }
  return { ok: true, file: current };
}
