/**
 * Test helper: maps for the other-tool formats' round trips, and what a round
 * trip is expected to keep. Built on the merge's map arbitraries, with texts
 * that try to break a format (formula starts, `|`, quotes, line breaks, markup).
 */
import fc from 'fast-check';
import { type MapDoc, restoreFile, toMapFile } from '../../model';
import { mapArb } from '../../model/merge/arbitraries';

export const TRICKY = [
  '=HYPERLINK("http://x","y")',
  "'=1+1",
  '+358 40 123',
  '@SUM(A1)',
  '-minus',
  'a|b',
  'back\\slash',
  'quote "q", comma; semi',
  'line\nbreak\r\nand CRLF',
  '<tag> & "amp" \'apos\'',
  ' spaced  Åbo ',
  'tab\there',
] as const;

const trickyArb = fc.constantFrom(...TRICKY);

/** A valid map with tricky texts, weights, notes and sources, already through restore (positions and rings placed). */
export const trickyMapArb: fc.Arbitrary<MapDoc> = fc
  .record({
    map: mapArb(0),
    texts: fc.array(trickyArb, { minLength: 6, maxLength: 6 }),
    weight: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
  })
  .map(({ map: generated, texts, weight }) => {
    // A copy: fast-check hands the same generated value to several runs while shrinking.
    const map = structuredClone(generated);
    const [a0, r0] = [map.actors[0], map.relations[0]];
    if (a0) {
      a0.note = texts[0]!;
      a0.organisation = texts[1]!;
      a0.sources = [{ mapId: 'src-1', title: texts[2]! }];
      a0.name = `${texts[3]!.trim() || 'x'} ${a0.name}`;
    }
    if (r0) {
      r0.note = texts[4]!;
      r0.topics = [...r0.topics, texts[5]!.trim()].filter(Boolean);
      if (weight) r0.weight = weight;
      r0.sources = [{ mapId: 'src-2', title: 'Ryhmä 2' }];
    }
    const restored = restoreFile(toMapFile(map));
    if (!restored.ok) throw new Error(JSON.stringify(restored.error));
    return restored.map;
  });

/**
 * What the spreadsheet and GraphML layouts keep: everything but questions,
 * reflection and saved views; ← comes back as → with its ends swapped; service
 * names trimmed; provenance keeps map id and title.
 */
export function expectedAfterRoundTrip(map: MapDoc, options: { sources: boolean }): MapDoc {
  const restored = restoreFile(
    toMapFile({
      ...map,
      questions: [],
      reflection: { networks: '', members: '', purpose: '', experiences: '', coordination: '', value: '' },
      views: undefined,
      actors: map.actors.map((a) => {
        const { sources, ...rest } = a;
        return {
          ...rest,
          services: a.services.map((s) => ({ ...s, name: s.name.trim() })).filter((s) => s.name !== ''),
          ...(sources && options.sources ? { sources: sources.map((s) => ({ mapId: s.mapId, title: s.title.trim() })) } : {}),
        };
      }),
      relations: map.relations.map((r) => {
        const { sources, ...rest } = r;
        const swapped = r.direction === 'backward' ? { source: r.target, target: r.source, direction: 'forward' as const } : {};
        return { ...rest, ...swapped, ...(sources && options.sources ? { sources: sources.map((s) => ({ mapId: s.mapId, title: s.title.trim() })) } : {}) };
      }),
    }),
  );
  if (!restored.ok) throw new Error(JSON.stringify(restored.error));
  const { views: _views, ...rest } = restored.map;
  return rest as MapDoc;
}

/** The file a reader produced, through the one way in. */
export function restored(file: unknown): MapDoc {
  const result = restoreFile(file);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  const { views: _views, ...rest } = result.map;
  return rest as MapDoc;
}
