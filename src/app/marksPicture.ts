import type { TFunction } from 'i18next';
import { marksSummary, type MapDoc } from '../model';

/**
 * The drop–renew–keep counts for a picture's legend column ("Marks: 5 to drop,
 * 8 to renew, 12 to keep"), over what the picture shows. None without marks.
 */
export function marksNotes(t: TFunction, shown: MapDoc): string[] {
  const summary = marksSummary(shown);
  return summary.total === 0 ? [] : [t('marks.pictureNote', { summary: t('marks.summary', summary.counts) })];
}
