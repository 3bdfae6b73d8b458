import type { TFunction } from 'i18next';
import { MARK_VERDICTS, marksSummary, type MapDoc, type MarkVerdict } from '../model';
import type { LegendTexts } from '../render/legend';
import type { MarkLetters } from '../render/markNotes';

/**
 * The drop–renew–keep counts for a picture's legend column ("Marks: 5 to drop,
 * 8 to renew, 12 to keep"), over what the picture shows. None without marks.
 */
export function marksNotes(t: TFunction, shown: MapDoc): string[] {
  const summary = marksSummary(shown);
  return summary.total === 0 ? [] : [t('marks.pictureNote', { summary: t('marks.summary', summary.counts) })];
}

const byVerdict = <T>(f: (verdict: MarkVerdict) => T) => Object.fromEntries(MARK_VERDICTS.map((v) => [v, f(v)])) as Record<MarkVerdict, T>;

/** The notes' letters in the reader's language (fi P/U/S, sv S/F/B, en D/R/K), for the picture's notes. */
export const markLetters = (t: TFunction): MarkLetters => byVerdict((v) => t(`marks.letter.${v}`));

/** The legend's key to the notes: "P – pois" without its letter, which the note beside it shows. */
export const marksLegend = (t: TFunction): NonNullable<LegendTexts['marks']> => ({
  title: t('marks.heading'),
  letters: markLetters(t),
  names: byVerdict((v) => t(`mark.verdict.${v}`).replace(/^\S+\s+–\s+/, '')),
});
