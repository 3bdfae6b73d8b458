/**
 * "Whom do I call about X?": a search box over the map, keyboard first (a
 * WAI-ARIA combobox with a listbox). Choosing an actor focuses it; choosing a
 * topic, method or service emphasises every relation and actor it concerns and
 * says in words what was found.
 */
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { buildSearchIndex, PRESET_METHODS, searchIndex, type SearchHit } from '../../model';
import { useEditor, useEditorStoreApi } from '../../store/EditorStoreContext';

/** Enough to choose from without scrolling the side panel. */
const MAX_HITS = 8;

export function LensSearch() {
  const { t } = useTranslation();
  const store = useEditorStoreApi();
  const map = useEditor((s) => s.map!);
  const emphasis = useEditor((s) => s.emphasis);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [found, setFound] = useState<{ what: string; relations: number; actors: number } | null>(null);
  const id = useId();
  const listId = `${id}-list`;
  // Preset methods are found by their names in the user's language ("puhelin", "telefon", "phone").
  const methodNames = useMemo(() => Object.fromEntries(PRESET_METHODS.map((m) => [m, t(`method.${m}`)])), [t]);
  // Prepared once per map and language, and only once something is typed (editing the map does not pay for it).
  const searching = query.trim().length > 0;
  const index = useMemo(() => (searching ? buildSearchIndex(map, methodNames) : null), [searching, map, methodNames]);
  const hits = useMemo(() => (index ? searchIndex(index, query, MAX_HITS) : []), [index, query]);
  const expanded = open && query.trim().length > 0;

  const choose = (hit: SearchHit) => {
    const state = store.getState();
    setOpen(false);
    if (hit.kind === 'actor') {
      state.setEmphasis(null);
      state.setFocus({ actor: hit.value, depth: 1 });
      setFound(null);
      setQuery(hit.label);
      return;
    }
    state.setFocus(null);
    state.setEmphasis({ actors: hit.actors, relations: hit.relations, reason: hit.label });
    setFound({ what: hit.label, relations: hit.relations.length, actors: hit.actors.length });
    setQuery(hit.label);
  };

  const clear = () => {
    setQuery('');
    setOpen(false);
    setFound(null);
    const state = store.getState();
    state.setEmphasis(null);
    state.setFocus(null);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!expanded) {
        setOpen(true);
        setActive(0);
        return;
      }
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (hits.length === 0 ? 0 : (a + step + hits.length) % hits.length));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const hit = expanded ? hits[active] : undefined;
      if (hit) choose(hit);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      // First Escape closes the list, the next one clears the search and what it lit up.
      if (expanded) setOpen(false);
      else clear();
    }
  };

  const activeHit = expanded ? hits[active] : undefined;
  return (
    <div className="lens-search">
      <label className="field" htmlFor={`${id}-input`}>
        <span>{t('lens.search.label')}</span>
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-describedby={`${id}-hint`}
        aria-activedescendant={activeHit ? `${id}-hit-${active}` : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder={t('lens.search.placeholder')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        data-testid="lens-search"
      />
      <p id={`${id}-hint`} className="lens-search__hint muted">
        {t('lens.search.hint')}
      </p>
      <div id={listId} role="listbox" aria-label={t('lens.search.label')} className="lens-search__list" hidden={!expanded}>
        {expanded && hits.length === 0 ? (
          <div role="option" tabIndex={-1} aria-selected={false} aria-disabled="true" className="lens-search__none">
            {t('lens.search.noHits', { query: query.trim() })}
          </div>
        ) : null}
        {expanded
          ? hits.map((hit, i) => (
              // Options are not tab stops: the input keeps the focus and points at the active one (aria-activedescendant).
              <div
                key={`${hit.kind}:${hit.value}`}
                id={`${id}-hit-${i}`}
                role="option"
                tabIndex={-1}
                aria-selected={i === active}
                className={i === active ? 'lens-search__hit is-active' : 'lens-search__hit'}
                // mousedown, not click: the input's blur would close the list before a click lands.
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(hit);
                }}
                onMouseMove={() => setActive(i)}
              >
                <span className="lens-search__label">{hit.label}</span>
                <span className="lens-search__kind">
                  {t(`lens.search.kind.${hit.kind}`)}
                  {hit.kind === 'actor' ? (hit.detail ? ` · ${hit.detail}` : '') : ` · ${t('lens.search.relations', { count: hit.relations.length })}`}
                </span>
              </div>
            ))
          : null}
      </div>
      <span className="visually-hidden" aria-live="polite">
        {expanded && hits.length > 0 ? t('lens.search.hits', { count: hits.length }) : ''}
      </span>
      <p className="lens-search__found" role="status" data-testid="lens-found">
        {found && emphasis?.reason === found.what
          ? t('lens.search.found', {
              what: found.what,
              relations: t('lens.search.relations', { count: found.relations }),
              actors: t('lens.search.actors', { count: found.actors }),
            })
          : ''}
      </p>
      {emphasis ? (
        <button type="button" onClick={clear}>
          {t('lens.search.clearEmphasis')}
        </button>
      ) : null}
    </div>
  );
}
