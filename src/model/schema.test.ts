import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validFileObject } from '../../tests/fixtures/badInputs';
import { LIMITS } from './limits';
import { ringAt } from './rings';
import { restoreFromText, restoreMapRecord } from './restore';
import { fileSchema, FORMAT_NAME, FORMAT_VERSION, mapSchema, type MapDoc } from './schema';
import { toMapJson } from './serialise';
import { ACTOR_TYPES, CONTENT_AREAS, DIRECTIONS, MAP_KINDS, PRESET_METHODS, REFLECTION_KEYS, TNO_LEVELS } from './vocabulary';

const T = '2024-05-01T10:00:00.000Z';

function fileText(map: Record<string, unknown>): string {
  return JSON.stringify({ format: FORMAT_NAME, version: FORMAT_VERSION, exportedAt: T, map });
}

function restored(map: Record<string, unknown>): MapDoc {
  const result = restoreFromText(fileText(map));
  if (!result.ok) throw new Error(`expected a valid map, got ${JSON.stringify(result.error)}`);
  return result.map;
}

const minimal = { id: 'm1', title: 'Tyhjä kartta', kind: 'regional', createdAt: T, updatedAt: T, actors: [], relations: [] };

const personalWithAllFields = {
  id: 'map-aino',
  title: 'Omat verkostosuhteeni',
  kind: 'personal',
  author: 'Aino Virtanen',
  region: 'Pirkanmaa',
  createdAt: '2024-05-01T10:00:00.000Z',
  updatedAt: '2024-05-02T08:30:00+03:00',
  actors: [
    { id: 'me', name: 'Aino', type: 'self', position: { x: 0, y: 0 }, services: [], note: 'Ohjaamon ohjaaja' },
    {
      id: 'liisa',
      name: 'Liisa Kuraattori',
      type: 'person',
      ring: 1,
      position: { x: 150, y: -40.5 },
      organisation: 'Tampereen lyseo',
      services: [{ name: 'Kuraattoripalvelut', tno: ['advice', 'guidance'], areas: ['everyday', 'education'] }],
      note: 'Tavataan viikoittain',
      sources: [{ mapId: 'map-x', title: 'Ryhmä 1', author: 'Pekka' }],
    },
  ],
  relations: [
    {
      id: 'r1',
      source: 'me',
      target: 'liisa',
      direction: 'both',
      topics: ['opiskelijan tuki'],
      methods: ['meeting', 'Teams-palaveri'],
      note: 'Yhteinen asiakas',
      weight: 2,
      sources: [{ mapId: 'map-x', title: 'Ryhmä 1' }],
    },
  ],
  questions: [{ id: 'q1', text: 'Miten tavoitan etsivän nuorisotyön?', author: 'Aino' }],
  reflection: {
    networks: 'Ohjaamo-verkosto',
    members: 'TE-toimisto, kunta',
    purpose: 'Nuorten tuki',
    experiences: 'Toimii hyvin',
    coordination: 'Kuukausipalaverit',
    value: 'Nopeampi apu',
  },
};

