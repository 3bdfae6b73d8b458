/**
 * The multisectoral Ohjaamo work tool (version 2.6) as a self-assessment
 * attached to a regional map (issue 12). The tool lists, under four headings
 * with interaction, leadership and coordination around them, the matters a
 * one-stop guidance centre works on. The catalogue holds the items' stable ids
 * (stored in files: never rename one) and their headings; the words, our own
 * short rendering in fi, sv and en, are in the locales under `workTool.item`.
 */
import type { MapDoc, WorkTool, WorkToolItem } from './schema';
import type { WorkToolStatus } from './vocabulary';

export const WORK_TOOL_VERSION = '2.6';

/** The tool's headings, in its order; `interaction` is what surrounds the other four. */
export const WORK_TOOL_HEADINGS = ['network', 'multisectoral', 'guidance', 'service', 'interaction'] as const;
export type WorkToolHeading = (typeof WORK_TOOL_HEADINGS)[number];

/** Every item of the catalogue: id (stable) and heading. Network cooperation first: it is what the map is about. */
export const WORK_TOOL_ITEMS = [
  { id: 'networkBuilding', heading: 'network' },
  { id: 'networkKnowing', heading: 'network' },
  { id: 'networkProcess', heading: 'network' },
  { id: 'ownOrganisation', heading: 'network' },
  { id: 'interfacesRoles', heading: 'network' },
  { id: 'commitmentTrust', heading: 'network' },
  { id: 'enablingAgreements', heading: 'network' },
  { id: 'multisectoralWork', heading: 'multisectoral' },
  { id: 'lowThresholdGuidance', heading: 'guidance' },
  { id: 'servicePath', heading: 'service' },
  { id: 'leadershipCoordination', heading: 'interaction' },
] as const satisfies readonly { id: string; heading: WorkToolHeading }[];
export type WorkToolItemId = (typeof WORK_TOOL_ITEMS)[number]['id'];

export function isCatalogueItem(id: string): id is WorkToolItemId {
  return WORK_TOOL_ITEMS.some((item) => item.id === id);
}

/** The map's entry for an item, if the group has assessed it. */
export function workToolEntry(map: MapDoc, item: string): WorkToolItem | undefined {
  return map.workTool?.items.find((i) => i.item === item);
}

function withItems(map: MapDoc, items: WorkToolItem[]): MapDoc {
  if (items.length === 0) {
    const { workTool: _gone, ...without } = map;
    return without;
  }
  const workTool: WorkTool = { version: map.workTool?.version ?? WORK_TOOL_VERSION, items };
  return { ...map, workTool };
}

/**
 * Set an item's status (adding the item when it was not assessed) or, with
 * null, take the item out of the assessment (its note and links with it).
 */
export function setWorkToolStatus(map: MapDoc, item: string, status: WorkToolStatus | null): MapDoc {
  const items = map.workTool?.items ?? [];
  const entry = items.find((i) => i.item === item);
  if (status === null)
    return entry
      ? withItems(
          map,
          items.filter((i) => i !== entry),
        )
      : map;
  if (entry?.status === status) return map;
  return withItems(map, entry ? items.map((i) => (i === entry ? { ...i, status } : i)) : [...items, { item, status }]);
}

function patchEntry(map: MapDoc, item: string, change: (entry: WorkToolItem) => WorkToolItem): MapDoc {
  const items = map.workTool?.items ?? [];
  const entry = items.find((i) => i.item === item);
  if (!entry) return map;
  const next = change(entry);
  if (JSON.stringify(next) === JSON.stringify(entry)) return map;
  return withItems(
    map,
    items.map((i) => (i === entry ? next : i)),
  );
}

/** The note of an assessed item (an item gets a status first). */
export function setWorkToolNote(map: MapDoc, item: string, note: string): MapDoc {
  return patchEntry(map, item, (entry) => {
    const { note: _old, ...rest } = entry;
    return note.trim() ? { ...rest, note } : rest;
  });
}

/** Link an assessed item to these actors and relations (replacing its links); empty lists unlink it. */
export function linkWorkToolItem(map: MapDoc, item: string, links: { actors: readonly string[]; relations: readonly string[] }): MapDoc {
  return patchEntry(map, item, (entry) => {
    const { actors: _a, relations: _r, ...rest } = entry;
    return {
      ...rest,
      ...(links.actors.length > 0 ? { actors: [...new Set(links.actors)] } : {}),
      ...(links.relations.length > 0 ? { relations: [...new Set(links.relations)] } : {}),
    };
  });
}

/** The links of an entry that still resolve in the map (unknown ids from a hand-edited file are ignored). */
export function workToolLinks(map: MapDoc, entry: WorkToolItem): { actors: string[]; relations: string[] } {
  const actorIds = new Set(map.actors.map((a) => a.id));
  const relationIds = new Set(map.relations.map((r) => r.id));
  return {
    actors: (entry.actors ?? []).filter((id) => actorIds.has(id)),
    relations: (entry.relations ?? []).filter((id) => relationIds.has(id)),
  };
}

/** Counts per status, and how many catalogue items are not assessed. */
export function workToolCounts(map: MapDoc): Record<WorkToolStatus | 'notAssessed', number> {
  const items = map.workTool?.items ?? [];
  const count = (status: WorkToolStatus) => items.filter((i) => i.status === status).length;
  const assessedCatalogue = new Set(items.map((i) => i.item).filter(isCatalogueItem)).size;
  return { inPlace: count('inPlace'), inProgress: count('inProgress'), missing: count('missing'), notAssessed: WORK_TOOL_ITEMS.length - assessedCatalogue };
}
