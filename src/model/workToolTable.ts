/**
 * The Ohjaamo work tool as a spreadsheet table (a "Work tool" sheet beside
 * Kumu's Elements, Connections and Map in the XLSX export). Kumu itself has no
 * such sheet and the reader does not read it back (the JSON file keeps the
 * assessment); it is for the group's own spreadsheet. Column names are English
 * like Kumu's; items are by their catalogue id and heading, links by name.
 */
import type { MapDoc } from './schema';
import { WORK_TOOL_ITEMS, workToolLinks } from './workTool';

export const WORK_TOOL_SHEET = 'Work tool';
export const WORK_TOOL_COLUMNS = ['Item', 'Heading', 'Status', 'Note', 'Actors', 'Relations'] as const;

/** The table, header first; null when the map has no work tool assessment (no sheet then). */
export function workToolTable(map: MapDoc): (string | number)[][] | null {
  const items = map.workTool?.items ?? [];
  if (items.length === 0) return null;
  const names = new Map(map.actors.map((a) => [a.id, a.name]));
  const relations = new Map(map.relations.map((r) => [r.id, `${names.get(r.source) ?? r.source} – ${names.get(r.target) ?? r.target}`]));
  const heading = new Map<string, string>(WORK_TOOL_ITEMS.map((i) => [i.id, i.heading]));
  const rows: (string | number)[][] = [[...WORK_TOOL_COLUMNS]];
  for (const entry of items) {
    const links = workToolLinks(map, entry);
    rows.push([
      entry.item,
      heading.get(entry.item) ?? '',
      entry.status,
      entry.note ?? '',
      links.actors.map((id) => names.get(id)!).join('; '),
      links.relations.map((id) => relations.get(id)!).join('; '),
    ]);
  }
  return rows;
}
