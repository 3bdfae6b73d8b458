/**
 * A PNG picture that carries its map: the whole-map PNG export puts the map's
 * interchange JSON in an iTXt chunk (see pngText.ts), and reading such a PNG gives
 * that JSON back for the one restore path. The pictures themselves are written by
 * the editor's PNG items (at three scales), so this format has no `write` of its own.
 */
import { FormatError, type FileFormat } from './registry';

/** The iTXt keyword under which the map's JSON travels. */
export const PNG_MAP_KEYWORD = 'verkostokartta';

/** The PNG with the map's JSON inside it. */
export async function embedMapInPng(png: Blob, json: string): Promise<Blob> {
  const { withITxt } = await import('./pngText');
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