describe('fileSchema', () => {
  it('accepts a minimal map: empty lists, optional fields missing', () => {
    const parsed = fileSchema.safeParse(JSON.parse(fileText(minimal)));
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    expect(parsed.data.map.questions).toEqual([]);
    expect(parsed.data.map.reflection).toEqual(Object.fromEntries(REFLECTION_KEYS.map((k) => [k, ''])));
    expect(parsed.data.map.author).toBeUndefined();
  });

  it('accepts a personal map with every field, keeping every value', () => {
    const parsed = fileSchema.safeParse(JSON.parse(fileText(personalWithAllFields)));
    expect(parsed.success).toBe(true);
    if (parsed.success) expect(parsed.data.map).toEqual(personalWithAllFields);
  });

  it('fills the default lists of actors and relations', () => {
    const parsed = mapSchema.parse({
      ...minimal,
      actors: [
        { id: 'a', name: 'A', type: 'person' },
        { id: 'b', name: 'B', type: 'group' },
      ],
      relations: [{ id: 'r', source: 'a', target: 'b', direction: 'forward' }],
    });
    expect(parsed.actors[0]!.services).toEqual([]);
    expect(parsed.relations[0]).toMatchObject({ topics: [], methods: [] });
  });

  it('drops unknown fields instead of keeping them', () => {
    const parsed = fileSchema.parse({ ...JSON.parse(fileText({ ...minimal, colour: 'red' })), extra: 1 });
    expect(parsed).not.toHaveProperty('extra');
    expect(parsed.map).not.toHaveProperty('colour');
  });

  it('accepts values exactly at the limits', () => {
    const atLimits = {
      ...minimal,
      title: 'x'.repeat(LIMITS.title),
      actors: [{ id: 'i'.repeat(200), name: 'n'.repeat(LIMITS.name), type: 'person', position: { x: LIMITS.coordinate, y: -LIMITS.coordinate } }],
    };
    expect(fileSchema.safeParse(JSON.parse(fileText(atLimits))).success).toBe(true);
  });

  it('accepts a relation drawn from an actor to itself (the app never draws one, but it is well-formed)', () => {
    const map = { ...minimal, actors: [{ id: 'a', name: 'A', type: 'group' }], relations: [{ id: 'r', source: 'a', target: 'a', direction: 'both' }] };
    expect(mapSchema.safeParse(map).success).toBe(true);
  });

  it('reports every duplicate and dangling end, not only the first', () => {
    const parsed = mapSchema.safeParse({
      ...minimal,
      actors: [
        { id: 'a', name: 'A', type: 'person' },
        { id: 'a', name: 'B', type: 'person' },
      ],
      relations: [{ id: 'r', source: 'x', target: 'y', direction: 'forward' }],
    });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.error.issues.map((i) => i.message)).toEqual(['duplicateId', 'dangling', 'dangling']);
  });
});

