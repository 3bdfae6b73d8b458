import { FORMAT_NAME, FORMAT_VERSION } from './format';
import type { MapDoc, MapFile } from './schema';

/** The interchange file of a map (see docs/format.md). */
export function toMapFile(map: MapDoc, now: Date = new Date()): MapFile {
  return { format: FORMAT_NAME, version: FORMAT_VERSION, exportedAt: now.toISOString(), map };
}

export function toMapJson(map: MapDoc, now?: Date): string {
  return JSON.stringify(toMapFile(map, now), null, 2);
}
