import { useTranslation } from 'react-i18next';
import type { SortDirection, TableColumn, TableRow } from './tableRows';

export interface SortState {
  key: string;
  direction: SortDirection;
}

/**
 * One sortable table in its own scrolling region (wide tables scroll inside it
 * on a small screen, not the page). Column headers are buttons; the sorted one
 * carries aria-sort. The first column heads its row for screen readers. Cells
 * show their text unless `renderCell` draws them (the editable ones).
 */
export function DataTable<T, K extends string>({
  labelledBy,
  caption,
  columns,
  rows,
  sort,
  onSort,
  renderCell,
  selected,
  onRowClick,
  testId,
}: {
  labelledBy: string;
  caption: string;
  columns: TableColumn<K>[];
  rows: TableRow<T, K>[];
  sort: SortState | null;
  onSort: (sort: SortState) => void;
  renderCell: (row: TableRow<T, K>, column: TableColumn<K>) => React.ReactNode | undefined;
  selected: ReadonlySet<string>;
  onRowClick: (row: TableRow<T, K>) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const toggle = (key: string) => onSort({ key, direction: sort?.key === key && sort.direction === 'ascending' ? 'descending' : 'ascending' });
  return (
    // A focusable region, so keyboard users can scroll a table wider than the screen (axe: scrollable-region-focusable).
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by the keyboard to be scrolled.
    <div className="table-view__scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      <table className="data-table" data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const sorted = sort?.key === column.key ? sort.direction : undefined;
              return (
                <th key={column.key} scope="col" aria-sort={sorted} className={column.numeric ? 'is-numeric' : undefined}>
                  <button
                    type="button"
                    className="data-table__sort"
                    title={column.hint ? `${column.hint} – ${t('table.sortBy', { column: column.header })}` : t('table.sortBy', { column: column.header })}
                    onClick={() => toggle(column.key)}
                  >
                    {column.header}
                    <span aria-hidden="true" className="data-table__arrow">
                      {sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            // A click anywhere on a row shows its details in the inspector (a mouse convenience; every action has a keyboard way in the cells).
            <tr key={row.id} data-id={row.id} className={selected.has(row.id) ? 'is-selected' : undefined} onClick={() => onRowClick(row)}>
              {columns.map((column, index) => {
                const content = renderCell(row, column) ?? row.cells[column.key].text;
                const className = column.numeric ? 'is-numeric' : undefined;
                return index === 0 ? (
                  <th key={column.key} scope="row" className={className} data-column={column.key}>
                    {content}
                  </th>
                ) : (
                  <td key={column.key} className={className} data-column={column.key}>
                    {content}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
