import { describe, expect, it } from 'vitest';
import { ACCEPT, FORMATS, formatOf, isReadable, WRITABLE_FORMATS } from '.';

const bytes = (text: string) => new TextEncoder().encode(text);
const PNG_START = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

describe('the format registry', () => {
  it('lists JSON first, and every id once', () => {
    expect(FORMATS[0]!.id).toBe('json');
    expect(new Set(FORMATS.map((f) => f.id)).size).toBe(FORMATS.length);
    expect(WRITABLE_FORMATS.map((f) => f.id)).toEqual(expect.arrayContaining(['json', 'svg']));
  });

  it('builds the file picker accept list from the readable formats', () => {
    expect(ACCEPT.split(',')).toEqual(expect.arrayContaining(['.json', 'application/json', '.png', 'image/png']));
    expect(ACCEPT).not.toContain('.svg'); // written, never read
  });

  it('knows a readable file by its name or type', () => {
    expect(isReadable({ name: 'KARTTA.PNG', type: '' })).toBe(true);
    expect(isReadable({ name: 'kartta', type: 'application/json' })).toBe(true);
    expect(isReadable({ name: 'muistio.txt', type: 'text/plain' })).toBe(false);
  });
});

describe('sniffing a file', () => {
  it('takes a PNG signature over the name and type (a picture renamed .json)', () => {
    expect(formatOf({ name: 'kartta.json', type: 'application/json', bytes: PNG_START }).id).toBe('png');
  });

  it('takes text that begins like JSON as JSON, after a byte order mark and blank lines', () => {
    expect(formatOf({ name: 'kartta.png', type: 'image/png', bytes: bytes('\n  {"format":1}') }).id).toBe('json');
    expect(formatOf({ name: 'x', type: '', bytes: Uint8Array.from([0xef, 0xbb, 0xbf, 0x7b]) }).id).toBe('json');
  });

  it('falls back on the extension, then the MIME type, then JSON (whose errors say what is wrong)', () => {
    expect(formatOf({ name: 'kuva.PNG', type: '', bytes: bytes('not a png') }).id).toBe('png');
    expect(formatOf({ name: 'kuva', type: 'image/png', bytes: bytes('x') }).id).toBe('png');
    expect(formatOf({ name: 'muistio.txt', type: 'text/plain', bytes: bytes('hello') }).id).toBe('json');
  });
});
