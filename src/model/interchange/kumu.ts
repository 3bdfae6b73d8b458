/**
 * The Kumu spreadsheet layout (https://docs.kumu.io/guides/import): an
 * "Elements" table and a "Connections" table, plus a small "Map" table of
 * the map's own fields (Kumu ignores it; we read it back). Pure: the same
 * tables go into a zip of CSV files or into one XLSX workbook (src/io/formats).
 *
 * Reading builds the interchange file's JSON, which then takes the one way in
 * (model/restore). A sheet edited by hand fails with an InterchangeError that
 * names the sheet, the row (as the spreadsheet shows it: header = row 1) and the
 * column. Without an ID column, connections find their elements by label.
 */
import { interchangeFile } from './fileOf';
import { labelKey } from '../labelKey';
import type { Actor, MapDoc, Mark, Relation, Service } from '../schema';
import { ACTOR_TYPES, type ActorType, CONTENT_AREAS, MARK_VERDICTS, type MarkVerdict, type Sector, SECTORS, TNO_LEVELS } from '../vocabulary';
import { InterchangeError } from './errors';
import { joinList, splitAligned, splitList } from './lists';
import { readSources, sourcesText } from './sources';
import { schemeOfSector } from '../sectors';

export const SHEETS = { elements: 'Elements', connections: 'Connections', map: 'Map', marks: 'Marks' } as const;

export const ELEMENT_COLUMNS = [
  'ID',
  'Label',
  'Type',
  'Description',
  'Tags',
  'Organisation',
  'Ring',
  'Sector',
  'Services',
  'Areas',
  'TNO',
  'Sources',
  'X',
  'Y',
] as const;
export const CONNECTION_COLUMNS = ['ID', 'From', 'To', 'Type', 'Label', 'Direction', 'Topics', 'Methods', 'Weight', 'Description', 'Sources'] as const;
const MAP_FIELDS = ['ID', 'Title', 'Kind', 'Author', 'Region', 'Created', 'Updated'] as const;
/** Drop–renew–keep marks: a sheet of their own, which Kumu ignores like Map (its layout has no place for notes on notes). */
export const MARK_COLUMNS = ['ID', 'Verdict', 'Kind', 'Target', 'Services', 'Description', 'Author', 'Source'] as const;

export type Cell = string | number;
export type Table = Cell[][];
export interface KumuTables {
  elements: Table;
  connections: Table;
  map: Table;
  /** Only when the map has marks. */
  marks?: Table;
}

/** A cell as a spreadsheet reader gives it (XLSX cells can be numbers, booleans or dates). */
export type RawCell = string | number | boolean | Date | null | undefined;
export type RawTable = readonly (readonly RawCell[])[];

// ---------------------------------------------------------------- writing

/** The map as the three tables, each with its header row first. */
export function mapToKumu(map: MapDoc): KumuTables {
  const elements: Table = [[...ELEMENT_COLUMNS]];
  for (const a of map.actors) {
    elements.push([
      a.id,
      a.name,
      a.type,
      a.note ?? '',
      // Tags are for filtering in Kumu: every area and TNO level the actor's services have. Not read back.
      joinList([...new Set(a.services.flatMap((s) => [...s.areas, ...s.tno]))]),
      a.organisation ?? '',
      a.ring ?? '',
      // The sector of a personal map with sectors (a code such as `education`); read back onto the actor.
      a.sector ?? '',
      joinList(a.services.map((s) => s.name)),
      alignedGroups(a.services, (s) => s.areas),
      alignedGroups(a.services, (s) => s.tno),
      sourcesText(a.sources),
      a.position ? a.position.x : '',
      a.position ? a.position.y : '',
    ]);
  }
  const refOf = endReferences(map.actors);
  const connections: Table = [[...CONNECTION_COLUMNS]];
  for (const r of map.relations) {
    // ← is written as the arc it is: its ends swapped, directed.
    const [from, to] = r.direction === 'backward' ? [r.target, r.source] : [r.source, r.target];
    connections.push([
      r.id,
      refOf(from),
      refOf(to),
      '',
      // A readable label for Kumu's map; the Topics column is what is read back.
      r.topics.join(', '),
      r.direction === 'both' ? 'mutual' : 'directed',
      joinList(r.topics),
      joinList(r.methods),
      r.weight ?? '',
      r.note ?? '',
      sourcesText(r.sources),
    ]);
  }
  const values: Record<(typeof MAP_FIELDS)[number], string> = {
    ID: map.id,
    Title: map.title,
    Kind: map.kind,
    Author: map.author ?? '',
    Region: map.region ?? '',
    Created: map.createdAt,
    Updated: map.updatedAt,
  };
  const mapTable: Table = [['Field', 'Value'], ...MAP_FIELDS.map((f) => [f, values[f]])];
  return { elements, connections, map: mapTable, ...(map.marks?.length ? { marks: marksTable(map.marks) } : {}) };
}

