import type { SourceRef } from '../schema';
import { joinList, splitList } from './lists';

/**
 * Provenance of a merged map's element in one cell: "Title [mapId]" per source
 * map, joined with `|`. Readable, and the id in brackets lets the sources come
 * back (the ring and "me" flags of an actor's sources are not kept).
 */
export function sourcesText(sources: readonly SourceRef[] | undefined): string {
  return joinList((sources ?? []).map((s) => `${s.title} [${s.mapId}]`));
}

/** The sources of a cell; an item without brackets names a map by its title alone. */
export function readSources(cell: string): SourceRef[] {
  return splitList(cell).map((item) => {
    const match = /^([\s\S]*?)\s*\[([^\]]+)\]$/.exec(item);
    return match ? { mapId: match[2]!, title: match[1]! } : { mapId: item, title: item };
  });
}
