/**
 * Phase-of-networking assessments (issue 12): where a group says its regional
 * network, or a part of it chosen as a set of actors, stands in the phases
 * I–V, with a short justification. Several per map. Pure commands; each is one
 * undo step in the store.
 */
import { newId } from './ids';
import type { MapDoc, PhaseAssessment } from './schema';
import type { NetworkPhase } from './vocabulary';

const ROMAN = { 1: 'I', 2: 'II', 3: 'III', 4: 'IV', 5: 'V' } as const;

/** 3 → "III": how the training writes the phases. */
export function romanPhase(phase: NetworkPhase): string {
  return ROMAN[phase];
}

/** "I–II", or "III" when the range is one phase. */
export function phaseRange(from: NetworkPhase, to: NetworkPhase): string {
  return from === to ? romanPhase(from) : `${romanPhase(from)}–${romanPhase(to)}`;
}

/** True when the assessment is about the whole map (no part, or an empty one). */
export function isWholeMap(assessment: PhaseAssessment): boolean {
  return !assessment.actors || assessment.actors.length === 0;
}

/**
 * The actor ids an assessment is about, as the map has them now: all actors
 * for the whole map; for a part, its ids that still resolve (unknown ids from a
 * hand-edited file are ignored, never rejected).
 */
export function phaseScope(map: MapDoc, assessment: PhaseAssessment): string[] {
  if (isWholeMap(assessment)) return map.actors.map((a) => a.id);
  const known = new Set(map.actors.map((a) => a.id));
  return [...new Set(assessment.actors)].filter((id) => known.has(id));
}

/** The assessment the title chip shows: the first one of the whole map, else the first of a part. */
export function headlinePhase(map: MapDoc): PhaseAssessment | undefined {
  const phases = map.phases ?? [];
  return phases.find(isWholeMap) ?? phases[0];
}

export interface PhaseInput {
  phase: NetworkPhase;
  justification?: string;
  name?: string;
  actors?: readonly string[];
}

function clean(input: Partial<PhaseInput>): Partial<PhaseAssessment> {
  const out: Partial<PhaseAssessment> = {};
  if (input.phase !== undefined) out.phase = input.phase;
  if (input.justification !== undefined) out.justification = input.justification;
  if (input.name !== undefined) out.name = input.name.trim();
  if (input.actors !== undefined) out.actors = [...new Set(input.actors)];
  return out;
}

/** Add an assessment (the whole map when `actors` is missing or empty). */
export function addPhase(map: MapDoc, input: PhaseInput, id = newId()): { map: MapDoc; assessment: PhaseAssessment } {
  const assessment = dropEmpty({ id, ...clean(input) } as PhaseAssessment);
  return { map: { ...map, phases: [...(map.phases ?? []), assessment] }, assessment };
}

/** Change an assessment's phase, justification, name or part. Same map when nothing changes. */
export function updatePhase(map: MapDoc, id: string, patch: Partial<PhaseInput>): MapDoc {
  const phases = map.phases ?? [];
  const index = phases.findIndex((p) => p.id === id);
  if (index < 0) return map;
  const before = phases[index]!;
  const after = dropEmpty({ ...before, ...clean(patch) });
  if (JSON.stringify(after) === JSON.stringify(before)) return map;
  return { ...map, phases: phases.map((p, i) => (i === index ? after : p)) };
}

export function removePhase(map: MapDoc, id: string): MapDoc {
  const phases = map.phases ?? [];
  if (!phases.some((p) => p.id === id)) return map;
  const rest = phases.filter((p) => p.id !== id);
  if (rest.length > 0) return { ...map, phases: rest };
  const { phases: _gone, ...without } = map;
  return without;
}

/** Empty optional texts and lists are left out, so a file says only what the group said. */
function dropEmpty(assessment: PhaseAssessment): PhaseAssessment {
  const out = { ...assessment };
  if (!out.justification) delete out.justification;
  if (!out.name) delete out.name;
  if (!out.actors || out.actors.length === 0) delete out.actors;
  return out;
}
