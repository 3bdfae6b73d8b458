import { deflateSync } from 'node:zlib';
import encode from 'png-chunks-encode';
import extract from 'png-chunks-extract';
import { describe, expect, it } from 'vitest';
import { pngFormat, PNG_MAP_KEYWORD } from './png';
import { iTxtData, parseITxt, readITxt, withITxt } from './pngText';
import { FormatError } from './registry';

/** A valid 1×1 white RGB PNG. */
function tinyPng(): Uint8Array {
  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, 1);
  view.setUint32(4, 1);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit, truecolour, deflate, adaptive filter, no interlace
  const idat = new Uint8Array(deflateSync(Uint8Array.from([0, 255, 255, 255])));
  return encode([
    { name: 'IHDR', data: ihdr },
    { name: 'IDAT', data: idat },
    { name: 'IEND', data: new Uint8Array(0) },
  ]);
}

const KEY = 'verkostokartta';

describe('iTXt chunk', () => {
  it('lays out the bytes as the PNG spec says: keyword\\0, flag 0, method 0, language\\0, translated keyword\\0, UTF-8 text', () => {
    const data = iTxtData('ab', 'ä');
    expect([...data]).toEqual([0x61, 0x62, 0, 0, 0, 0, 0, 0xc3, 0xa4]);
  });

  it('round-trips Finnish and Swedish letters and emoji through a real PNG, right after IHDR', () => {
    const text = JSON.stringify({ title: 'Äänekosken työpajat – Åbo & Öja 👩‍👧 🤝' });
    const png = withITxt(tinyPng(), KEY, text);
    expect(readITxt(png, KEY)).toBe(text);
    const names = extract(png).map((c) => c.name);
    expect(names).toEqual(['IHDR', 'iTXt', 'IDAT', 'IEND']);
  });

  it('carries a large JSON (several MB) whole', () => {
    const actors = Array.from({ length: 20_000 }, (_, i) => ({ id: `a${i}`, name: `Toimija ${i} – äöå 🙂` }));
    const text = JSON.stringify({ map: { actors } });
    expect(text.length).toBeGreaterThan(800_000);
    expect(readITxt(withITxt(tinyPng(), KEY, text), KEY)).toBe(text);
  });

  it('replaces an earlier chunk of the same keyword and keeps other texts', () => {
    let png = withITxt(tinyPng(), 'Comment', 'kommentti');
    png = withITxt(png, KEY, 'first');
    png = withITxt(png, KEY, 'second');
    expect(readITxt(png, KEY)).toBe('second');
    expect(readITxt(png, 'Comment')).toBe('kommentti');
    expect(extract(png).filter((c) => c.name === 'iTXt')).toHaveLength(2);
  });

  it('finds nothing in a PNG without the chunk, and skips a language tag and translated keyword', () => {
    expect(readITxt(tinyPng(), KEY)).toBeNull();
    const withLanguage = Uint8Array.from([
      ...new TextEncoder().encode(KEY),
      0,
      0,
      0,
      ...new TextEncoder().encode('fi'),
      0,
      ...new TextEncoder().encode('Kartta'),
      0,
      0x7b,
      0x7d,
    ]);
    expect(parseITxt(withLanguage, KEY)).toBe('{}');
    expect(parseITxt(iTxtData('other', 'x'), KEY)).toBeNull();
  });

  it('refuses a damaged PNG: a changed byte (CRC) or a cut end', () => {
    const png = withITxt(tinyPng(), KEY, '{"a":1}');
    const flipped = png.slice();
    flipped[40] = flipped[40]! ^ 0xff;
    expect(() => readITxt(flipped, KEY)).toThrow();
    expect(() => readITxt(png.subarray(0, png.length - 20), KEY)).toThrow();
  });
});

describe('the PNG format reader', () => {
  const read = (bytes: Uint8Array) => pngFormat.read!({ name: 'kuva.png', bytes });
  const codeOf = async (bytes: Uint8Array) => {
    try {
      await read(bytes);
      return 'read';
    } catch (error) {
      return error instanceof FormatError ? error.code : 'other';
    }
  };

  it('gives back the JSON value it carries', async () => {
    const value = { format: 'verkostokartta', version: 1, map: { title: 'Åsa 🙂' } };
    expect(await read(withITxt(tinyPng(), PNG_MAP_KEYWORD, JSON.stringify(value)))).toEqual(value);
  });

  it('says which way a PNG fails: no map in it, or damaged', async () => {
    expect(await codeOf(tinyPng())).toBe('pngNoMap');
    expect(await codeOf(tinyPng().subarray(0, 30))).toBe('pngCorrupt');
    expect(await codeOf(withITxt(tinyPng(), PNG_MAP_KEYWORD, '{"cut'))).toBe('pngCorrupt');
  });
});

describe('embedding the map without rewriting the picture', () => {
  it('puts a chunk with a valid CRC right after the header, which readITxt and a full chunk parser accept', async () => {
    const { embedMapInPng } = await import('./png');
    const json = '{"name":"Työpaja ÅÄÖ 🙂"}';
    const out = new Uint8Array(await (await embedMapInPng(new Blob([tinyPng() as Uint8Array<ArrayBuffer>]), json)).arrayBuffer());
    // png-chunks-extract checks every chunk's CRC and throws on a wrong one.
    const chunks = extract(out);
    expect(chunks.map((c) => c.name)).toEqual(['IHDR', 'iTXt', 'IDAT', 'IEND']);
    expect(readITxt(out, KEY)).toBe(json);
    // The same bytes as the full rewrite produces.
    expect([...out]).toEqual([...withITxt(tinyPng(), KEY, json)]);
  });

  it('falls back to the full rewrite for a PNG whose first chunk is not a plain header', async () => {
    const { afterHeader } = await import('./pngText');
    expect(afterHeader(tinyPng())).toBe(33);
    const broken = tinyPng();
    broken[12] = 0x58;
    expect(afterHeader(broken)).toBeNull();
    expect(afterHeader(new Uint8Array(10))).toBeNull();
  });
});
