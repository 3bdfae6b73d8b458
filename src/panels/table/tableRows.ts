/**
 * The rows of the table view, as texts in the UI language with a value to sort
 * by: one description used by the tables on screen, their search and the CSV
 * export, so the file says exactly what the screen shows.
 */
import type { TFunction } from 'i18next';
import { percent } from '../insights/names';
import {
  CONTENT_AREAS,
  DIRECTIONS,
  isPresetMethod,
  labelKey,
  PRESET_METHODS,
  addLabel,
  type Actor,
  type Direction,
  type MapDoc,
  type Relation,
  type SourceRef,
} from '../../model';

export interface TableCell {
  text: string;
  /** What the column sorts by: a number for figures, else the text (or an order index); null sorts last. */
  sort: string | number | null;
  /** What the CSV gets when it differs from the text: a figure as a number a spreadsheet can sum. */
  csv?: number;
}

export interface TableColumn<K extends string = string> {
  key: K;
  header: string;
  numeric?: boolean;
  /** What the figure means, for the header's tooltip. */
  hint?: string;
}

export interface TableRow<T, K extends string = string> {
  id: string;
  item: T;
  cells: Record<K, TableCell>;
}

export interface TableModel<T, K extends string = string> {
  columns: TableColumn<K>[];
  rows: TableRow<T, K>[];
}

/** Figures per actor from the insights model (computed in a worker; empty until the first result). */
export interface ActorFigureColumns {
  figures: Readonly<Record<string, { degree: number; betweenness: number }>>;
}

/** Betweenness as the Insights panel says it: the whole percentage of shortest paths through the actor (one function for both). */
export const betweennessPercent = percent;

export type ActorColumn = 'name' | 'type' | 'services' | 'areas' | 'degree' | 'betweenness' | 'sources';
export type RelationColumn = 'source' | 'target' | 'direction' | 'topics' | 'methods' | 'weight' | 'sources';

const text = (value: string): TableCell => ({ text: value, sort: value });

function sourcesText(t: TFunction, sources: readonly SourceRef[] | undefined): string {
  return (sources ?? []).map((s) => (s.author ? t('provenance.source', { title: s.title, author: s.author }) : s.title)).join('; ');
}

/** A relation's methods as the user reads them: preset codes translated, free text as written. */
export function methodsText(t: TFunction, methods: readonly string[]): string {
  return methods.map((m) => (isPresetMethod(m) ? t(`method.${m}`) : m)).join(', ');
}

/** Comma-separated topics as typed in a cell: trimmed, blanks dropped, duplicates (in any case) once. */
export function parseLabels(typed: string): string[] {
  return typed.split(',').reduce<string[]>((list, label) => addLabel(list, label), []);
}

/** Comma-separated methods as typed: a preset's translated name (or its code) becomes the code again, so filters and other languages still know it. */
export function parseMethods(t: TFunction, typed: string): string[] {
  const presets = new Map<string, string>();
  for (const code of PRESET_METHODS) {
    presets.set(labelKey(code), code);
    presets.set(labelKey(t(`method.${code}`)), code);
  }
  return parseLabels(typed).map((label) => presets.get(labelKey(label)) ?? label);
}

