/** What is focused, and how far: widen to two steps and back, hide instead of dim, clear. */
import { useTranslation } from 'react-i18next';
import { useEditor, useEditorStoreApi } from '../../store/EditorStoreContext';

/** Two steps out is as far as a room can follow; one step is the actor and its direct relations. */
export const MAX_FOCUS_DEPTH = 2;

export function FocusControls() {
  const { t } = useTranslation();
  const store = useEditorStoreApi();
  const focus = useEditor((s) => s.focus);
  const hideOthers = useEditor((s) => s.hideOthers);
  const name = useEditor((s) => (s.focus ? s.map?.actors.find((a) => a.id === s.focus!.actor)?.name : undefined));
  const setDepth = (depth: number) => focus && store.getState().setFocus({ ...focus, depth });
  return (
    <section className="lens-section" aria-labelledby="lens-focus-heading">
      <h3 id="lens-focus-heading">{t('lens.focus.heading')}</h3>
      <p className="lens-focus__state" data-testid="lens-focus-state">
        {focus && name ? t('lens.focus.on', { name, count: focus.depth }) : t('lens.focus.none')}
      </p>
      {focus ? (
        <div className="lens-row">
          <button type="button" onClick={() => setDepth(focus.depth + 1)} disabled={focus.depth >= MAX_FOCUS_DEPTH}>
            {t('lens.focus.widen')}
          </button>
          <button type="button" onClick={() => setDepth(focus.depth - 1)} disabled={focus.depth <= 1}>
            {t('lens.focus.narrow')}
          </button>
          <button type="button" onClick={() => store.getState().setFocus(null)}>
            {t('lens.focus.clear')}
          </button>
        </div>
      ) : null}
      {/* Always offered: it also applies to the next focus or search. */}
      <label className="lens-check">
        <input type="checkbox" checked={hideOthers} onChange={(e) => store.getState().setHideOthers(e.target.checked)} />
        {t('lens.focus.hideOthers')}
      </label>
    </section>
  );
}
