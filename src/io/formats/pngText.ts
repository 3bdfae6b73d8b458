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

let crcTable: Uint32Array | null = null;

/** CRC-32 as PNG chunks use it (ISO 3309), over the chunk type and data. */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let i = 0; i < 256; i++) {
      let c = i;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[i] = c >>> 0;
    }
  }
  for (let i = 0; i < bytes.length; i++) crc = crcTable[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A whole iTXt chunk (length, type, data, CRC), ready to be put between two chunks of a PNG. */
export function iTxtChunk(keyword: string, text: string): Uint8Array {
  const data = iTxtData(keyword, text);
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  chunk.set([0x69, 0x54, 0x58, 0x74], 4); // "iTXt"
  chunk.set(data, 8);
  view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
  return chunk;
}

/** Where the chunk after IHDR starts in a PNG that begins with the signature and a standard 13-byte IHDR; null otherwise. */
export function afterHeader(head: Uint8Array): number | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  const ihdr = [0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
  if (head.length < 33 || !signature.every((b, i) => head[i] === b) || !ihdr.every((b, i) => head[8 + i] === b)) return null;
  return 33;
}
