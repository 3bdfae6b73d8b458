/**
 * Merging many maps into one titled regional map. Loaded lazily: the merge
 * rules, fuzzy matching and layout code reach the browser only when a
 * facilitator opens this screen.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '../../shell/LanguageSwitcher';
import { useNotices } from '../../shell/noticeStore';
import { libraryHref, mapHref } from '../../shell/useHashRoute';
import { readMapFiles } from '../../io/importFiles';
import { runLayout } from '../../io/runLayout';
import type { MapDoc } from '../../model';
import { mergeMaps, NO_DECISIONS, planMerge, type MergeDecisions } from '../../model/merge';
import { mapRepository, type MapSummary } from '../../storage';
import { MergeReview } from './MergeReview';
import { MergeSourcePicker } from './MergeSourcePicker';

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

  useEffect(() => void repository.list().then(setLibrary), [repository]);

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
  const plan = useMemo(() => (step === 'review' ? planMerge(sources) : null), [step, sources]);
  const preview = useMemo(
    () => (plan ? mergeMaps(sources, decisions, { title: title.trim() || t('merge.defaultTitle'), plan }).report : null),
    [plan, sources, decisions, title, t],
  );

  const create = async () => {
    setCreating(true);
    try {
      const { map } = mergeMaps(sources, decisions, {
        title: title.trim() || t('merge.defaultTitle'),
        region: region.trim() || undefined,
        ...(plan ? { plan } : {}),
      });
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
            {plan ? <MergeReview plan={plan} sources={sources} decisions={decisions} onChange={setDecisions} /> : null}
            {preview ? (
              <p role="status" className="merge__preview" data-testid="merge-preview">
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
