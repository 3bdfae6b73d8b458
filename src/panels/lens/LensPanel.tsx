/**
 * The facilitator's lens beside the map: search ("whom do I call about X?"),
 * focus, and filters, with how much of the map they leave and a way to keep
 * that part as a map of its own. It only edits the view state; the canvas,
 * the presentation and pictures derive what they draw from it (model/view).
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { deriveView, filterOptions, hasFilters } from '../../model';
import { describeFilters } from '../../i18n/describeFilters';
import { useEditor, useEditorStoreApi } from '../../store/EditorStoreContext';
import { selectViewSpec } from '../../store/viewStore';
import { FilterControls, METHOD_ORDER } from './FilterControls';
import { FocusControls } from './FocusControls';
import { LensSearch } from './LensSearch';
import { SaveFilteredMap } from './SaveFilteredMap';
import './lens.css';

export function LensPanel() {
  const { t } = useTranslation();
  const store = useEditorStoreApi();
  const map = useEditor((s) => s.map!);
  const spec = useEditor(useShallow(selectViewSpec));
  const view = useMemo(() => deriveView(map, spec), [map, spec]);
  const options = useMemo(() => filterOptions(map, METHOD_ORDER), [map]);
  const filtering = hasFilters(spec.filters);
  const sourceTitle = (id: string) => options.sources.find((s) => s.id === id)?.title ?? id;
  const active = filtering ? describeFilters(t, spec.filters ?? {}, sourceTitle) : [];
  return (
    <section className="lens" aria-labelledby="lens-heading" data-testid="lens-panel">
      <h2 id="lens-heading">{t('lens.title')}</h2>
      <LensSearch />
      <FocusControls />
      <section className="lens-section" aria-labelledby="lens-filters-heading">
        <h3 id="lens-filters-heading">{t('lens.filtersHeading')}</h3>
        <p className="lens-counts" role="status" data-testid="lens-counts">
          {t('lens.shown', {
            actors: view.visibleActors.size,
            totalActors: map.actors.length,
            relations: view.visibleRelations.size,
            totalRelations: map.relations.length,
          })}
        </p>
        {active.length > 0 ? (
          <ul className="lens-active" data-testid="lens-active-filters">
            {active.map((d) => (
              <li key={d.kind}>
                <strong>{d.label}:</strong> {d.values.join(', ')}
              </li>
            ))}
          </ul>
        ) : null}
        <button type="button" onClick={() => store.getState().setFilters({})} disabled={!filtering}>
          {t('lens.clearAll')}
        </button>
        <FilterControls options={options} />
      </section>
      <SaveFilteredMap view={view} />
    </section>
  );
}
