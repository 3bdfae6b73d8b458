/**
 * The list of file formats. The file picker's `accept`, the drop zone, the
 * import path and the export menu are all built from it: a new format is one
 * file in this folder and one entry here (the menu shows them in this order).
 */
import { isPngSignature } from './sniff';
import { graphmlFormat } from './graphml';
import { jsonFormat } from './json';
import { kumuCsvFormat } from './kumuCsv';
import { kumuXlsxFormat } from './kumuXlsx';
import { pngFormat } from './png';
import type { FileFormat } from './registry';
import { svgFormat } from './svg';

export type { FileFormat, WriteContext } from './registry';
export { FormatError } from './registry';

export const FORMATS: readonly FileFormat[] = [
  jsonFormat,
  // Other tools' spreadsheets and graphs: Kumu's layout (zipped CSV and XLSX) and GraphML (Gephi, Cytoscape, networkx).
  kumuXlsxFormat,
  kumuCsvFormat,
  graphmlFormat,
  pngFormat,
  svgFormat,
];

/** Formats that can be written: the export menu's file items. */
export const WRITABLE_FORMATS = FORMATS.filter((f) => f.write);

/** The extensions the library reads, for the drop zone's hint: ['.json', '.png', …]. */
export const READABLE_EXTENSIONS = FORMATS.filter((f) => f.read).flatMap((f) => f.extensions);

/** The file picker's `accept`: every readable format's extensions and MIME types. */
export const ACCEPT = FORMATS.filter((f) => f.read)
  .flatMap((f) => [...f.extensions, ...f.mimeTypes])
  .join(',');

const extensionOf = (name: string) => {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
};

/** Whether a chosen or dropped file looks like one the app reads (by its name or type, before reading it). */
export function isReadable(file: { name: string; type: string }): boolean {
  const ext = extensionOf(file.name);
  return FORMATS.some((f) => f.read && (f.extensions.includes(ext) || f.mimeTypes.includes(file.type)));
}

/**
 * The format of a file: its content first (a PNG signature; text that begins like JSON),
 * since names and types lie (a picture renamed .json, a MIME type the browser guessed);
 * then its extension, then its MIME type. Unknown files are read as JSON, whose errors say what is wrong.
 */
export function formatOf(file: { name: string; type: string; bytes: Uint8Array }): FileFormat {
  if (isPngSignature(file.bytes)) return pngFormat;
  if (looksLikeJson(file.bytes)) return jsonFormat;
  const ext = extensionOf(file.name);
  const readable = FORMATS.filter((f) => f.read);
  return readable.find((f) => f.extensions.includes(ext)) ?? readable.find((f) => f.mimeTypes.includes(file.type)) ?? jsonFormat;
}

/** The first non-blank character (after a byte order mark) is `{`. */
function looksLikeJson(bytes: Uint8Array): boolean {
  let at = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (at < bytes.length && (bytes[at] === 0x20 || bytes[at] === 0x09 || bytes[at] === 0x0a || bytes[at] === 0x0d)) at++;
  return bytes[at] === 0x7b;
}