function marksTable(marks: readonly Mark[]): Table {
  return [
    [...MARK_COLUMNS],
    ...marks.map((m) => [
      m.id,
      m.verdict,
      m.target.kind,
      m.target.kind === 'service' ? m.target.actor : m.target.id,
      m.target.kind === 'service' ? m.target.service : '',
      m.note ?? '',
      m.author ?? '',
      m.source ?? '',
    ]),
  ];
}

/** Per service, its codes joined with `;`; services separated with `|` in the same order as the Services column. */
function alignedGroups(services: readonly Service[], pick: (s: Service) => readonly string[]): string {
  return services.every((s) => pick(s).length === 0) ? '' : services.map((s) => pick(s).join(';')).join('|');
}

/** From/To name an element by its label when that label is unique (and no other element's ID), else by its ID. */
function endReferences(actors: readonly Actor[]): (id: string) => string {
  const counts = new Map<string, number>();
  for (const a of actors) counts.set(labelKey(a.name), (counts.get(labelKey(a.name)) ?? 0) + 1);
  const ids = new Set(actors.map((a) => a.id));
  const byId = new Map(actors.map((a) => [a.id, a]));
  return (id) => {
    const actor = byId.get(id);
    if (!actor) return id;
    const unique = counts.get(labelKey(actor.name)) === 1 && actor.name.trim() !== '' && (!ids.has(actor.name) || actor.name === id);
    return unique ? actor.name : id;
  };
}

// ---------------------------------------------------------------- reading

/** The sheets of a file, by name as found (case-insensitive); `map` is optional. */
export interface KumuSheets {
  elements?: RawTable;
  connections?: RawTable;
  map?: RawTable;
  marks?: RawTable;
}

export interface ReadOptions {
  /** Title when the file has no Map sheet (a hand-made sheet): the file's name. */
  fallbackTitle: string;
  now?: Date;
}

/** One sheet with its header: cell text by column title, and where each row is. */
class SheetReader {
  readonly columns = new Map<string, number>();
  constructor(
    readonly sheet: string,
    readonly table: RawTable,
  ) {
    (table[0] ?? []).forEach((cell, index) => {
      const title = cellText(cell).trim().toLowerCase();
      const canonical = ALIASES[title] ?? title;
      if (canonical && !this.columns.has(canonical)) this.columns.set(canonical, index);
    });
  }
  require(column: string): void {
    if (!this.columns.has(column.toLowerCase())) throw new InterchangeError('missingColumn', { sheet: this.sheet, column });
  }
  has(column: string): boolean {
    return this.columns.has(column.toLowerCase());
  }
  /** Data rows that are not blank, with the row number a spreadsheet shows. */
  rows(): { row: number; cells: readonly RawCell[] }[] {
    return this.table
      .map((cells, index) => ({ row: index + 1, cells }))
      .slice(1)
      .filter(({ cells }) => cells.some((c) => cellText(c).trim() !== ''));
  }
  text(cells: readonly RawCell[], column: string): string {
    return this.raw(cells, column).trim();
  }
  /** Untrimmed, for free text (a note keeps its spacing); blank counts as absent. */
  raw(cells: readonly RawCell[], column: string): string {
    const index = this.columns.get(column.toLowerCase());
    const text = index === undefined ? '' : cellText(cells[index]);
    return text.trim() === '' ? '' : text;
  }
  fail(
    code: 'blankLabel' | 'unknownType' | 'unknownValue' | 'badNumber' | 'duplicateId' | 'unknownElement' | 'ambiguousElement' | 'unpairedServices',
    row: number,
    column: string,
    value = '',
  ): never {
    throw new InterchangeError(code, { sheet: this.sheet, row, column, value });
  }
}

/** Other titles a hand-made or Kumu-exported sheet may use for our columns. */
const ALIASES: Record<string, string> = {
  name: 'label',
  organization: 'organisation',
  note: 'description',
  notes: 'description',
  tno: 'tno',
  area: 'areas',
  service: 'services',
  topic: 'topics',
  method: 'methods',
};

function cellText(cell: RawCell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString();
  return String(cell);
}

/** Type names a person may type: our codes, Kumu's English, and the app's Finnish and Swedish words. */
const TYPE_WORDS: Record<string, ActorType> = {
  ...Object.fromEntries(ACTOR_TYPES.map((t) => [t, t])),
  organization: 'organisation',
  me: 'self',
  minä: 'self',
  jag: 'self',
  henkilö: 'person',
  ryhmä: 'group',
  grupp: 'group',
  organisaatio: 'organisation',
};

