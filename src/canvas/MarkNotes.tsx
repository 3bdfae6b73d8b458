import './markNotes.css';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { MARK_VERDICTS, type Mark, type MarkVerdict } from '../model';
import { useEditor } from '../store/EditorStoreContext';

const NO_MARKS: readonly Mark[] = [];

/** The marks on an actor or its services (the same mark objects each time, so the selector's shallow compare holds). */
export function useActorMarks(actorId: string): readonly Mark[] {
  return useEditor(
    useShallow((s) => {
      const marks = s.map?.marks;
      if (!marks || marks.length === 0) return NO_MARKS;
      return marks.filter((m) => (m.target.kind === 'actor' ? m.target.id : m.target.kind === 'service' ? m.target.actor : undefined) === actorId);
    }),
  );
}

/** The marks on a relation. */
export function useRelationMarks(relationId: string): readonly Mark[] {
  return useEditor(
    useShallow((s) => {
      const marks = s.map?.marks;
      if (!marks || marks.length === 0) return NO_MARKS;
      return marks.filter((m) => m.target.kind === 'relation' && m.target.id === relationId);
    }),
  );
}

/**
 * Small sticky notes, one per verdict present (on a merged map several people
 * may mark the same thing: "U 2"). The letter and the colour together, never
 * colour alone; the note's words are in its title and its accessible name.
 */
type MarkNotesProps = { marks: readonly Mark[]; className: string; testId?: string };

/**
 * Nothing, and no hook, when there are no marks: every actor on the canvas renders this (and once per service), and
 * a useTranslation per node cost a large map's opening a third of a second (5000 actors).
 */
export function MarkNotes(props: MarkNotesProps) {
  return props.marks.length === 0 ? null : <MarkNotesShown {...props} />;
}

function MarkNotesShown({ marks, className, testId = 'mark-notes' }: MarkNotesProps) {
  const { t } = useTranslation();
  const groups = MARK_VERDICTS.map((verdict) => [verdict, marks.filter((m) => m.verdict === verdict)] as const).filter(([, list]) => list.length > 0);
  return (
    <span className={`mark-notes ${className}`} data-testid={testId}>
      {groups.map(([verdict, list]) => (
        <MarkNote key={verdict} verdict={verdict} count={list.length} text={noteText(t, verdict, list)} />
      ))}
    </span>
  );
}

function noteText(t: TFunction, verdict: MarkVerdict, list: readonly Mark[]): string {
  const name = t(`mark.verdict.${verdict}`);
  const notes = list.map((m) => [m.note, m.author ? t('marks.by', { author: m.author }) : ''].filter(Boolean).join(' ')).filter(Boolean);
  return notes.length > 0 ? t('marks.badgeNote', { verdict: name, note: notes.join('; ') }) : t('marks.badge', { verdict: name });
}

function MarkNote({ verdict, count, text }: { verdict: MarkVerdict; count: number; text: string }) {
  const { t } = useTranslation();
  return (
    <span className={`mark-note mark-note--${verdict}`} data-testid="mark-note" data-verdict={verdict} title={text} role="img" aria-label={text}>
      {t(`marks.letter.${verdict}`)}
      {count > 1 ? <span className="mark-note__count">{count}</span> : null}
    </span>
  );
}

/**
 * The map legend's key to the notes: each verdict the map's marks use, its note and its words. Not a filter (the
 * lens's P–U–S chips are: they keep what is marked, while legend entries hide what they stand for).
 */
export function MarkLegendGroup() {
  const { t } = useTranslation();
  const verdicts = useEditor(
    useShallow((s) => {
      const marks = s.map?.marks ?? NO_MARKS;
      return MARK_VERDICTS.filter((v) => marks.some((m) => m.verdict === v));
    }),
  );
  if (verdicts.length === 0) return null;
  return (
    <div role="group" aria-label={t('marks.heading')} className="map-legend__group" data-testid="mark-legend">
      {verdicts.map((verdict) => (
        <span key={verdict} className="map-legend__entry map-legend__entry--static">
          <span className={`mark-note mark-note--${verdict}`} aria-hidden="true">
            {t(`marks.letter.${verdict}`)}
          </span>
          {t(`mark.verdict.${verdict}`).replace(/^\S+\s+–\s+/, '')}
        </span>
      ))}
    </div>
  );
}
