import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FormatVersions, migrateFile, runMigrations, type Migration, type RawFile } from './migrations';
import { restoreFromText } from './restore';
import { FORMAT_VERSION } from './schema';
import { toMapJson } from './serialise';
import { ACTOR_TYPES, DIRECTIONS, isPresetMethod } from './vocabulary';

/** A file written by version 1 of the app. Never edit it: it stands for files users already have. */
const v1PersonalText = readFileSync(new URL('../../tests/fixtures/v1-personal.json', import.meta.url), 'utf8');

describe('a version 1 file', () => {
  const result = restoreFromText(v1PersonalText);

  it('keeps opening', () => {
    expect(result.ok).toBe(true);
  });

  it('keeps all of its content', () => {
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const { map } = result;
    expect(map).toMatchObject({ title: 'Omat verkostosuhteeni – kevät 2024', kind: 'personal', author: 'Aino Virtanen', region: 'Pirkanmaa' });
    expect(new Set(map.actors.map((a) => a.type))).toEqual(new Set(ACTOR_TYPES));
    expect(map.actors).toHaveLength(5);
    expect(new Set(map.relations.map((r) => r.direction))).toEqual(new Set(DIRECTIONS));
    const methods = map.relations.flatMap((r) => r.methods);
    expect(methods.some(isPresetMethod)).toBe(true);
    expect(methods.filter((m) => !isPresetMethod(m))).toEqual(['Teams-palaveri', 'WhatsApp', 'soitto palvelunumeroon']);
    expect(map.relations[1]).toMatchObject({ direction: 'forward', topics: ['nuoren ohjaaminen Ohjaamoon'], note: 'Etsivät tuovat nuoria Ohjaamoon.' });
    expect(map.actors[3]!.services.map((s) => s.name)).toEqual(['Työnhaun neuvonta', 'Ammatinvalinta- ja uraohjaus']);
    expect(map.questions.map((q) => q.text)).toHaveLength(2);
    expect(map.reflection.purpose).toBe('Nuori saa avun yhdestä paikasta eikä putoa palveluiden väliin.');
    // An answer the file does not have is an empty answer.
    expect(map.reflection.value).toBe('');
  });

  it('gets a place for the actor that has none', () => {
    if (!result.ok) return;
    const kela = result.map.actors.find((a) => a.name === 'Kela')!;
    expect(kela.ring).toBe(3);
    expect(kela.position).toBeDefined();
  });

  it('writes back to a file that opens to the same map', () => {
    if (!result.ok) return;
    expect(restoreFromText(toMapJson(result.map))).toEqual(result);
  });

  it('is refused when it claims a future version', () => {
    for (const version of [FORMAT_VERSION + 1, 999]) {
      const text = v1PersonalText.replace('"version": 1,', `"version": ${version},`);
      expect(restoreFromText(text)).toEqual({ ok: false, error: { code: 'futureVersion', value: String(version) } });
    }
  });
});

describe('migrateFile', () => {
  it('passes a current file through untouched', () => {
    const file = JSON.parse(v1PersonalText) as RawFile;
    const result = migrateFile(file);
    expect(result).toEqual({ ok: true, file });
    if (result.ok) expect(result.file).toBe(file);
  });

  it('knows version 1 as the first', () => {
    expect(FormatVersions.Initial).toBe(1);
    expect(FORMAT_VERSION).toBeGreaterThanOrEqual(FormatVersions.Initial);
  });

  it.each([0, -1, 1.5, '1', null, undefined, Number.NaN, Number.POSITIVE_INFINITY, [1], { v: 1 }])('refuses version %s as bad', (version) => {
    expect(migrateFile({ version })).toEqual({ ok: false, reason: 'badVersion', version });
  });

  it('refuses later versions as future', () => {
    expect(migrateFile({ version: FORMAT_VERSION + 1 })).toEqual({ ok: false, reason: 'futureVersion', version: FORMAT_VERSION + 1 });
  });
});

describe('the migration chain', () => {
  // An imagined history: v2 renamed `map.title` to `map.name`, v3 added `map.tags`.
  const renameTitle: Migration = (file) => {
    const { title, ...map } = file.map as Record<string, unknown>;
    return { ...file, map: { ...map, name: title } };
  };
  const addTags: Migration = (file) => ({ ...file, map: { ...(file.map as object), tags: [] } });
  const chain = { 1: renameTitle, 2: addTags };

  it('runs every step from the file version up to the target, in order', () => {
    const v1 = { format: 'verkostokartta', version: 1, map: { title: 'Kartta' } };
    expect(runMigrations(v1, chain, 3)).toEqual({ ok: true, file: { format: 'verkostokartta', version: 3, map: { name: 'Kartta', tags: [] } } });
  });

  it('starts from the version the file has', () => {
    const v2 = { version: 2, map: { name: 'Kartta' } };
    expect(runMigrations(v2, chain, 3)).toEqual({ ok: true, file: { version: 3, map: { name: 'Kartta', tags: [] } } });
  });

  it('stops at the target version', () => {
    expect(runMigrations({ version: 1, map: { title: 'K' } }, chain, 2)).toEqual({ ok: true, file: { version: 2, map: { name: 'K' } } });
  });

  it('sets the version after each step, even when a step forgets to', () => {
    const seen: unknown[] = [];
    const spy =
      (v: number): Migration =>
      (file) => {
        seen.push(file.version);
        return { ...file, step: v };
      };
    const result = runMigrations({ version: 1 }, { 1: spy(1), 2: spy(2), 3: spy(3) }, 4);
    expect(seen).toEqual([1, 2, 3]);
    expect(result).toEqual({ ok: true, file: { version: 4, step: 3 } });
  });

  it('does not change the file it was given', () => {
    const v1 = { version: 1, map: { title: 'Kartta' } };
    const copy = structuredClone(v1);
    runMigrations(v1, chain, 3);
    expect(v1).toEqual(copy);
  });

  it('refuses a file whose version has no step (a gap in the chain)', () => {
    expect(runMigrations({ version: 1 }, { 2: addTags }, 3)).toEqual({ ok: false, reason: 'badVersion', version: 1 });
  });

  it('refuses versions above the target and below the first', () => {
    expect(runMigrations({ version: 4 }, chain, 3)).toEqual({ ok: false, reason: 'futureVersion', version: 4 });
    expect(runMigrations({ version: 0 }, chain, 3)).toEqual({ ok: false, reason: 'badVersion', version: 0 });
  });
});
