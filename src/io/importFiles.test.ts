import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import encode from 'png-chunks-encode';
import { describe, expect, it } from 'vitest';
import { PNG_MAP_KEYWORD } from './formats/png';
import { withITxt } from './formats/pngText';
import { readMapFiles } from './importFiles';

const fixture = readFileSync(new URL('../../tests/fixtures/v1-personal.json', import.meta.url), 'utf8');

function plainPng(): Uint8Array {
  const ihdr = new Uint8Array(13);
  new DataView(ihdr.buffer).setUint32(0, 1);
  new DataView(ihdr.buffer).setUint32(4, 1);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return encode([
    { name: 'IHDR', data: ihdr },
    { name: 'IDAT', data: new Uint8Array(deflateSync(Uint8Array.from([0, 255, 255, 255]))) },
    { name: 'IEND', data: new Uint8Array(0) },
  ]);
}

const file = (parts: BlobPart[], name: string, type: string) => new File(parts, name, { type });

describe('one import path for every format', () => {
  it('restores the same map from its JSON file and from a PNG that carries it', async () => {
    const png = withITxt(plainPng(), PNG_MAP_KEYWORD, fixture);
    const { maps, problems } = await readMapFiles([
      file([fixture], 'aino.json', 'application/json'),
      file([png as Uint8Array<ArrayBuffer>], 'aino.png', 'image/png'),
    ]);
    expect(problems).toEqual([]);
    expect(maps).toHaveLength(2);
    expect(maps[1]).toEqual(maps[0]);
  });

  it('validates what a PNG carries like any file, and names each refused file with its reason', async () => {
    const tampered = JSON.parse(fixture);
    tampered.map.relations[0].target = 'ei-ole';
    const { maps, problems } = await readMapFiles([
      file([plainPng() as Uint8Array<ArrayBuffer>], 'valokuva.png', 'image/png'),
      file([withITxt(plainPng(), PNG_MAP_KEYWORD, JSON.stringify(tampered)) as Uint8Array<ArrayBuffer>], 'muokattu.png', 'image/png'),
      file(['ei karttaa'], 'muistio.txt', 'text/plain'),
    ]);
    expect(maps).toEqual([]);
    expect(problems).toEqual([
      { fileName: 'valokuva.png', error: { code: 'format', format: { code: 'pngNoMap', values: {} } } },
      { fileName: 'muokattu.png', error: expect.objectContaining({ code: 'invalid', path: 'map.relations[0].target', reason: 'dangling' }) },
      { fileName: 'muistio.txt', error: { code: 'notJson' } },
    ]);
  });
});
