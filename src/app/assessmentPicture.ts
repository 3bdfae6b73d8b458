/**
 * The training's assessments in a report picture (issue 12): the headline
 * phase in the header beside who drew the map and when, and under the legend
 * the assessments with their justifications and the work tool's counts (with
 * its items when the list is short enough to read).
 */
import type { TFunction } from 'i18next';
import { headlinePhase, romanPhase, type MapDoc } from '../model';
import { phaseReportLines, workToolReportLines } from '../panels/training/assessmentTexts';

/** "Aino · Kainuu · 3 March 2025 · Phase III". */
export function withPhase(t: TFunction, map: MapDoc, subtitle: string): string {
  const headline = headlinePhase(map);
  if (!headline) return subtitle;
  return [subtitle, t('phase.chip', { phase: romanPhase(headline.phase) })].filter(Boolean).join(' · ');
}

export function assessmentNotes(t: TFunction, map: MapDoc): string[] {
  return [...phaseReportLines(t, map), ...workToolReportLines(t, map)];
}
