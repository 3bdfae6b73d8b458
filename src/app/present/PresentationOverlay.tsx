import './presentation.css';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { SavedView } from '../../model';
import { useViewGlide } from '../../panels/views/useViewGlide';
import { useEditor, useEditorStoreApi } from '../../store/EditorStoreContext';
import { AssessmentPanel } from './AssessmentPanel';
import { PresentMarks } from './PresentMarks';
import { leavePresentation } from './presentation';
import { usePresentationKeys } from './usePresentationKeys';

/** One empty list, so the store selector returns the same value each time (zustand compares by reference). */
const NO_VIEWS: readonly SavedView[] = [];

/**
 * What the room sees over the map in presentation mode: the map's title and
 * region, where the facilitator is in the saved views ("2 / 5 · Schools"), the
 * focused actor, step buttons for a tablet and a small exit. It owns the keys
 * of presentation mode and leaves when the browser leaves fullscreen.
 */
export function PresentationOverlay() {
  const { t } = useTranslation();
  const store = useEditorStoreApi();
  const { title, region, views, focusName } = useEditor(
    useShallow((s) => ({
      title: s.map!.title,
      region: s.map!.region,
      views: s.map!.views ?? NO_VIEWS,
      focusName: s.focus ? (s.map!.actors.find((a) => a.id === s.focus!.actor)?.name ?? null) : null,
    })),
  );
  const { showView } = useViewGlide();
  // 0: the map as it was when the presentation began; n: the n-th saved view.
  const [step, setStep] = useState(0);
  const count = views.length;

  const goTo = useCallback(
    (next: number) => {
      if (count === 0) return;
      const clamped = Math.min(Math.max(next, 1), count);
      setStep(clamped);
      showView(views[clamped - 1]!);
    },
    [count, views, showView],
  );
  const leave = useCallback(() => leavePresentation(store), [store]);
  const actions = useMemo(
    () => ({
      // Before the first step only "next" goes anywhere (to the first view); past either end nothing changes
      // (the view is not re-applied, so a stray press does not undo the facilitator's panning).
      step: (delta: -1 | 1) => {
        const next = step === 0 ? (delta > 0 ? 1 : 0) : step + delta;
        if (next >= 1 && next <= count) goTo(next);
      },
      first: () => goTo(1),
      last: () => goTo(count),
      leave,
    }),
    [goTo, step, count, leave],
  );
  usePresentationKeys(store, actions);

  // Leaving fullscreen through the browser (its Esc, F11, a gesture) leaves the presentation too.
  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement && store.getState().presenting) leave();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [store, leave]);

  const current = step > 0 ? views[step - 1] : undefined;
  const where = current ? t('present.step', { step, count, name: current.name }) : count > 0 ? t('present.overview', { count }) : t('present.noViews');
  return (
    <section className="presentation" data-testid="presentation" aria-label={t('present.title')}>
      <header className="presentation__head" data-present-inset="top">
        <h1 className="presentation__title">{title}</h1>
        {region ? <p className="presentation__region">{t('present.region', { region })}</p> : null}
      </header>
      <button type="button" className="presentation__exit" aria-label={t('present.exitLabel')} title={t('present.exitLabel')} onClick={leave}>
        ✕ {t('present.exit')}
      </button>
      <PresentMarks />
      <AssessmentPanel />
      {/* One stack, so the hint sits above the steps however many lines either takes (a long "no views" text wraps). */}
      <div className="presentation__bottom" data-present-inset="bottom">
        <p className="presentation__focus" aria-live="polite">
          {focusName ? t('present.focused', { name: focusName }) : t('present.clickHint')}
        </p>
        <nav className="presentation__steps" aria-label={t('present.steps')}>
          {count > 0 ? (
            <button type="button" aria-label={t('present.previous')} title={t('present.previous')} disabled={step <= 1} onClick={() => actions.step(-1)}>
              ◀
            </button>
          ) : null}
          <p className={count > 0 ? 'presentation__where' : 'presentation__where presentation__where--hint'} aria-live="polite" data-testid="presentation-step">
            {where}
          </p>
          {count > 0 ? (
            <button type="button" aria-label={t('present.next')} title={t('present.next')} disabled={step >= count} onClick={() => actions.step(1)}>
              ▶
            </button>
          ) : null}
        </nav>
      </div>
    </section>
  );
}
