import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../store/EditorStoreContext';
import { InsightsPanel } from './insights/InsightsPanel';
import { InsightsSizing } from './insights/useSizeBy';
import { Inspector } from './Inspector';
import { LensPanel } from './lens/LensPanel';
import { QuestionsPanel } from './QuestionsPanel';
import { ReflectionPanel } from './ReflectionPanel';
import { TrainingPanel } from './training/TrainingPanel';
import { ViewsPanel } from './views/ViewsPanel';

const TABS = ['inspector', 'lens', 'views', 'insights', 'training', 'questions', 'reflection'] as const;

const PANELS: Record<Tab, () => React.ReactNode> = {
  inspector: Inspector,
  lens: LensPanel,
  views: ViewsPanel,
  insights: InsightsPanel,
  training: TrainingPanel,
  questions: QuestionsPanel,
  reflection: ReflectionPanel,
};
type Tab = (typeof TABS)[number];

/** Tabs beside the map: details of the selection, own questions, reflection. */
export function SidePanel() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('inspector');
  // A tab the user tapped keeps the panel open; a new selection (or none) lets it close again.
  const [tapped, setTapped] = useState(false);
  const selection = useEditor((s) => s.selection);
  const selected = selection.actors.length + selection.relations.length > 0;
  // Selecting something on the map brings its details into view.
  // biome-ignore lint/correctness/useExhaustiveDependencies: every new selection (also the same count) is the trigger.
  useEffect(() => {
    if (selected) setTab('inspector');
    setTapped(false);
  }, [selection, selected]);
  // Only the "select something" hint to show: on a phone the panel folds to its tabs and the map gets the height (app.css).
  const folded = !selected && tab === 'inspector' && !tapped;
  const Panel = PANELS[tab];
  const sizing = useEditor((s) => s.sizeBy !== null);
  return (
    <aside className={folded ? 'side-panel side-panel--folded' : 'side-panel'} aria-label={t('panel.label')}>
      <div role="tablist" className="tabs">
        {TABS.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`tabpanel-${name}`}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => {
              setTab(name);
              setTapped(true);
            }}
            onKeyDown={(e) => {
              const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
              if (!step) return;
              const next = TABS[(TABS.indexOf(name) + step + TABS.length) % TABS.length]!;
              setTab(next);
              document.getElementById(`tab-${next}`)?.focus();
            }}
          >
            {t(`panel.${name}`)}
          </button>
        ))}
      </div>
      {sizing && tab !== 'insights' ? <InsightsSizing /> : null}
      <div role="tabpanel" id={`tabpanel-${tab}`} aria-labelledby={`tab-${tab}`} className="side-panel__body">
        <Panel />
      </div>
    </aside>
  );
}
