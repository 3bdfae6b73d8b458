/**
 * The phase assessments and the work tool in words, for every place that shows
 * them (the Assessment tab, the title chip, presentation mode, the report
 * picture). Keys are written out literally so the translation test sees them.
 */
import type { TFunction } from 'i18next';
import {
  compareWithMap,
  isWholeMap,
  phaseRange,
  phaseScope,
  romanPhase,
  WORK_TOOL_VERSION,
  workToolCounts,
  type EvidenceReason,
  type MapDoc,
  type NetworkPhase,
  type PhaseAssessment,
  type PhaseEvidence,
  type WorkToolHeading,
  type WorkToolStatus,
} from '../../model';

export function phaseWords(t: TFunction, phase: NetworkPhase): string {
  const words = {
    1: t('phase.words1'),
    2: t('phase.words2'),
    3: t('phase.words3'),
    4: t('phase.words4'),
    5: t('phase.words5'),
  } as const;
  return words[phase];
}

/** "Kajaani (4 actors)" or "The whole map". */
export function partLabel(t: TFunction, map: MapDoc, assessment: PhaseAssessment): string {
  if (isWholeMap(assessment)) return t('phase.scopeWhole');
  return t('phase.part', { name: assessment.name || t('phase.partDefault'), count: phaseScope(map, assessment).length });
}

/** One reason of the map's evidence as a sentence. */
export function reasonLine(t: TFunction, reason: EvidenceReason): string {
  const range = phaseRange(reason.from, reason.to);
  const v = (name: string) => reason.values[name] ?? 0;
  switch (reason.kind) {
    case 'isolated':
      return t('phase.isolated', { count: v('count'), total: v('total'), percent: v('percent'), range });
    case 'direction':
      return t('phase.direction', { oneWayPercent: v('oneWayPercent'), mutualPercent: v('mutualPercent'), range });
    case 'parts':
      return t('phase.parts', { count: v('count'), range });
    case 'density':
      return t('phase.density', { percent: v('percent'), range });
    case 'services':
      return t('phase.services', { count: v('count'), total: v('total'), percent: v('percent'), range });
  }
}

/** What the map reads as ("The map reads as phase I–II."), or that it is too small to say. */
export function fitsLine(t: TFunction, evidence: PhaseEvidence): string {
  if (!evidence.fits) return t('phase.tooSmall');
  const line = t('phase.fits', { range: phaseRange(evidence.fits.from, evidence.fits.to) });
  return evidence.mixed ? `${line} ${t('phase.mixed')}` : line;
}

/** The group's phase against the map's reading, as a question rather than a verdict; empty when the map says nothing. */
export function comparisonLine(t: TFunction, evidence: PhaseEvidence, phase: NetworkPhase): string {
  const values = { phase: romanPhase(phase) };
  switch (compareWithMap(evidence, phase)) {
    case 'within':
      return t('phase.within', values);
    case 'above':
      return t('phase.above', values);
    case 'below':
      return t('phase.below', values);
    case 'unknown':
      return '';
  }
}

/** The picture's lines for the phase assessments: "Phase of networking III (Kajaani (4 actors)): words", and the justification. */
export function phaseReportLines(t: TFunction, map: MapDoc): string[] {
  return (map.phases ?? []).flatMap((p) => {
    const head = phaseHeadLine(t, map, p);
    return p.justification ? [head, t('phase.reportJustification', { text: p.justification })] : [head];
  });
}

/** "Phase of networking III: words", with the part's name when it is a part. */
export function phaseHeadLine(t: TFunction, map: MapDoc, p: PhaseAssessment): string {
  const values = { phase: romanPhase(p.phase), words: phaseWords(t, p.phase), part: partLabel(t, map, p) };
  return isWholeMap(p) ? t('phase.reportWhole', values) : t('phase.reportPart', values);
}

export function headingName(t: TFunction, heading: WorkToolHeading): string {
  const names = {
    network: t('workTool.headingNetwork'),
    multisectoral: t('workTool.headingMultisectoral'),
    guidance: t('workTool.headingGuidance'),
    service: t('workTool.headingService'),
    interaction: t('workTool.headingInteraction'),
  } as const;
  return names[heading];
}

/** An item's words; an item the catalogue does not know (a newer file) by its id. */
export function itemName(t: TFunction, item: string): string {
  const names: Record<string, string> = {
    networkBuilding: t('workTool.item.networkBuilding'),
    networkKnowing: t('workTool.item.networkKnowing'),
    networkProcess: t('workTool.item.networkProcess'),
    ownOrganisation: t('workTool.item.ownOrganisation'),
    interfacesRoles: t('workTool.item.interfacesRoles'),
    commitmentTrust: t('workTool.item.commitmentTrust'),
    enablingAgreements: t('workTool.item.enablingAgreements'),
    multisectoralWork: t('workTool.item.multisectoralWork'),
    lowThresholdGuidance: t('workTool.item.lowThresholdGuidance'),
    servicePath: t('workTool.item.servicePath'),
    leadershipCoordination: t('workTool.item.leadershipCoordination'),
  };
  return Object.hasOwn(names, item) ? names[item]! : t('workTool.unknownItem', { id: item });
}

export function statusName(t: TFunction, status: WorkToolStatus | null): string {
  if (status === null) return t('workTool.notAssessed');
  const names = { inPlace: t('workTool.inPlace'), inProgress: t('workTool.inProgress'), missing: t('workTool.missing') } as const;
  return names[status];
}

/** "4 in place · 2 in progress · 1 missing · 4 not assessed". */
export function workToolSummary(t: TFunction, map: MapDoc): string {
  return t('workTool.summary', workToolCounts(map));
}

/**
 * The picture's lines for the work tool: the counts, then each assessed item
 * with its status when the list is short enough to read on a page.
 */
export function workToolReportLines(t: TFunction, map: MapDoc, maxItems = 12): string[] {
  const items = map.workTool?.items ?? [];
  if (items.length === 0) return [];
  const head = t('workTool.report', { version: map.workTool?.version ?? WORK_TOOL_VERSION, summary: workToolSummary(t, map) });
  if (items.length > maxItems) return [head];
  return [head, ...items.map((i) => t('workTool.reportItem', { status: statusName(t, i.status), item: itemName(t, i.item) }))];
}
