import './marks.css';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { MARK_VERDICTS, markEmphasis, markTargetName, marksSummary, type MapDoc, type Mark } from '../../model';
import { useEditorStoreApi } from '../../store/EditorStoreContext';

/**
 * "5 to drop, 8 to renew, 12 to keep" and, under each verdict, what was marked
 * with its note and author. Each entry is a button that makes the marked thing
 * stand out on the map (the lens's emphasis; Esc clears it). Used in the
 * Assessment tab and, larger, in presentation mode.
 */
export function MarksSummary({ map, headingLevel = 3 }: { map: MapDoc; headingLevel?: 3 | 4 }) {
  const { t } = useTranslation();
  const store = useEditorStoreApi();
  const summary = useMemo(() => marksSummary(map), [map]);
  const actors = useMemo(() => new Map(map.actors.map((a) => [a.id, a])), [map]);
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const show = (mark: Mark) => {
    const name = markTargetName(map, mark.target, actors);
    store.getState().setEmphasis({ ...markEmphasis(map, mark.target), reason: name });
  };
  return (
    <div className="marks-summary" data-testid="marks-summary">
      <p className="marks-summary__counts" data-testid="marks-counts">
        {t('marks.summary', summary.counts)}
      </p>
      {MARK_VERDICTS.map((verdict) => (
        <section key={verdict} className={`marks-summary__group marks-summary__group--${verdict}`} data-verdict={verdict}>
          <Heading>
            <span className={`mark-chip-letter mark-chip-letter--${verdict}`} aria-hidden="true">
              {t(`marks.letter.${verdict}`)}
            </span>{' '}
            {t(`mark.verdict.${verdict}`)} ({summary.counts[verdict]})
          </Heading>
          {summary.byVerdict[verdict].length === 0 ? (
            <p className="muted">{t('marks.none_verdict')}</p>
          ) : (
            <ul>
              {summary.byVerdict[verdict].map((mark) => {
                const name = markTargetName(map, mark.target, actors);
                return (
                  <li key={mark.id}>
                    <button type="button" className="marks-summary__entry" aria-label={t('marks.show', { name })} onClick={() => show(mark)}>
                      <strong>{name}</strong>
                      {mark.note ? <span className="marks-summary__note">{mark.note}</span> : null}
                      {mark.author ? <span className="marks-summary__author">{t('marks.by', { author: mark.author })}</span> : null}
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
