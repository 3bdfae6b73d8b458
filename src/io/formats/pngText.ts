/**
 * A text inside a PNG, as an iTXt chunk (PNG spec §11.3.4.5): UTF-8, so ä, ö, å
 * and emoji survive (a tEXt chunk is Latin-1 and would lose them). Used to carry
 * the map's JSON inside its picture, so dropping the picture back restores the map.
 *
 * Chunk data: keyword (Latin-1, 1–79 bytes) \0, compression flag (0 = none),
 * compression method (0), language tag \0, translated keyword \0, the text.
 */
import extract from 'png-chunks-extract';
import encode from 'png-chunks-encode';

function latin1Keyword(keyword: string): Uint8Array {
  if (!/^[\x20-\x7e]{1,79}$/.test(keyword) || keyword !== keyword.trim()) throw new Error(`bad iTXt keyword: ${keyword}`);
  return Uint8Array.from(keyword, (c) => c.charCodeAt(0));
}

/** The bytes of an uncompressed iTXt chunk's data (without length, type and CRC, which the encoder adds). */
export function iTxtData(keyword: string, text: string): Uint8Array {
  const key = latin1Keyword(keyword);
  const body = new TextEncoder().encode(text);
  // keyword \0, flag 0, method 0, empty language tag \0, empty translated keyword \0.
  const out = new Uint8Array(key.length + 5 + body.length);
  out.set(key, 0);
  out.set([0, 0, 0, 0, 0], key.length);
  out.set(body, key.length + 5);
  return out;
}

/** The text of an iTXt chunk's data if its keyword is `keyword` and it is uncompressed; otherwise null. */
export function parseITxt(data: Uint8Array, keyword: string): string | null {
  const key = latin1Keyword(keyword);
  if (data.length < key.length + 5 || data[key.length] !== 0 || !key.every((b, i) => data[i] === b)) return null;
  const flag = data[key.length + 1];
  if (flag !== 0) return null;
  let at = key.length + 3;
  // Skip the language tag and the translated keyword (each ends in \0).
  for (let skip = 0; skip < 2; skip++) {
    const end = data.indexOf(0, at);
    if (end < 0) return null;
    at = end + 1;
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(data.subarray(at));
}

/** The PNG with the text in an iTXt chunk right after the header (any earlier chunk of that keyword replaced). */
export function withITxt(png: Uint8Array, keyword: string, text: string): Uint8Array {
  const chunks = extract(png).filter((c) => !(c.name === 'iTXt' && parseITxt(c.data, keyword) !== null));
  const ihdr = chunks.findIndex((c) => c.name === 'IHDR');
  chunks.splice(ihdr + 1, 0, { name: 'iTXt', data: iTxtData(keyword, text) });
  return encode(chunks);
}

/**
 * The text of the iTXt chunk with this keyword; null when the PNG has none.
 * Throws when the bytes are not a whole, intact PNG (bad signature, bad CRC, truncated).
 */
export function readITxt(png: Uint8Array, keyword: string): string | null {
  const chunks = extract(png);
  if (chunks[chunks.length - 1]?.name !== 'IEND') throw new Error('truncated PNG');
  for (const chunk of chunks) {
    if (chunk.name !== 'iTXt') continue;
    const text = parseITxt(chunk.data, keyword);
    if (text !== null) return text;
  }
  return null;
}
