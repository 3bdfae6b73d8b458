/**
 * The interchange file that another tool's reader (Kumu, GraphML) hands to the
 * one way in (model/restore): the map's own fields where the file had them,
 * otherwise what can be inferred. Values are not judged here; restore does that.
 */
import { FORMAT_NAME, FORMAT_VERSION } from '../format';

export interface ReadMeta {
  id?: string;
  title?: string;
  kind?: string;
  author?: string;
  region?: string;
  createdAt?: string;
  updatedAt?: string;
  /** The sector scheme, where the reader could tell it (restore validates it). */
  sectors?: string;
}

export function interchangeFile(
  meta: ReadMeta,
  actors: readonly { type: unknown }[],
  relations: readonly unknown[],
  defaults: { id: string; title: string; now: string },
): unknown {
  // A file without the map's kind: a map with "me" is someone's personal map.
  const kind = meta.kind === 'personal' || meta.kind === 'regional' ? meta.kind : actors.some((a) => a.type === 'self') ? 'personal' : 'regional';
  const { now } = defaults;
  return {
    format: FORMAT_NAME,
    version: FORMAT_VERSION,
    exportedAt: now,
    map: {
      id: meta.id || defaults.id,
      title: meta.title?.trim() || defaults.title,
      kind,
      ...(meta.author ? { author: meta.author } : {}),
      ...(meta.region ? { region: meta.region } : {}),
      ...(meta.sectors ? { sectors: meta.sectors } : {}),
      createdAt: meta.createdAt || now,
      updatedAt: meta.updatedAt || now,
      actors,
      relations,
    },
  };
}
