import './markNotes.css';
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
export function MarkNotes({ marks, className, testId = 'mark-notes' }: { marks: readonly Mark[]; className: string; testId?: string }) {
  const { t } = useTranslation();
  if (marks.length === 0) return null;
  const groups = MARK_VERDICTS.map((verdict) => [verdict, marks.filter((m) => m.verdict === verdict)] as const).filter(([, list]) => list.length > 0);
  return (
    <span className={`mark-notes ${className}`} data-testid={testId}>
      {groups.map(([verdict, list]) => (
        <MarkNote key={verdict} verdict={verdict} count={list.length} text={noteText(t, verdict, list)} />
      ))}
    </span>
  );
}

function noteText(t: ReturnType<typeof useTranslation>['t'], verdict: MarkVerdict, list: readonly Mark[]): string {
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