/** The interchange file's JSON from the tables; throws InterchangeError for what a person must fix in the sheet. */
export function kumuToFile(sheets: KumuSheets, options: ReadOptions): unknown {
  if (!sheets.elements) throw new InterchangeError('missingSheet', { sheet: SHEETS.elements });
  const now = (options.now ?? new Date()).toISOString();
  const elements = new SheetReader(SHEETS.elements, sheets.elements);
  elements.require('Label');
  const usedIds = new Set<string>();
  const actors: Actor[] = [];
  const rowOfActor = new Map<string, number>();
  for (const { row, cells } of elements.rows()) {
    const given = elements.text(cells, 'ID');
    if (given && usedIds.has(given)) elements.fail('duplicateId', row, 'ID', given);
    const id = given || freshId(`kumu-e${row}`, usedIds);
    usedIds.add(id);
    const name = elements.text(cells, 'Label');
    if (!name) elements.fail('blankLabel', row, 'Label');
    const typeText = elements.text(cells, 'Type');
    const type = typeText === '' ? 'person' : (TYPE_WORDS[typeText.toLowerCase()] ?? elements.fail('unknownType', row, 'Type', typeText));
    const ring = optionalNumber(elements, cells, row, 'Ring');
    if (ring !== undefined && ring !== 1 && ring !== 2 && ring !== 3) elements.fail('badNumber', row, 'Ring', String(ring));
    const sectorText = elements.text(cells, 'Sector');
    // Only a known code: a sector is a lens, never worth refusing a whole sheet for.
    const sector = (SECTORS as readonly string[]).includes(sectorText) ? (sectorText as Sector) : undefined;
    const x = optionalNumber(elements, cells, row, 'X');
    const y = optionalNumber(elements, cells, row, 'Y');
    const organisation = elements.raw(cells, 'Organisation');
    const note = elements.raw(cells, 'Description');
    const sources = readSources(elements.text(cells, 'Sources'));
    actors.push({
      id,
      name,
      type,
      ...(ring !== undefined ? { ring: ring as 1 | 2 | 3 } : {}),
      ...(sector ? { sector } : {}),
      ...(x !== undefined && y !== undefined ? { position: { x, y } } : {}),
      ...(organisation ? { organisation } : {}),
      services: readServices(elements, cells, row),
      ...(note ? { note } : {}),
      ...(sources.length ? { sources } : {}),
    });
    rowOfActor.set(id, row);
  }

  const relations: Relation[] = [];
  if (sheets.connections) {
    const connections = new SheetReader(SHEETS.connections, sheets.connections);
    connections.require('From');
    connections.require('To');
    const resolve = endResolver(actors);
    const relationIds = new Set<string>();
    for (const { row, cells } of connections.rows()) {
      const given = connections.text(cells, 'ID');
      if (given && relationIds.has(given)) connections.fail('duplicateId', row, 'ID', given);
      const id = given || freshId(`kumu-c${row}`, relationIds);
      relationIds.add(id);
      const ends = (['From', 'To'] as const).map((column) => {
        const ref = connections.text(cells, column);
        const found = resolve(ref);
        if (found === 'ambiguous') connections.fail('ambiguousElement', row, column, ref);
        if (!found) connections.fail('unknownElement', row, column, ref);
        return found;
      });
      const directionText = connections.text(cells, 'Direction').toLowerCase();
      const direction = DIRECTION_WORDS[directionText] ?? connections.fail('unknownValue', row, 'Direction', directionText);
      const weight = optionalNumber(connections, cells, row, 'Weight');
      if (weight !== undefined && (!Number.isInteger(weight) || weight < 1)) connections.fail('badNumber', row, 'Weight', String(weight));
      const note = connections.raw(cells, 'Description');
      const sources = readSources(connections.text(cells, 'Sources'));
      relations.push({
        id,
        source: ends[0]!,
        target: ends[1]!,
        direction,
        topics: splitList(connections.text(cells, 'Topics')),
        methods: splitList(connections.text(cells, 'Methods')),
        ...(weight !== undefined ? { weight } : {}),
        ...(note ? { note } : {}),
        ...(sources.length ? { sources } : {}),
      });
    }
  }

  const meta = readMapTable(sheets.map);
  // Kumu has no place for the map's sector scheme: a personal map whose actors' sectors are all of one scheme had it.
  const sectors = [...new Set(actors.flatMap((a) => (a.sector ? [schemeOfSector(a.sector)] : [])))];
  const scheme = sectors.length === 1 && actors.some((a) => a.type === 'self') ? { sectors: sectors[0] } : {};
  const file = interchangeFile({ ...meta, ...scheme, createdAt: meta.created, updatedAt: meta.updated }, actors, relations, {
    id: `kumu-${now}`,
    title: options.fallbackTitle || 'Kumu',
    now,
  }) as { map: Record<string, unknown> };
  const marks = sheets.marks ? readMarks(new SheetReader(SHEETS.marks, sheets.marks)) : [];
  if (marks.length > 0) file.map.marks = marks;
  return file;
}