export function actorTable(t: TFunction, map: MapDoc, figures: ActorFigureColumns | null): TableModel<Actor, ActorColumn> {
  const columns: TableColumn<ActorColumn>[] = [
    { key: 'name', header: t('table.column.name') },
    { key: 'type', header: t('table.column.type') },
    { key: 'services', header: t('table.column.services') },
    { key: 'areas', header: t('table.column.areas') },
    ...(figures
      ? ([
          { key: 'degree', header: t('table.column.degree'), numeric: true, hint: t('table.column.degreeHint') },
          { key: 'betweenness', header: t('table.column.betweenness'), numeric: true, hint: t('table.column.betweennessHint') },
        ] as const)
      : []),
    { key: 'sources', header: t('table.column.sources') },
  ];
  const rows = map.actors.map((actor) => {
    const areas = CONTENT_AREAS.filter((area) => actor.services.some((s) => s.areas.includes(area)));
    const figure = figures?.figures[actor.id];
    const degree = figure?.degree ?? null;
    const betweenness = figure?.betweenness ?? null;
    return {
      id: actor.id,
      item: actor,
      cells: {
        name: text(actor.name),
        type: text(t(`actorType.${actor.type}`)),
        services: text(actor.services.map((s) => s.name).join('; ')),
        areas: { text: areas.map((area) => t(`area.${area}`)).join(', '), sort: areas.length ? areas.map((a) => CONTENT_AREAS.indexOf(a)).join('') : null },
        degree: { text: degree === null ? '' : String(degree), sort: degree, ...(degree === null ? {} : { csv: degree }) },
        // The CSV keeps two decimals of the percentage, so figures that round alike on screen still sort apart in a spreadsheet.
        betweenness: {
          text: betweenness === null ? '' : betweennessPercent(betweenness),
          sort: betweenness,
          ...(betweenness === null ? {} : { csv: Math.round(betweenness * 10000) / 100 }),
        },
        sources: text(sourcesText(t, actor.sources)),
      },
    };
  });
  return { columns, rows };
}

export function relationTable(t: TFunction, map: MapDoc): TableModel<Relation, RelationColumn> {
  const names = new Map(map.actors.map((a) => [a.id, a.name]));
  const columns: TableColumn<RelationColumn>[] = [
    { key: 'source', header: t('table.column.from') },
    { key: 'target', header: t('table.column.to') },
    { key: 'direction', header: t('table.column.direction') },
    { key: 'topics', header: t('table.column.topics') },
    { key: 'methods', header: t('table.column.methods') },
    { key: 'weight', header: t('table.column.weight'), numeric: true },
    { key: 'sources', header: t('table.column.sources') },
  ];
  const rows = map.relations.map((relation) => {
    const source = names.get(relation.source) ?? '?';
    const target = names.get(relation.target) ?? '?';
    return {
      id: relation.id,
      item: relation,
      cells: {
        source: text(source),
        target: text(target),
        // The arrow alone: the ends are the two columns before it (the screen names them in full for screen readers).
        direction: { text: DIRECTION_GLYPHS[relation.direction], sort: DIRECTIONS.indexOf(relation.direction) },
        topics: text(relation.topics.join(', ')),
        methods: text(methodsText(t, relation.methods)),
        weight: {
          text: relation.weight === undefined ? '' : String(relation.weight),
          sort: relation.weight ?? null,
          ...(relation.weight === undefined ? {} : { csv: relation.weight }),
        },
        sources: text(sourcesText(t, relation.sources)),
      },
    };
  });
  return { columns, rows };
}

/** As on the map: the arrow points from who contacts to who is contacted. */
export const DIRECTION_GLYPHS: Record<Direction, string> = { forward: '→', backward: '←', both: '↔' };

export type SortDirection = 'ascending' | 'descending';

/**
 * Rows in the order of one column: texts by the UI language's collation (in
 * Finnish and Swedish å, ä, ö come after z), figures by value; empty cells last
 * either way. Ties keep the map's order, so a sort never shuffles equal rows.
 */
export function sortRows<R extends { cells: Record<string, TableCell> }>(
  rows: readonly R[],
  key: string,
  direction: SortDirection,
  collator: Intl.Collator,
): R[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      const x = a.row.cells[key]?.sort ?? null;
      const y = b.row.cells[key]?.sort ?? null;
      const xEmpty = x === null || x === '';
      const yEmpty = y === null || y === '';
      if (xEmpty || yEmpty) return xEmpty === yEmpty ? a.index - b.index : xEmpty ? 1 : -1;
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
      return order * sign || a.index - b.index;
    })
    .map(({ row }) => row);
}
