/**
 * Translation hygiene: every key in the resources is used somewhere in the app,
 * and every key the app asks for exists in every language. Keys are found as
 * literals in the source ('library.heading'); keys built at run time
 * (t(`ring.${ring}`)) are listed in DYNAMIC below, each with where it is built.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from './locales/en';
import fi from './locales/fi';
import sv from './locales/sv';

const SRC = new URL('..', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path.includes(join('i18n', 'locales')) ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}

/** A plural form (`_one`, `_other`) belongs to the key the code asks for. */
const baseKey = (key: string) => key.replace(/_(one|other)$/, '');

/**
 * Keys built at run time: the pattern, and the template that builds it. The
 * test below checks that each template is still in the source, so a stale
 * entry cannot hide unused keys.
 */
const DYNAMIC: { keys: RegExp; built: string }[] = [
  { keys: /^actorType\.\w+$/, built: 't(`actorType.${' }, // Toolbar, ActorInspector, ActorNode
  { keys: /^newActor\.\w+$/, built: 't(`newActor.${' }, // EditorScreen
  { keys: /^save\.(quota|conflict|missing|other)$/, built: 't(`save.${' }, // SaveStatusView: the failure kinds
  { keys: /^language\.(fi|sv|en)$/, built: 't(`language.${' }, // LanguageSwitcher
  { keys: /^kind\.\w+$/, built: 't(`kind.${' }, // LibraryScreen, MergeSourcePicker
  { keys: /^ring\.[123]$/, built: 't(`ring.${' }, // ActorInspector, RingsLayer, Provenance
  { keys: /^rounds\.kind\.\w+$/, built: 't(`rounds.kind.${' }, // RoundsOverlay, RoundChanges: the kinds of change
  { keys: /^provenance\.ring[123]$/, built: 't(`provenance.ring${' }, // Provenance
  { keys: /^direction\.(forward|backward|both)$/, built: 't(`direction.${' }, // RelationInspector
  { keys: /^method\.[\w-]+$/, built: 't(`method.${' }, // RelationInspector, flowAdapter
  { keys: /^panel\.(inspector|lens|views|insights|training|questions|reflection)$/, built: 't(`panel.${' }, // SidePanel tabs
  { keys: /^tno\.\w+$/, built: 't(`tno.${' }, // ServicesEditor
  { keys: /^mark\.verdict\.(drop|renew|keep)$/, built: 't(`mark.verdict.${' }, // FilterControls, describeFilters
  { keys: /^marks\.letter\.(drop|renew|keep)$/, built: 't(`marks.letter.${' }, // MarkControl, MarkNotes, MarksSection
  { keys: /^sector\.\w+$/, built: 't(`sector.${' }, // FilterControls, describeFilters
  { keys: /^area\.(everyday|education|employment)$/, built: 't(`area.${' }, // ServicesEditor, AreaBadges
  { keys: /^area\.short_\w+$/, built: 't(`area.short_${' }, // AreaBadges
  { keys: /^reflection\.(networks|members|purpose|experiences|coordination|value)$/, built: 't(`reflection.${' }, // ReflectionPanel
  { keys: /^storage\.(persisted|notPersisted|unsupported)$/, built: 't(`storage.${' }, // PersistenceNote
  { keys: /^merge\.reason_\w+$/, built: 't(`merge.reason_${' }, // MergeReview: why two names were proposed
  { keys: /^import\.reason\.\w+$/, built: 't(`import.reason.${' }, // describeError
  { keys: /^formats\.error\.\w+$/, built: 't(`formats.error.${' }, // describeError: io/formats FormatError codes
  { keys: /^formats\.name\.\w+$/, built: 't(`formats.name.${' }, // ExportMenu: a format's menu item
  { keys: /^interchange\.error\.\w+$/, built: 't(`interchange.error.${' }, // describeFormatError: the FormatError codes of the Kumu and GraphML readers
  { keys: /^import\.code\.\w+$/, built: 't(`import.code.${' }, // describeError
  { keys: /^backup\.(tooLarge|empty|notJson|notBackup|futureVersion|tooMany)$/, built: 't(`backup.${' }, // describeError: backup error codes
  { keys: /^flow\.direction\.(up|down|left|right)$/, built: 't(`flow.direction.${' }, // flowAriaLabels: a keyboard move
  { keys: /^lens\.filter\.\w+$/, built: 't(`lens.filter.${' }, // describeFilters: the kind of a filter
  { keys: /^lens\.direction\.(mutual|oneWay)$/, built: 't(`lens.direction.${' }, // describeFilters: direction classes
  { keys: /^lens\.search\.kind\.\w+$/, built: 't(`lens.search.kind.${' }, // LensSearch: what kind of hit
];

describe('translation keys and the source', () => {
  const source = sourceFiles(SRC)
    .map((path) => readFileSync(path, 'utf8'))
    .join('\n');
  const keys = [...new Set(keysOf(fi).map(baseKey))];

  it('every key of the resources is used in some source file', () => {
    const literal = (key: string) => source.includes(`'${key}'`) || source.includes(`"${key}"`) || source.includes(`\`${key}\``);
    const unused = keys.filter((key) => !literal(key) && !DYNAMIC.some((d) => d.keys.test(key)));
    expect(unused).toEqual([]);
  });

  it.each(DYNAMIC.map((d) => [d.built, d]))('the dynamic key template %s is still built in the source', (_built, d) => {
    expect(source).toContain(d.built);
  });

  it('every literal key the source asks for with t() exists in every language (plural forms included)', () => {
    const asked = [...source.matchAll(/\bt\(\s*'([\w-]+(?:\.[\w-]+)+)'/g)].map((m) => m[1]!);
    expect(asked.length).toBeGreaterThan(100);
    for (const [language, resource] of Object.entries({ fi, sv, en })) {
      const present = new Set(keysOf(resource).map(baseKey));
      expect(
        asked.filter((key) => !present.has(key)),
        language,
      ).toEqual([]);
    }
  });
});