/**
 * The Marks sheet. A row that is not a mark (unknown verdict or kind, no target) is left out rather than refused:
 * the marks are an extra of our own, and a hand-edited row should not stop the map from opening. What a mark
 * points at is not checked here: marks on things not on the map are ignored by the app.
 */
function readMarks(sheet: SheetReader): Mark[] {
  const marks: Mark[] = [];
  const ids = new Set<string>();
  for (const { row, cells } of sheet.rows()) {
    const verdict = sheet.text(cells, 'Verdict').toLowerCase() as MarkVerdict;
    const kind = sheet.text(cells, 'Kind').toLowerCase();
    const target = sheet.text(cells, 'Target');
    // `Services` as in Elements (a `Service` title is read as it, too): here the one service a mark is on.
    const service = sheet.text(cells, 'Services');
    if (!MARK_VERDICTS.includes(verdict) || !target) continue;
    const id = freshId(sheet.text(cells, 'ID') || `kumu-m${row}`, ids);
    ids.add(id);
    const markTarget: Mark['target'] | undefined =
      kind === 'actor' || kind === 'relation' ? { kind, id: target } : kind === 'service' && service ? { kind, actor: target, service } : undefined;
    if (!markTarget) continue;
    const note = sheet.raw(cells, 'Description');
    const author = sheet.text(cells, 'Author');
    const source = sheet.text(cells, 'Source');
    marks.push({ id, target: markTarget, verdict, ...(note ? { note } : {}), ...(author ? { author } : {}), ...(source ? { source } : {}) });
  }
  return marks;
}

/** Kumu's directions, ours, and an empty cell (Kumu's default: directed). */
const DIRECTION_WORDS: Record<string, Relation['direction']> = {
  '': 'forward',
  directed: 'forward',
  mutual: 'both',
  undirected: 'both',
};

function freshId(base: string, used: ReadonlySet<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  return id;
}

function optionalNumber(sheet: SheetReader, cells: readonly RawCell[], row: number, column: string): number | undefined {
  const text = sheet.text(cells, column);
  if (text === '') return undefined;
  // A Finnish or Swedish spreadsheet writes decimals with a comma.
  const value = Number(text.replace(',', '.'));
  if (!Number.isFinite(value)) sheet.fail('badNumber', row, column, text);
  return value;
}

function readServices(sheet: SheetReader, cells: readonly RawCell[], row: number): Service[] {
  const names = splitList(sheet.text(cells, 'Services'));
  const groups = (column: string, vocabulary: readonly string[]) => {
    const list = splitAligned(sheet.text(cells, column));
    if (list.length > names.length) sheet.fail('unpairedServices', row, column, sheet.text(cells, column));
    return list.map((group) =>
      splitList(group, ';').map((value) => {
        const code = value.toLowerCase();
        if (!vocabulary.includes(code)) sheet.fail('unknownValue', row, column, value);
        return code;
      }),
    );
  };
  const areas = groups('Areas', CONTENT_AREAS);
  const tno = groups('TNO', TNO_LEVELS);
  return names.map((name, i) => ({
    name,
    tno: [...new Set(tno[i] ?? [])] as Service['tno'],
    areas: [...new Set(areas[i] ?? [])] as Service['areas'],
  }));
}

/** An end of a connection: an element's ID first, else its label (compared as labels are: case, spacing, Unicode form). */
function endResolver(actors: readonly Actor[]): (ref: string) => string | 'ambiguous' | undefined {
  const ids = new Set(actors.map((a) => a.id));
  const byLabel = new Map<string, string[]>();
  for (const a of actors) byLabel.set(labelKey(a.name), [...(byLabel.get(labelKey(a.name)) ?? []), a.id]);
  return (ref) => {
    if (ref === '') return undefined;
    if (ids.has(ref)) return ref;
    const found = byLabel.get(labelKey(ref)) ?? [];
    return found.length > 1 ? 'ambiguous' : found[0];
  };
}

function readMapTable(table: RawTable | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const row of (table ?? []).slice(1)) {
    const key = cellText(row[0]).trim().toLowerCase();
    if (key) out[key] = cellText(row[1]).trim();
  }
  return out;
}