describe('restoreFromText on good maps', () => {
  it('opens a minimal map', () => {
    const map = restored(minimal);
    expect(map).toMatchObject({ id: 'm1', title: 'Tyhjä kartta', kind: 'regional', actors: [], relations: [], questions: [] });
  });

  it('opens a personal map with every field unchanged', () => {
    expect(restored(personalWithAllFields)).toEqual(personalWithAllFields);
  });

  it('opens a regional map with services', () => {
    const map = restored({
      ...minimal,
      title: 'Nuorten TNO-palveluverkostot Pirkanmaalla',
      region: 'Pirkanmaa',
      actors: [
        {
          id: 'ohjaamo',
          name: 'Ohjaamo Tampere',
          type: 'organisation',
          position: { x: 0, y: 0 },
          services: [
            { name: 'Henkilökohtainen ohjaus', tno: ['information', 'advice', 'guidance'], areas: ['everyday', 'education', 'employment'] },
            { name: 'Työnhaun tuki', tno: ['guidance'], areas: ['employment'] },
          ],
        },
        { id: 'te', name: 'TE-toimisto', type: 'organisation', position: { x: 300, y: 0 }, services: [{ name: 'Työvoimapalvelut', tno: [], areas: [] }] },
        { id: 'etsiva', name: 'Etsivä nuorisotyö', type: 'group', position: { x: 150, y: 200 } },
      ],
      relations: [
        { id: 'r1', source: 'ohjaamo', target: 'te', direction: 'both', topics: ['työnhaku'], methods: ['formal-meeting'] },
        { id: 'r2', source: 'etsiva', target: 'ohjaamo', direction: 'forward', topics: ['ohjaus Ohjaamoon'], methods: ['phone'] },
      ],
    });
    expect(map.actors[0]!.services).toHaveLength(2);
    expect(map.actors[0]!.services[1]).toEqual({ name: 'Työnhaun tuki', tno: ['guidance'], areas: ['employment'] });
    expect(map.actors[2]!.services).toEqual([]);
    // Regional maps have no rings.
    expect(map.actors.every((a) => a.ring === undefined)).toBe(true);
  });

  it('places actors without a position on a personal map, on their ring around "me"', () => {
    const map = restored({
      ...minimal,
      kind: 'personal',
      actors: [
        { id: 'me', name: 'Minä', type: 'self', position: { x: 100, y: 50 } },
        { id: 'near', name: 'Lähellä', type: 'person', ring: 1 },
        { id: 'far', name: 'Kaukana', type: 'organisation' },
        { id: 'placed', name: 'Paikallaan', type: 'group', position: { x: 100, y: 400 } },
      ],
    });
    const [me, near, far, placed] = map.actors;
    expect(me!.position).toEqual({ x: 100, y: 50 });
    expect(near!.ring).toBe(1);
    expect(ringAt(near!.position!, me!.position)).toBe(1);
    // No ring given: the most distant ring.
    expect(far!.ring).toBe(3);
    expect(ringAt(far!.position!, me!.position)).toBe(3);
    // A position without a ring: the ring follows the position.
    expect(placed).toMatchObject({ position: { x: 100, y: 400 }, ring: 2 });
  });

  it('places "me" without a position at the centre and drops a ring on "me"', () => {
    const map = restored({ ...minimal, kind: 'personal', actors: [{ id: 'me', name: 'Minä', type: 'self', ring: 2 }] });
    expect(map.actors[0]!.position).toEqual({ x: 0, y: 0 });
    expect(map.actors[0]).not.toHaveProperty('ring');
  });

  it('places actors without a position on a regional map, each on its own spot', () => {
    const map = restored({
      ...minimal,
      actors: Array.from({ length: 8 }, (_, i) => ({ id: `a${i}`, name: `Toimija ${i}`, type: 'organisation' })),
    });
    const spots = map.actors.map((a) => `${a.position?.x},${a.position?.y}`);
    expect(spots.every((s) => !s.includes('undefined'))).toBe(true);
    expect(new Set(spots).size).toBe(8);
  });

  it('fills a reflection that is only partly answered', () => {
    const map = restored({ ...minimal, reflection: { purpose: 'Yhteiset asiakkaat', value: 'Aikaa säästyy' } });
    expect(map.reflection).toEqual({
      networks: '',
      members: '',
      purpose: 'Yhteiset asiakkaat',
      experiences: '',
      coordination: '',
      value: 'Aikaa säästyy',
    });
  });

  it('trims names and the title, and drops repeated topics and methods', () => {
    const map = restored({
      ...minimal,
      title: '  Alueen kartta  ',
      actors: [
        { id: 'a', name: ' Kela ', type: 'organisation' },
        { id: 'b', name: 'TYP', type: 'organisation' },
      ],
      relations: [
        { id: 'r', source: 'a', target: 'b', direction: 'backward', topics: ['Etuudet', 'etuudet ', 'Asuminen'], methods: ['email', 'Email', 'phone'] },
      ],
    });
    expect(map.title).toBe('Alueen kartta');
    expect(map.actors[0]!.name).toBe('Kela');
    expect(map.relations[0]).toMatchObject({ topics: ['Etuudet', 'Asuminen'], methods: ['email', 'phone'] });
  });

  it('keeps unicode text as it is', () => {
    const name = 'Ääninen Ö-ryhmä 🌱 Nätverket för unga';
    expect(restored({ ...minimal, actors: [{ id: 'a', name, type: 'group' }] }).actors[0]!.name).toBe(name);
  });

  it('opens a map record from the database the same way', () => {
    const result = restoreMapRecord(validFileObject().map);
    expect(result.ok).toBe(true);
    expect(restoreMapRecord({ ...minimal, title: ' ' })).toMatchObject({ ok: false, error: { code: 'invalid', path: 'map.title', reason: 'blank' } });
  });

  it('opens what it writes', () => {
    const first = restored(personalWithAllFields);
    const again = restoreFromText(toMapJson(first, new Date(T)));
    expect(again).toEqual({ ok: true, map: first });
  });
});

describe('docs/format.md', () => {
  const doc = readFileSync(new URL('../../docs/format.md', import.meta.url), 'utf8');

  it('has a complete example that opens', () => {
    const example = doc.split('## Complete example')[1]?.match(/```json\n([\s\S]*?)```/)?.[1];
    expect(example).toBeDefined();
    const result = restoreFromText(example!);
    expect(result).toMatchObject({ ok: true });
  });

  it('names every code of every closed vocabulary', () => {
    const codes = [...MAP_KINDS, ...ACTOR_TYPES, ...DIRECTIONS, ...TNO_LEVELS, ...CONTENT_AREAS, ...PRESET_METHODS, ...REFLECTION_KEYS];
    for (const code of codes) expect(doc, code).toContain(`\`${code}\``);
  });

  it('states the limits', () => {
    const section = doc.split('## Limits')[1]!.split('\n## ')[0]!;
    for (const n of [LIMITS.actors, LIMITS.relations, LIMITS.questions, LIMITS.title, LIMITS.name, LIMITS.label, LIMITS.longText, LIMITS.listItems]) {
      expect(section).toContain(String(n));
    }
    expect(section).toContain(`${LIMITS.fileBytes / 1024 / 1024} MiB`);
    expect(section).toContain(LIMITS.coordinate.toLocaleString('en').replaceAll(',', ' '));
  });
});
