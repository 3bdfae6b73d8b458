/**
 * The lens's filters: content area, TNO level, method, topic, actor type,
 * direction, and on merged maps contributor and weight. Each offers only the
 * values this map has; a pressed chip keeps what has it ("show only"), and
 * kinds combine (model/view).
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { foldText, isPresetMethod, labelKey, PRESET_METHODS, toggleListed, withFilter, type FilterOptions, type ViewFilters } from '../../model';
import { useEditor, useEditorStoreApi } from '../../store/EditorStoreContext';

/** From this many topics the list gets its own search field. */
const TOPIC_SEARCH_FROM = 8;

function Chips<T extends string>({
  kind,
  values,
  selected,
  label,
  onToggle,
  chipClass,
}: {
  kind: keyof ViewFilters;
  values: readonly T[];
  selected: readonly T[] | undefined;
  label: (value: T) => string;
  onToggle: (value: T) => void;
  chipClass?: (value: T) => string;
}) {
  const { t } = useTranslation();
  if (values.length === 0) return null;
  return (
    <fieldset className="field lens-filter" data-filter={kind}>
      <legend>{t(`lens.filter.${kind}`)}</legend>
      <div className="method-chips">
        {values.map((v) => (
          <button
            key={v}
            type="button"
            className={`toggle-chip ${chipClass?.(v) ?? ''}`}
            aria-pressed={selected?.includes(v) ?? false}
            onClick={() => onToggle(v)}
          >
            {label(v)}
          </button>
        ))}
      </div>
    </fieldset>
  );
}

function TopicFilter({ topics, selected, onToggle }: { topics: string[]; selected: string[] | undefined; onToggle: (topic: string) => void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const chosen = new Set((selected ?? []).map(labelKey));
  const q = foldText(query.trim());
  // Chosen topics stay listed while the list is narrowed, so they can be unchosen.
  const listed = topics.filter((topic) => !q || chosen.has(labelKey(topic)) || foldText(topic).includes(q));
  if (topics.length === 0) return null;
  return (
    <fieldset className="field lens-filter" data-filter="topics">
      <legend>{t('lens.filter.topics')}</legend>
      {topics.length >= TOPIC_SEARCH_FROM ? (
        <input type="search" aria-label={t('lens.findTopic')} placeholder={t('lens.findTopic')} value={query} onChange={(e) => setQuery(e.target.value)} />
      ) : null}
      <ul className="lens-topics">
        {listed.map((topic) => (
          <li key={topic}>
            <label className="lens-check">
              <input type="checkbox" checked={chosen.has(labelKey(topic))} onChange={() => onToggle(topic)} />
              {topic}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

export function FilterControls({ options }: { options: FilterOptions }) {
  const { t } = useTranslation();
  const store = useEditorStoreApi();
  const filters = useEditor((s) => s.filters);
  const set = <K extends keyof ViewFilters>(kind: K, value: ViewFilters[K] | undefined) =>
    store.getState().setFilters(withFilter(store.getState().filters, kind, value));
  const weights = useMemo(() => Array.from({ length: options.maxWeight }, (_, i) => i + 1), [options.maxWeight]);
  const methodLabel = (m: string) => (isPresetMethod(m) ? t(`method.${m}`) : m);
  const toggleTopic = (topic: string) => {
    const current = filters.topics ?? [];
    const key = labelKey(topic);
    const next = current.some((x) => labelKey(x) === key) ? current.filter((x) => labelKey(x) !== key) : [...current, topic];
    set('topics', next);
  };
  return (
    <>
      <Chips
        kind="areas"
        values={options.areas}
        selected={filters.areas}
        label={(a) => t(`area.${a}`)}
        onToggle={(a) => set('areas', toggleListed(filters.areas, a))}
        chipClass={(a) => `area-chip area-chip--${a}`}
      />
      <Chips kind="tno" values={options.tno} selected={filters.tno} label={(l) => t(`tno.${l}`)} onToggle={(l) => set('tno', toggleListed(filters.tno, l))} />
      <Chips
        kind="actorTypes"
        values={options.actorTypes}
        selected={filters.actorTypes}
        label={(a) => t(`actorType.${a}`)}
        onToggle={(a) => set('actorTypes', toggleListed(filters.actorTypes, a))}
      />
      <Chips
        kind="directions"
        values={options.directions}
        selected={filters.directions}
        label={(d) => t(`lens.direction.${d}`)}
        onToggle={(d) => set('directions', toggleListed(filters.directions, d))}
      />
      <Chips
        kind="methods"
        values={options.methods}
        selected={filters.methods}
        label={methodLabel}
        onToggle={(m) => set('methods', toggleListed(filters.methods, m))}
      />
      <Chips
        kind="marks"
        values={options.marks}
        selected={filters.marks}
        label={(v) => t(`mark.verdict.${v}`)}
        onToggle={(v) => set('marks', toggleListed(filters.marks, v))}
        chipClass={(v) => `mark-chip mark-chip--${v}`}
      />
      <Chips
        kind="sectors"
        values={options.sectors}
        selected={filters.sectors}
        label={(s) => t(`sector.${s}`)}
        onToggle={(s) => set('sectors', toggleListed(filters.sectors, s))}
      />
      <TopicFilter topics={options.topics} selected={filters.topics} onToggle={toggleTopic} />
      {options.sources.length > 1 ? (
        <fieldset className="field lens-filter" data-filter="sources">
          <legend>{t('lens.filter.sources')}</legend>
          <ul className="lens-topics">
            {options.sources.map((source) => (
              <li key={source.id}>
                <label className="lens-check">
                  <input
                    type="checkbox"
                    checked={filters.sources?.includes(source.id) ?? false}
                    onChange={() => set('sources', toggleListed(filters.sources, source.id))}
                  />
                  {source.title}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
      {options.maxWeight > 1 ? (
        <label className="field lens-filter" data-filter="minWeight">
          <span>{t('lens.filter.minWeight')}</span>
          <select value={filters.minWeight ?? 1} onChange={(e) => set('minWeight', Number(e.target.value))}>
            {weights.map((w) => (
              <option key={w} value={w}>
                {w === 1 ? t('lens.anyWeight') : t('lens.atLeastMaps', { count: w })}
              </option>
            ))}
          </select>
        </label>
      ) : null}
    </>
  );
}

/** Preset methods first, in the inspector's order. */
export const METHOD_ORDER: readonly string[] = PRESET_METHODS;
