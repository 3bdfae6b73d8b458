/**
 * File formats as plug-ins of one registry. Each declares its file-name
 * extensions and MIME types, a reader that turns a file into the interchange
 * format's JSON (which then takes the one way in: migrate, validate, normalise
 * in model/restore), and a writer. The file picker, the drop zone and the export
 * menu are built from this list, so a new format is one entry here.
 */
import type { MapDoc } from '../../model';
import type { MapSvgInput } from '../../render/mapSvg';

/** Why a file in another format could not be read; translated under `formats.error.*` with its values (row, column, …). */
export class FormatError extends Error {
  constructor(
    readonly code: string,
    readonly values: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = 'FormatError';
  }
}

export interface FileFormat {
  /** Stable id, also the i18n key of its name: `formats.name.<id>`. */
  id: string;
  /** Lower-case, with the dot: ['.json']. */
  extensions: readonly string[];
  mimeTypes: readonly string[];
  /**
   * The file's content as the interchange format's JSON value (`{ format, version, map }`), not yet validated:
   * the caller passes it through model/restore. Throws FormatError for a file it cannot read.
   */
  read?: (file: { name: string; bytes: Uint8Array }) => Promise<unknown>;
  /** The map as a file of this format. A picture format asks `context` for the picture (the editor's lens and language). */
  write?: (map: MapDoc, context: WriteContext) => Promise<{ blob: Blob; extension: string }>;
}

/** What a writer may need besides the map; built by the editor when the user exports. */
export interface WriteContext {
  /** The whole map's picture input as the editor shows it (lens, translated legend, measured sizes). */
  picture: () => MapSvgInput;
}
