import { describe, expect, it } from 'vitest';
import { restoreFile, type MapDoc } from '../model';
import { decodeShare, encodeShare, shareUrl } from './shareLink';
import { QR_MAX_VERSION, qrVersion, shareQr } from './shareQr';

/** Where the app would be served in a training room: a short address, as a QR code is tight. */
const BASE = 'https://verkostokartta.fi/';
/** Names and topics written by trainees, each different, so that deflate finds little to repeat (as in a real map). */
const NAMES = [
  'Ohjaamo Kajaani',
  'Mikko, opinto-ohjaaja',
  'Etsivä nuorisotyö',
  'Kuraattori Liisa',
  'TE-toimisto',
  'Nuorten työpaja',
  'Kela Kajaani',
  'Sosiaaliohjaaja Pekka',
  'Oppisopimustoimisto',
  'Kainuun ammattiopisto',
  'Vanhempainyhdistys',
  'Yrittäjä Jukka',
  'Seurakunnan diakoni',
  'Mielenterveystoimisto',
  'Nuorisopalvelut',
  'Terveydenhoitaja Sari',
  'Kirjasto',
  'Urheiluseura Kiri',
];
const TOPICS = ['nuoren ohjaus', 'jatko-opinnot', 'työnhaku', 'toimeentulotuki', 'työkokeilu', 'asumisen tuki', 'oppisopimus', 'harrastukset', 'terveys'];
/** Beyond the list: made-up words from a fixed seed, the least compressible names a map can have. */
function word(seed: number): string {
  let x = seed * 7919 + 17;
  let out = '';
  for (let i = 0; i < 6 + (seed % 9); i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += 'aeiouyäöklmnprstvjh'[x % 19];
  }
  return out[0]!.toUpperCase() + out.slice(1);
}
const METHODS = ['meeting', 'email', 'phone', 'chat', 'letter'];

/** A trainee's personal map as the exercise asks: actors on three rings, most tied to "me" with a topic and one or two methods. */
function personalMap(count: number): MapDoc {
  const actors = [{ id: 'me', name: 'Aino Virtanen', type: 'self', position: { x: 0, y: 0 }, services: [] }];
  for (let i = 1; i <= count; i++) {
    const angle = (i * 2.4) % (2 * Math.PI);
    const ring = ((i - 1) % 3) + 1;
    actors.push({
      id: `actor-${i}-${'x'.repeat(20)}`,
      name: NAMES[i - 1] ?? `${word(i)} ${word(i + 5000)}`,
      type: ['person', 'group', 'organisation'][i % 3]!,
      ring,
      position: { x: Math.cos(angle) * ring * 160.37, y: Math.sin(angle) * ring * 160.37 },
      services: [],
    } as never);
  }
  const relations = actors.slice(1).map((a, i) => ({
    id: `relation-${i}-${'y'.repeat(20)}`,
    source: i % 3 === 0 ? a.id : 'me',
    target: i % 3 === 0 ? 'me' : a.id,
    direction: (['forward', 'both', 'backward'] as const)[i % 3],
    topics: [TOPICS[i] ?? word(i + 9000)],
    methods: i % 2 ? [METHODS[i % 5]!] : [METHODS[i % 5]!, METHODS[(i + 1) % 5]!],
  }));
  const file = {
    format: 'verkostokartta',
    version: 1,
    exportedAt: '2026-11-30T10:00:00.000Z',
    map: {
      id: '5d0c6f4e-8b1a-4c1e-9a53-1f2e3d4c5b6a',
      title: 'Ainon verkostosuhteet',
      kind: 'personal',
      author: 'Aino Virtanen',
      createdAt: '2026-11-30T09:00:00.000Z',
      updatedAt: '2026-11-30T10:00:00.000Z',
      actors,
      relations,
      questions: [{ id: 'q', text: 'Kuka koordinoi alueen verkostoa?' }],
    },
  };
  const restored = restoreFile(file);
  if (!restored.ok) throw new Error(JSON.stringify(restored.error));
  return restored.map;
}

