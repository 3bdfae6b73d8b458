/**
 * Upgrades of the interchange format. Each step takes a file object of version
 * N and returns one of version N+1; `migrateFile` chains them. A file of a later
 * version than this app knows is refused (never guessed at), so an older tab
 * cannot corrupt what a newer version wrote.
 */
import { FORMAT_VERSION } from './format';

/** Named versions, so a migration reads as what changed. */
export const FormatVersions = {
  Initial: 1,
} as const;

export type RawFile = Record<string, unknown>;
/** Upgrades a file object of version n to version n+1. Must not mutate its argument. */
export type Migration = (file: RawFile) => RawFile;

/** `steps[n]` upgrades version n to n+1. None yet: version 1 is the first. */
const steps: Readonly<Record<number, Migration>> = {};

export type MigrationResult = { ok: true; file: RawFile } | { ok: false; reason: 'futureVersion' | 'badVersion'; version: unknown };

/** Bring a file object of any known version up to the current version. */
export function migrateFile(file: RawFile): MigrationResult {
  return runMigrations(file, steps, FORMAT_VERSION);
}

/**
 * The chain behind `migrateFile`, with the steps and the target version as
 * arguments (so the chain can be tested before a second version exists).
 * After each step the file's `version` is set to the step's result version.
 */
export function runMigrations(file: RawFile, chain: Readonly<Record<number, Migration>>, target: number): MigrationResult {
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < FormatVersions.Initial) {
    return { ok: false, reason: 'badVersion', version };
  }
  if (version > target) return { ok: false, reason: 'futureVersion', version };
  let current = file;
  for (let v = version; v < target; v++) {
    const step = chain[v];
    if (!step) return { ok: false, reason: 'badVersion', version };
    current = { ...step(current), version: v + 1 };
  }
  return { ok: true, file: current };
}
