/**
 * The one way in. Every map that enters from outside (a JSON file, a database
 * record written by any version, a backup) passes `restoreFile`:
 * migrate → validate → normalise. It returns a valid map or a typed error that
 * the UI translates; never a half-valid map.
 */
import type { z } from 'zod';
import { LIMITS } from './limits';
import { migrateFile } from './migrations';
import { normaliseMap } from './normalise';
import { FORMAT_NAME, FORMAT_VERSION, fileSchema, type MapDoc } from './schema';

export type RestoreErrorCode = 'tooLarge' | 'empty' | 'notJson' | 'notObject' | 'wrongFormat' | 'futureVersion' | 'badVersion' | 'invalid';

/** Why a field is invalid; each has a translated sentence under `import.reason.*`. */
export type InvalidReason =
  | 'missing'
  | 'blank'
  | 'tooLong'
  | 'tooMany'
  | 'wrongType'
  | 'badValue'
  | 'badDate'
  | 'outOfRange'
  | 'duplicateId'
  | 'dangling'
  | 'manySelf';

export interface RestoreError {
  code: RestoreErrorCode;
  /** Where in the file, e.g. `map.actors[2].name` (for `invalid`). */
  path?: string;
  reason?: InvalidReason;
  /** A value worth naming in the message: the version, the duplicate or missing id. */
  value?: string;
}

export type RestoreResult = { ok: true; map: MapDoc } | { ok: false; error: RestoreError };

const fail = (error: RestoreError): RestoreResult => ({ ok: false, error });

/** Parse the text of a file. */
export function restoreFromText(text: string): RestoreResult {
  if (text.length > LIMITS.fileBytes) return fail({ code: 'tooLarge' });
  // A byte order mark (some Windows editors write one) is not part of the JSON.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return fail({ code: 'empty' });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    // Also catches RangeError from absurdly deep nesting.
    return fail({ code: 'notJson' });
  }
  return restoreFile(raw);
}

/** Validate an already parsed file object. */
export function restoreFile(raw: unknown): RestoreResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail({ code: 'notObject' });
  const file = raw as Record<string, unknown>;
  if (file.format !== FORMAT_NAME) return fail({ code: 'wrongFormat', value: showValue(file.format ?? '') });
  const migrated = migrateFile(file);
  if (!migrated.ok) return fail({ code: migrated.reason, value: showValue(migrated.version) });
  const parsed = fileSchema.safeParse(migrated.file);
  if (!parsed.success) return fail(describeIssue(parsed.error.issues[0]!, migrated.file));
  return { ok: true, map: normaliseMap(parsed.data.map) };
}

/** Wrap a bare map (as stored in the database) into a file and restore it. */
export function restoreMapRecord(map: unknown, version: number = FORMAT_VERSION): RestoreResult {
  return restoreFile({ format: FORMAT_NAME, version, exportedAt: new Date(0).toISOString(), map });
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    if (!Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describeIssue(issue: z.core.$ZodIssue, root: unknown): RestoreError {
  const path = formatPath(issue.path);
  const base = { code: 'invalid' as const, path };
  switch (issue.code) {
    case 'custom': {
      const reason = issue.message as InvalidReason;
      const id = (issue.params as { id?: string } | undefined)?.id;
      return { ...base, reason, ...(id !== undefined ? { value: id } : {}) };
    }
    case 'invalid_type': {
      const value = valueAt(root, issue.path);
      if (value === undefined) return { ...base, reason: 'missing' };
      // JSON has no Infinity, but 1e999 parses to it: a number, just far too big.
      return { ...base, reason: typeof value === 'number' && !Number.isFinite(value) ? 'outOfRange' : 'wrongType' };
    }
    case 'too_big':
      return { ...base, reason: issue.origin === 'array' ? 'tooMany' : issue.origin === 'string' ? 'tooLong' : 'outOfRange' };
    case 'too_small':
      return { ...base, reason: issue.origin === 'string' ? 'blank' : 'outOfRange' };
    case 'invalid_format':
      return { ...base, reason: 'badDate' };
    case 'invalid_value':
    case 'invalid_union': {
      // zod reports a missing enum field (e.g. an actor's type) as a bad value.
      const value = valueAt(root, issue.path);
      if (value === undefined) return { ...base, reason: 'missing' };
      return { ...base, reason: 'badValue', value: showValue(value) };
    }
    default:
      return { ...base, reason: 'badValue' };
  }
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * A short text for a value from the file, for an error message. Never calls
 * `String()` on an object or array: a parsed `{"toString":1}` would throw, and a
 * deeply nested array would overflow the stack.
 */
function showValue(value: unknown): string {
  if (Array.isArray(value)) return '[…]';
  if (typeof value === 'object' && value !== null) return '{…}';
  return truncate(String(value));
}
