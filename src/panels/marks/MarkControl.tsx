import './marks.css';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MARK_VERDICTS, ownMark, removeMark, setMark, setMarkNote, targetKey, type MapDoc, type MarkTarget } from '../../model';
import { useEditorStoreApi } from '../../store/EditorStoreContext';

/**
 * Drop / renew / keep for one actor, service or relation: three toggle buttons
 * (the letter and the word, so colour is never the only cue) and, once marked,
 * a short note. Each click is one undo step; typing the note coalesces.
 */
export function MarkControl({ map, target, compact = false, label }: { map: MapDoc; target: MarkTarget; compact?: boolean; label?: string }) {
  const { t } = useTranslation();
  const store = useEditorStoreApi();
  const apply = store.getState().apply;
  const mark = ownMark(map, target);
  const key = targetKey(target);
  const [draft, setDraft] = useState(mark?.note ?? '');
  useEffect(() => setDraft((d) => (d.trim() === (mark?.note ?? '') ? d : (mark?.note ?? ''))), [mark?.note]);
  const heading = label ?? t('marks.heading');
  return (
    <fieldset className={`field mark-control${compact ? ' mark-control--compact' : ''}`} data-testid="mark-control" data-target={key}>
      <legend className={compact ? 'visually-hidden' : undefined}>
        {heading}
        {compact ? null : (
          <>
            {' '}
            <kbd className="muted">M</kbd>
          </>
        )}
      </legend>
      <div className="mark-control__choices">
        {MARK_VERDICTS.map((verdict) => {
          const pressed = mark?.verdict === verdict;
          return (
            <button
              key={verdict}
              type="button"
              className={`toggle-chip mark-chip mark-chip--${verdict}`}
              aria-pressed={pressed}
              data-verdict={verdict}
              aria-label={t(`mark.verdict.${verdict}`)}
              // Pressing the chosen verdict again takes the mark away.
              title={pressed ? t('marks.remove') : t(`mark.verdict.${verdict}`)}
              onClick={() => apply((m) => (pressed && mark ? removeMark(m, mark.id) : setMark(m, { target, verdict })))}
            >
              {compact ? t(`marks.letter.${verdict}`) : t(`mark.verdict.${verdict}`)}
            </button>
          );
        })}
      </div>
      {mark ? (
        <label className="field field--bare mark-control__note">
          <span className="visually-hidden">{t('marks.note')}</span>
          <input
            value={draft}
            placeholder={t('marks.notePlaceholder')}
            maxLength={200}
            data-testid="mark-note"
            onChange={(e) => {
              setDraft(e.target.value);
              apply((m) => setMarkNote(m, mark.id, e.target.value), { coalesce: `mark:${mark.id}:note` });
            }}
          />
        </label>
      ) : null}
    </fieldset>
  );
}