describe('share link', () => {
  it('carries a map there and back', async () => {
    const map = personalMap(12);
    const back = await decodeShare(await encodeShare(map));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.map.id).toBe(map.id);
    expect(back.map.actors.map((a) => [a.name, a.type, a.ring])).toEqual(map.actors.map((a) => [a.name, a.type, a.ring]));
    expect(back.map.relations.map((r) => [r.direction, r.topics, r.methods])).toEqual(map.relations.map((r) => [r.direction, r.topics, r.methods]));
  });

  it('fits a personal map of 15 actors in a QR code of version 25, and says how many fit at most', async () => {
    let fit = 0;
    const sizes: string[] = [];
    for (let count = 5; count <= 40; count++) {
      const url = shareUrl(await encodeShare(personalMap(count)), BASE);
      const qr = shareQr(url);
      if (count % 5 === 0 || !qr) sizes.push(`${count + 1} actors: link ${url.length} chars, QR ${qr ? `version ${qrVersion(qr)}` : 'too large'}`);
      if (!qr) break;
      expect(qrVersion(qr)).toBeLessThanOrEqual(QR_MAX_VERSION);
      fit = count + 1;
    }
    console.info(`Share link in a QR code (version ≤ ${QR_MAX_VERSION}, correction L):\n  ${sizes.join('\n  ')}\n  at most ${fit} actors (with "me") fit`);
    expect(fit).toBeGreaterThanOrEqual(16);
  });

  it('makes a link of a 1000-actor map that still opens', async () => {
    const map = personalMap(999);
    const data = await encodeShare(map);
    console.info(`Share link of a ${map.actors.length}-actor map: ${shareUrl(data, BASE).length} chars`);
    expect(shareQr(shareUrl(data, BASE))).toBeNull();
    const back = await decodeShare(data);
    expect(back.ok && back.map.actors.length).toBe(1000);
  });

  it('carries the whole file when the compact form would lose something: saved views, sources and weights', async () => {
    const map = personalMap(5);
    const [first, second] = map.actors;
    const source = { mapId: 'aino', title: 'Ainon kartta' };
    const merged: MapDoc = {
      ...map,
      kind: 'regional',
      actors: map.actors.map((a) => ({ ...a, sources: [source] })),
      relations: [{ id: 'r1', source: first!.id, target: second!.id, direction: 'both', topics: ['työnhaku'], methods: [], weight: 3, sources: [source] }],
      views: [{ id: 'v1', name: 'Kaikki', focus: { actor: first!.id, depth: 2 } }],
    };
    const data = await encodeShare(merged);
    expect(data.startsWith('f.')).toBe(true);
    const back = await decodeShare(data);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.map.views).toEqual(merged.views);
    expect(back.map.relations[0]!.weight).toBe(3);
    expect(back.map.actors.every((a) => a.sources?.[0]?.title === 'Ainon kartta')).toBe(true);
    // A personal map without them still goes compact, as the QR code needs.
    expect((await encodeShare(map)).startsWith('f.')).toBe(false);
  });

  it('refuses a truncated, tampered or foreign link without a map', async () => {
    const data = await encodeShare(personalMap(12));
    expect(await decodeShare(data.slice(0, Math.floor(data.length / 2)))).toEqual({ ok: false, error: { code: 'linkDamaged' } });
    const flipped = data.slice(0, 40) + (data[40] === 'A' ? 'B' : 'A') + data.slice(41);
    expect((await decodeShare(flipped)).ok).toBe(false);
    expect(await decodeShare('not base64!')).toEqual({ ok: false, error: { code: 'linkDamaged' } });
    expect(await decodeShare('')).toEqual({ ok: false, error: { code: 'linkDamaged' } });
  });

  it('refuses a link that inflates beyond the size of the largest file (a "zip bomb")', async () => {
    const zeros = new Uint8Array(25 * 1024 * 1024);
    const reader = new Blob([zeros]).stream().pipeThrough(new CompressionStream('deflate-raw')).getReader();
    const parts: Uint8Array[] = [];
    for (let r = await reader.read(); !r.done; r = await reader.read()) parts.push(r.value);
    const bytes = new Uint8Array(await new Blob(parts as BlobPart[]).arrayBuffer());
    let binary = '';
    for (const b of bytes) binary += String.fromCharCode(b);
    const data = btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
    expect(await decodeShare(data)).toEqual({ ok: false, error: { code: 'linkTooLarge' } });
  });

  it('gives the validator’s own error for a well-formed link of an invalid map', async () => {
    const map = personalMap(3);
    const data = await encodeShare({ ...map, actors: map.actors.map((a) => ({ ...a, type: 'self' as const })) });
    expect(await decodeShare(data)).toMatchObject({ ok: false, error: { code: 'invalid', reason: 'manySelf' } });
  });
});
