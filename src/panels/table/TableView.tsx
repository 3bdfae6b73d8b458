import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { csvBlob } from '../../io/exportCsv';
import { downloadBlob, fileNameFor } from '../../io/download';
import { ADDABLE_ACTOR_TYPES, applyFilters, DIRECTIONS, hasFilters, updateActor, updateRelation, type ActorType, type Direction } from '../../model';
import { rename, setDirection } from '../../store/actions';
import { useEditor, useEditorStoreApi } from '../../store/EditorStoreContext';
import { DataTable, type SortState } from './DataTable';
import { EDIT_HINT_ID, EditableCell } from './EditableCell';
import { actorTable, methodsText, parseLabels, parseMethods, relationTable, sortRows, type TableModel, type TableRow } from './tableRows';
import { textMatcher } from './textMatch';
import { useInsights } from '../insights/useInsights';
import './table.css';

/**
 * The map as two tables, actors and relations, for those who prefer lists or
 * use a screen reader: sortable, searchable, editable through the same model
 * commands as the canvas and the inspector (each edit one undo step), and
 * exportable as CSV. It shows what the lens's filters keep, like the map does.
 */
export function TableView() {
  const { t, i18n } = useTranslation();
  const store = useEditorStoreApi();
  const { map, filters, selection, editing } = useEditor(useShallow((s) => ({ map: s.map!, filters: s.filters, selection: s.selection, editing: s.editing })));
  const [query, setQuery] = useState('');
  // An actor just added (toolbar or N/G/O) has its name typed in its row: the search must not hide that row.
  if (editing && query) setQuery('');
  const [actorSort, setActorSort] = useState<SortState | null>(null);
  const [relationSort, setRelationSort] = useState<SortState | null>(null);

  const collator = useMemo(() => new Intl.Collator(i18n.language, { numeric: true, sensitivity: 'base' }), [i18n.language]);
  const filtered = hasFilters(filters);
  const kept = useMemo(() => (filtered ? applyFilters(map, filters) : null), [map, filters, filtered]);
  // The same figures as the Insights panel: one computation in a worker, shared by both.
  const { insights } = useInsights();
  const figureColumns = useMemo(() => ({ figures: insights?.figures ?? {} }), [insights]);
  const actors = useMemo(() => actorTable(t, map, figureColumns), [t, map, figureColumns]);
  const relations = useMemo(() => relationTable(t, map), [t, map]);

  const shown = <T, K extends string>(table: TableModel<T, K>, keep: ReadonlySet<string> | undefined, sort: SortState | null) => {
    const matches = textMatcher(query);
    const rows = table.rows.filter((row) => (!keep || keep.has(row.id)) && matches(Object.values<{ text: string }>(row.cells).map((c) => c.text)));
    return sort ? sortRows(rows, sort.key, sort.direction, collator) : rows;
  };
  const actorRows = shown(actors, kept?.actors, actorSort);
  const relationRows = shown(relations, kept?.relations, relationSort);
  const selected = useMemo(() => new Set([...selection.actors, ...selection.relations]), [selection]);
  // A new actor the filters hide has no row to type its name in: let it go, or N/G/O would stay blocked.
  useEffect(() => {
    if (editing && !actorRows.some((row) => row.id === editing)) store.getState().setEditing(null);
  });

  const exportCsv = <T, K extends string>(table: TableModel<T, K>, rows: TableRow<T, K>[], name: string) => {
    const header = table.columns.map((c) => c.header);
    // Figures go out as numbers (a spreadsheet can sum them); everything else as the table shows it.
    const body = rows.map((row) => table.columns.map((c) => row.cells[c.key].csv ?? row.cells[c.key].text));
    downloadBlob(csvBlob(header, body), fileNameFor(name, 'csv'));
  };

  // Retyping the same list (other spaces, say) is no edit, so it leaves no empty undo step.
  const setLabels = (relationId: string, field: 'topics' | 'methods', list: string[]) =>
    store.getState().apply((m) => {
      const before = m.relations.find((r) => r.id === relationId)?.[field];
      return before && before.length === list.length && before.every((x, i) => x === list[i]) ? m : updateRelation(m, relationId, { [field]: list });
    });

  const actorCount = t('table.actorCount', { shown: actorRows.length, count: map.actors.length });
  const relationCount = t('table.relationCount', { shown: relationRows.length, count: map.relations.length });
  const typeOptions = ADDABLE_ACTOR_TYPES.map((type) => ({ value: type, label: t(`actorType.${type}`) }));

  return (
    <main className="table-view" aria-labelledby="table-view-heading" data-testid="table-view">
      <div className="table-view__bar">
        <h2 id="table-view-heading">{t('table.title')}</h2>
        <button type="button" className="table-view__to-map" onClick={() => store.getState().setLayout('map')}>
          <span aria-hidden="true">◎</span> {t('table.showMap')}
        </button>
        <label className="table-view__search">
          <span>{t('table.search')}</span>
          <input type="search" value={query} placeholder={t('table.searchPlaceholder')} onChange={(e) => setQuery(e.target.value)} />
        </label>
        <p className="table-view__counts" role="status">
          {actorCount} · {relationCount}
        </p>
      </div>
      {filtered ? <p className="table-view__note">{t('table.filtered')}</p> : null}
      <p id={EDIT_HINT_ID} className="visually-hidden">
        {t('table.editHint')}
      </p>

      <section className="table-view__section" aria-labelledby="table-actors-heading">
        <div className="table-view__head">
          <h3 id="table-actors-heading">
            {t('table.actors')} <span className="table-view__count">{actorCount}</span>
          </h3>
          <button type="button" title={t('table.exportActorsCsv')} onClick={() => exportCsv(actors, actorRows, t('table.fileActors', { title: map.title }))}>
            ⬇ {t('table.exportCsv')}
          </button>
        </div>
        <DataTable
          testId="actor-table"
          labelledBy="table-actors-heading"
          caption={`${t('table.actors')}, ${actorCount}`}
          columns={actors.columns}
          rows={actorRows}
          sort={actorSort}
          onSort={setActorSort}
          selected={selected}
          onRowClick={(row) => store.getState().select({ actors: [row.id], relations: [] })}
          renderCell={(row, column) => {
            const actor = row.item;
            const header = column.header;
            if (column.key === 'name') {
              return (
                <span className="table-view__name">
                  <EditableCell
                    column={header}
                    shown={actor.name}
                    initial={actor.name}
                    editor={{ kind: 'text' }}
                    onCommit={(name) => rename(store, actor.id, name)}
                    openNow={editing === actor.id}
                    // Taken over from the canvas's name editor, which is not there to clear it.
                    onOpened={() => store.getState().setEditing(null)}
                  />
                  <button
                    type="button"
                    className="table-view__locate"
                    aria-label={t('table.showOnMap', { name: actor.name })}
                    title={t('table.showOnMap', { name: actor.name })}
                    onClick={() => {
                      store.getState().select({ actors: [actor.id], relations: [] });
                      store.getState().setLayout('map');
                    }}
                  >
                    <LocateIcon />
                  </button>
                </span>
              );
            }
            if (column.key === 'type' && actor.type !== 'self') {
              return (
                <EditableCell
                  column={header}
                  shown={row.cells.type.text}
                  initial={actor.type}
                  editor={{ kind: 'select', options: typeOptions }}
                  onCommit={(type) => store.getState().apply((m) => updateActor(m, actor.id, { type: type as ActorType }))}
                />
              );
            }
            return undefined;
          }}
        />
        {actorRows.length === 0 ? <p className="muted">{t('table.noRows')}</p> : null}
      </section>

      <section className="table-view__section" aria-labelledby="table-relations-heading">
        <div className="table-view__head">
          <h3 id="table-relations-heading">
            {t('table.relations')} <span className="table-view__count">{relationCount}</span>
          </h3>
          <button
            type="button"
            title={t('table.exportRelationsCsv')}
            onClick={() => exportCsv(relations, relationRows, t('table.fileRelations', { title: map.title }))}
          >
            ⬇ {t('table.exportCsv')}
          </button>
        </div>
        <DataTable
          testId="relation-table"
          labelledBy="table-relations-heading"
          caption={`${t('table.relations')}, ${relationCount}`}
          columns={relations.columns}
          rows={relationRows}
          sort={relationSort}
          onSort={setRelationSort}
          selected={selected}
          onRowClick={(row) => store.getState().select({ actors: [], relations: [row.id] })}
          renderCell={(row, column) => {
            const relation = row.item;
            const header = column.header;
            if (column.key === 'direction') {
              const names = { source: row.cells.source.text, target: row.cells.target.text };
              return (
                <EditableCell
                  column={header}
                  shown={row.cells.direction.text}
                  label={t(`direction.${relation.direction}`, names)}
                  initial={relation.direction}
                  editor={{ kind: 'select', options: DIRECTIONS.map((d) => ({ value: d, label: t(`direction.${d}`, names) })) }}
                  onCommit={(direction) => setDirection(store, relation.id, direction as Direction)}
                />
              );
            }
            if (column.key === 'topics') {
              const typed = relation.topics.join(', ');
              return (
                <EditableCell
                  column={header}
                  shown={typed}
                  initial={typed}
                  editor={{ kind: 'text', comma: true }}
                  onCommit={(value) => setLabels(relation.id, 'topics', parseLabels(value))}
                />
              );
            }
            if (column.key === 'methods') {
              const typed = methodsText(t, relation.methods);
              return (
                <EditableCell
                  column={header}
                  shown={typed}
                  initial={typed}
                  editor={{ kind: 'text', comma: true }}
                  onCommit={(value) => setLabels(relation.id, 'methods', parseMethods(t, value))}
                />
              );
            }
            return undefined;
          }}
        />
        {relationRows.length === 0 ? <p className="muted">{t('table.noRows')}</p> : null}
      </section>
    </main>
  );
}

/** Crosshair: "find it on the map" (drawn, since the symbol fonts of tablets may lack ⌖). */
function LocateIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.6">
      <circle cx="8" cy="8" r="4.5" />
      <path d="M8 0.5v3M8 12.5v3M0.5 8h3M12.5 8h3" />
    </svg>
  );
}
