/**
 * A PNG picture that carries its map: the whole-map PNG export puts the map's
 * interchange JSON in an iTXt chunk (see pngText.ts), and reading such a PNG gives
 * that JSON back for the one restore path. The pictures themselves are written by
 * the editor's PNG items (at three scales), so this format has no `write` of its own.
 */
import { FormatError, type FileFormat } from './registry';

/** The iTXt keyword under which the map's JSON travels. */
export const PNG_MAP_KEYWORD = 'verkostokartta';

/**
 * The PNG with the map's JSON inside it. A PNG the browser just encoded starts
 * with its header chunk: the new chunk goes right after it, and the picture's
 * own bytes (tens of megabytes for a big map) are neither read nor checked again.
 * Anything else goes through the full chunk rewrite.
 */
export async function embedMapInPng(png: Blob, json: string): Promise<Blob> {
  const { withITxt, iTxtChunk, afterHeader } = await import('./pngText');
  const at = afterHeader(new Uint8Array(await png.slice(0, 33).arrayBuffer()));
  if (at !== null) return new Blob([png.slice(0, at), iTxtChunk(PNG_MAP_KEYWORD, json) as Uint8Array<ArrayBuffer>, png.slice(at)], { type: 'image/png' });
  const bytes = withITxt(new Uint8Array(await png.arrayBuffer()), PNG_MAP_KEYWORD, json);
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/png' });
}

export const pngFormat: FileFormat = {
  id: 'png',
  extensions: ['.png'],
  mimeTypes: ['image/png'],
  read: async ({ bytes }) => {
    const { readITxt } = await import('./pngText');
    let text: string | null;
    try {
      text = readITxt(bytes, PNG_MAP_KEYWORD);
    } catch {
      throw new FormatError('pngCorrupt');
    }
    if (text === null) throw new FormatError('pngNoMap');
    try {
      return JSON.parse(text);
    } catch {
      throw new FormatError('pngCorrupt');
    }
  },
};
