import './views.css';
import { type FormEvent, type KeyboardEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addView, moveView, nextViewName, removeView, renameView, type MapDoc, type SavedView, updateView } from '../../model';
import { filtersLine } from '../../i18n/describeFilters';
import { useEditor, useEditorStoreApi } from '../../store/EditorStoreContext';
import { useViewGlide } from './useViewGlide';

/** Titles of a merged map's source maps by id, for describing a source filter in words. */
function sourceTitles(map: MapDoc): Map<string, string> {
  const titles = new Map<string, string>();
  for (const item of [...map.actors, ...map.relations]) for (const s of item.sources ?? []) titles.set(s.mapId, s.title);
  return titles;
}

/** Focus after React has rendered (a moved or new row's control). */
const focusSoon = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

/**
 * Saved views: save the current view (what is in sight, filters, focus,
 * emphasis) under a name, show, rename, update, reorder and delete them. Each
 * change is one undoable edit of the map, so autosave stores it with the map;
 * presentation mode steps through them in this order.
 */
export function ViewsPanel() {
  const { t } = useTranslation();
  const store = useEditorStoreApi();
  const map = useEditor((s) => s.map!);
  const views = map.views ?? [];
  const { currentFrame, showView } = useViewGlide();
  const [naming, setNaming] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const titles = useMemo(() => sourceTitles(map), [map]);
  const actorNames = useMemo(() => new Map(map.actors.map((a) => [a.id, a.name])), [map.actors]);
  const apply = store.getState().apply;

  const startSaving = () => {
    setNaming(nextViewName(map, (number) => t('views.defaultName', { number })));
    focusSoon('view-name-new');
  };
  const save = (event: FormEvent) => {
    event.preventDefault();
    const { filters, focus, emphasis, hideOthers } = store.getState();
    let id = '';
    apply((m) => {
      const result = addView(m, naming ?? '', { frame: currentFrame(), filters, focus, emphasis, hideOthers });
      id = result.view.id;
      return result;
    });
    setNaming(null);
    focusSoon(`view-show-${id}`);
  };
  const rename = (event: FormEvent) => {
    event.preventDefault();
    if (!renaming) return;
    apply((m) => renameView(m, renaming.id, renaming.name));
    focusSoon(`view-rename-${renaming.id}`);
    setRenaming(null);
  };
  const update = (view: SavedView) => {
    const { filters, focus, emphasis, hideOthers } = store.getState();
    apply((m) => updateView(m, view.id, { frame: currentFrame(), filters, focus, emphasis, hideOthers }));
  };
  const move = (view: SavedView, delta: -1 | 1, control: 'up' | 'down') => {
    apply((m) => moveView(m, view.id, delta));
    // The row moved: keep the keyboard on it (at an end, on the button that still can move it).
    const index = views.indexOf(view) + delta;
    const atEnd = (delta < 0 && index === 0) || (delta > 0 && index === views.length - 1);
    focusSoon(`view-${atEnd ? (control === 'up' ? 'down' : 'up') : control}-${view.id}`);
  };
  // Alt+↑/↓ on a row moves it, as in a reorderable list (the ↑ ↓ buttons do the same).
  const onRowKey = (event: KeyboardEvent, view: SavedView, index: number) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    const delta = event.key === 'ArrowUp' ? -1 : 1;
    if (index + delta < 0 || index + delta >= views.length) return;
    event.preventDefault();
    apply((m) => moveView(m, view.id, delta));
    focusSoon(`view-show-${view.id}`);
  };
  const summary = (view: SavedView) => {
    const parts = [
      view.focus ? t('views.focus', { name: actorNames.get(view.focus.actor) ?? '?' }) : '',
      view.query ? t('views.query', { query: view.query }) : '',
      view.filters ? filtersLine(t, view.filters, (id) => titles.get(id) ?? id) : '',
      view.hideOthers ? t('views.hideOthers') : '',
    ].filter(Boolean);
    return parts.length > 0 ? parts.join(' · ') : t('views.whole');
  };

  return (
    <section className="views" aria-labelledby="views-heading">
      <h2 id="views-heading">{t('views.title')}</h2>
      <p className="muted">{t('views.intro')}</p>
      {naming === null ? (
        <button type="button" onClick={startSaving}>
          {t('views.save')}
        </button>
      ) : (
        <form className="views__form" onSubmit={save}>
          <label className="field">
            <span>{t('views.nameLabel')}</span>
            <input
              id="view-name-new"
              value={naming}
              maxLength={300}
              onChange={(e) => setNaming(e.target.value)}
              onKeyDown={(e) => e.key === 'Escape' && setNaming(null)}
            />
          </label>
          <div className="views__actions">
            <button type="submit" className="primary">
              {t('common.save')}
            </button>
            <button type="button" onClick={() => setNaming(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
      {views.length === 0 ? (
        <p className="muted">{t('views.empty')}</p>
      ) : (
        <ol className="views__list" aria-label={t('views.list')}>
          {views.map((view, index) => (
            <li key={view.id} className="views__item" data-testid="saved-view" onKeyDown={(e) => onRowKey(e, view, index)}>
              {renaming?.id === view.id ? (
                <form className="views__form" onSubmit={rename}>
                  <label className="field">
                    <span>{t('views.nameLabel')}</span>
                    <input
                      id={`view-name-${view.id}`}
                      value={renaming.name}
                      maxLength={300}
                      onChange={(e) => setRenaming({ id: view.id, name: e.target.value })}
                      onKeyDown={(e) => e.key === 'Escape' && setRenaming(null)}
                    />
                  </label>
                  <div className="views__actions">
                    <button type="submit" className="primary">
                      {t('common.save')}
                    </button>
                    <button type="button" onClick={() => setRenaming(null)}>
                      {t('common.cancel')}
                    </button>
                  </div>
                </form>
              ) : (
                <>
                  <span className="views__name">
                    <span className="views__number">{index + 1}.</span> {view.name}
                  </span>
                  <span className="views__summary muted">{summary(view)}</span>
                </>
              )}
              <div className="views__actions">
                <button type="button" id={`view-show-${view.id}`} aria-label={t('views.showLabel', { name: view.name })} onClick={() => showView(view)}>
                  ▶ {t('views.show')}
                </button>
                <button
                  type="button"
                  id={`view-rename-${view.id}`}
                  aria-label={t('views.renameLabel', { name: view.name })}
                  title={t('views.renameLabel', { name: view.name })}
                  onClick={() => {
                    setRenaming({ id: view.id, name: view.name });
                    focusSoon(`view-name-${view.id}`);
                  }}
                >
                  ✎
                </button>
                <button
                  type="button"
                  aria-label={t('views.updateLabel', { name: view.name })}
                  title={t('views.updateLabel', { name: view.name })}
                  onClick={() => update(view)}
                >
                  {t('views.update')}
                </button>
                <button
                  type="button"
                  id={`view-up-${view.id}`}
                  aria-label={t('views.moveUp', { name: view.name })}
                  title={t('views.moveUp', { name: view.name })}
                  disabled={index === 0}
                  onClick={() => move(view, -1, 'up')}
                >
                  ↑
                </button>
                <button
                  type="button"
                  id={`view-down-${view.id}`}
                  aria-label={t('views.moveDown', { name: view.name })}
                  title={t('views.moveDown', { name: view.name })}
                  disabled={index === views.length - 1}
                  onClick={() => move(view, 1, 'down')}
                >
                  ↓
                </button>
                <button
                  type="button"
                  aria-label={t('views.remove', { name: view.name })}
                  title={t('views.remove', { name: view.name })}
                  onClick={() => apply((m) => removeView(m, view.id))}
                >
                  ×
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
