/**
 * Merging many maps into one titled regional map. Loaded lazily: the merge
 * rules, fuzzy matching and layout code reach the browser only when a
 * facilitator opens this screen.
 */
import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '../../shell/LanguageSwitcher';
import { useNotices } from '../../shell/noticeStore';
import { libraryHref, mapHref } from '../../shell/useHashRoute';
import { readMapFiles } from '../../io/importFiles';
import { MergeClient } from '../../io/mergeClient';
import { runLayout } from '../../io/runLayout';
import type { MapDoc } from '../../model';
import { type MergeDecisions, type MergePlan, type MergeReport, NO_DECISIONS } from '../../model/merge';
import { mapRepository, type MapSummary } from '../../storage';
import { MergeReview } from './MergeReview';
import { MergeSourcePicker } from './MergeSourcePicker';

/** The merge model is total over valid maps: a failure here is a bug, reported to the console rather than shown half-done. */
const mergeFailed = (error: unknown) => console.error('merge failed', error);

export default function MergeScreen() {
  const { t } = useTranslation();
  const repository = mapRepository();
  const report = useNotices((s) => s.report);
  const [library, setLibrary] = useState<MapSummary[]>([]);
  const [loaded, setLoaded] = useState<Map<string, MapDoc>>(new Map());
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [fileMaps, setFileMaps] = useState<MapDoc[]>([]);
  // null until the user types a title: the default is translated when shown, so it follows a language switch.
  const [typedTitle, setTitle] = useState<string | null>(null);
  const title = typedTitle ?? t('merge.defaultTitle');
  const [region, setRegion] = useState('');
  const [step, setStep] = useState<'choose' | 'review'>('choose');
  const [decisions, setDecisions] = useState<MergeDecisions>(NO_DECISIONS);
  const [creating, setCreating] = useState(false);

  // Read again whenever the library changes: maps dropped on this screen, or an import started on the library's
  // screen that finished after the user came here, join the list.
  const libraryVersion = useNotices((s) => s.libraryVersion);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the version is the trigger, not an input.
  useEffect(() => void repository.list().then(setLibrary), [repository, libraryVersion]);

  const toggle = async (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else {
      next.add(id);
      if (!loaded.has(id)) {
        const result = await repository.load(id);
        if (result.ok) setLoaded((m) => new Map(m).set(id, result.map));
      }
    }
    setSelected(next);
  };
  const selectAll = async () => {
    const all = await Promise.all(library.map(async (s) => [s.id, await repository.load(s.id)] as const));
    setLoaded(new Map(all.flatMap(([id, r]) => (r.ok ? [[id, r.map] as const] : []))));
    setSelected(new Set(library.map((s) => s.id)));
  };
  const addFiles = async (files: File[]) => {
    const { maps, problems } = await readMapFiles(files);
    setFileMaps((current) => [...current, ...maps]);
    if (problems.length) report({ problems, imported: 0 });
  };

  // Library maps in library order, then files in the order they were added: the plan's keys depend on this order.
  const sources = useMemo(
    () => [...library.filter((s) => selected.has(s.id)).flatMap((s) => (loaded.has(s.id) ? [loaded.get(s.id)!] : [])), ...fileMaps],
    [library, selected, loaded, fileMaps],
  );
  // Planning and merging run in a worker (io/merge.worker): on the page they were tasks of a quarter of a second
  // for 25 maps of 40 actors. The review shows once the plan is there; the preview follows each decision.
  const [client] = useState(() => new MergeClient());
  useEffect(() => () => client.close(), [client]);
  const [plan, setPlan] = useState<MergePlan | null>(null);
  const [preview, setPreview] = useState<MergeReport | null>(null);
  const [previewing, setPreviewing] = useState(false);
  useEffect(() => {
    setPlan(null);
    setPreview(null);
    if (step !== 'review') return;
    let current = true;
    // A transition: React draws the review of some 300 pairs in slices, between which the page stays responsive.
    client.planFor(sources).then((planned) => current && startTransition(() => setPlan(planned)), mergeFailed);
    return () => {
      current = false;
    };
  }, [client, step, sources]);
  const mergeTitle = title.trim() || t('merge.defaultTitle');
  // Only the newest preview is shown: answers to earlier decisions that arrive later are dropped.
  const asked = useRef(0);
  useEffect(() => {
    if (!plan) return;
    const ask = ++asked.current;
    setPreviewing(true);
    client.preview(decisions, mergeTitle).then((answer) => {
      if (ask !== asked.current) return;
      setPreview(answer);
      setPreviewing(false);
    }, mergeFailed);
  }, [client, plan, decisions, mergeTitle]);

  const create = async () => {
    setCreating(true);
    try {
      const map = await client.merge(decisions, mergeTitle, region.trim() || undefined);
      const laidOut = await runLayout(map, { start: 'fresh' });
      const [stored] = await repository.add([laidOut]);
      window.location.hash = mapHref(stored!.id);
    } finally {
      setCreating(false);
    }
  };

  return (
    <div className="merge">
      <header className="app-header">
        <h1>{t('merge.heading')}</h1>
        <div className="app-header__actions">
          <a href={libraryHref}>{t('editor.backToLibrary')}</a>
          <LanguageSwitcher />
        </div>
      </header>
      <main className="library__main">
        <p className="muted">{t('merge.intro')}</p>
        {step === 'choose' ? (
          <>
            <MergeSourcePicker
              library={library}
              selected={selected}
              onToggle={(id) => void toggle(id)}
              onSelectAll={() => void selectAll()}
              fileMaps={fileMaps}
              onFiles={(files) => void addFiles(files)}
              title={title}
              region={region}
              onTitle={setTitle}
              onRegion={setRegion}
            />
            <p role="status">{t('merge.selected', { count: sources.length })}</p>
            <button type="button" className="primary" disabled={sources.length === 0 || !title.trim()} onClick={() => setStep('review')}>
              {t('merge.review')}
            </button>
          </>
        ) : (
          <>
            {plan ? (
              <MergeReview plan={plan} sources={sources} decisions={decisions} onChange={setDecisions} />
            ) : (
              <p role="status" className="muted" data-testid="merge-planning">
                {t('merge.planning')}
              </p>
            )}
            {preview ? (
              // Busy while the preview of the newest decision is worked out: the figures shown are of the one before.
              <p role="status" className="merge__preview" data-testid="merge-preview" aria-busy={previewing}>
                {t('merge.preview', {
                  actors: preview.actorCount,
                  relations: preview.relationCount,
                  questions: preview.questionCount,
                  sources: preview.sourceCount,
                })}
              </p>
            ) : null}
            <div className="dialog__actions">
              <button type="button" onClick={() => setStep('choose')}>
                {t('merge.back')}
              </button>
              <button type="button" className="primary" disabled={creating} aria-busy={creating} onClick={() => void create()}>
                {creating ? t('merge.creating') : t('merge.create')}
              </button>
            </div>
          </>
        )}
      </main>
    </div>
  );
}
