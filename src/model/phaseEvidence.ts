/**
 * What the map itself shows about the phase of networking (issue 12), read from
 * the whole map or a part of it (a set of actors). Each rule below looks at one
 * figure and names the phases it fits; the suggestion is the phases most rules
 * agree on. It is shown beside the group's own choice and never overrules it:
 * a map shows who knows whom, not the shared goal or the young person's path.
 * The thresholds are documented in docs/training.md; keep the two in step.
 */
import type { MapDoc } from './schema';
import { NETWORK_PHASES, type NetworkPhase } from './vocabulary';

export interface PhaseFigures {
  /** Actors in the part. */
  actors: number;
  /** Actors of the part with no relation to another actor of the part. */
  isolated: number;
  /** Relations with both ends in the part. */
  relations: number;
  /** Of those, drawn both ways (↔). */
  mutual: number;
  /** Of those, drawn one way (→ or ←). */
  oneWay: number;
  /** Separate parts the connected actors fall into (isolated actors not counted). */
  parts: number;
  /** Linked pairs of actors as a share of all possible pairs, 0–1. */
  density: number;
  /** Actors with at least one service recorded. */
  withServices: number;
}

export type EvidenceKind = 'isolated' | 'direction' | 'parts' | 'density' | 'services';

/** One rule's reading: which figure, the numbers to say it in words, and the phases it fits. */
export interface EvidenceReason {
  kind: EvidenceKind;
  from: NetworkPhase;
  to: NetworkPhase;
  /** Numbers for the sentence: counts, and percentages rounded to whole numbers. */
  values: Record<string, number>;
}

export interface PhaseEvidence {
  figures: PhaseFigures;
  reasons: EvidenceReason[];
  /** The phases most rules agree on; null when the part is too small to say anything. */
  fits: { from: NetworkPhase; to: NetworkPhase } | null;
  /** True when the rules disagree so much that the best phases are not next to each other. */
  mixed: boolean;
}

const range = (from: NetworkPhase, to: NetworkPhase) => ({ from, to });
const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((100 * part) / whole));

/** The figures of the part `actorIds` of `map` (unknown ids ignored); all actors when `actorIds` is missing. */
export function phaseFigures(map: MapDoc, actorIds?: readonly string[]): PhaseFigures {
  const inPart = new Set(actorIds ?? map.actors.map((a) => a.id));
  const actors = map.actors.filter((a) => inPart.has(a.id));
  const ids = new Set(actors.map((a) => a.id));
  const relations = map.relations.filter((r) => r.source !== r.target && ids.has(r.source) && ids.has(r.target));
  const mutual = relations.filter((r) => r.direction === 'both').length;

  // Union–find over the part's actors: separate parts and pairs in one pass.
  const parent = new Map<string, string>([...ids].map((id) => [id, id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  const linked = new Set<string>();
  const pairs = new Set<string>();
  for (const r of relations) {
    linked.add(r.source);
    linked.add(r.target);
    pairs.add(r.source < r.target ? `${r.source}\n${r.target}` : `${r.target}\n${r.source}`);
    parent.set(find(r.source), find(r.target));
  }
  const roots = new Set([...linked].map(find));
  const n = actors.length;
  return {
    actors: n,
    isolated: n - linked.size,
    relations: relations.length,
    mutual,
    oneWay: relations.length - mutual,
    parts: roots.size,
    density: n < 2 ? 0 : pairs.size / ((n * (n - 1)) / 2),
    withServices: actors.filter((a) => a.services.length > 0).length,
  };
}

/** Each rule, when the part is large enough for it to mean something. */
function readings(f: PhaseFigures): EvidenceReason[] {
  const out: EvidenceReason[] = [];
  if (f.actors >= 3) {
    // Many actors with no relation at all: actors and services apart (I), the essential ones only being recognised (II).
    const share = f.isolated / f.actors;
    const fits = share >= 0.25 ? range(1, 2) : share >= 0.1 ? range(2, 3) : range(3, 5);
    out.push({ kind: 'isolated', ...fits, values: { count: f.isolated, total: f.actors, percent: percent(f.isolated, f.actors) } });
  }
  if (f.relations >= 3) {
    // One-way relations: someone knows of someone. Mutual ones: actors get to know each other (IV).
    const share = f.mutual / f.relations;
    const fits = share < 0.3 ? range(1, 2) : share < 0.6 ? range(2, 4) : range(4, 5);
    out.push({
      kind: 'direction',
      ...fits,
      values: {
        oneWay: f.oneWay,
        mutual: f.mutual,
        total: f.relations,
        oneWayPercent: percent(f.oneWay, f.relations),
        mutualPercent: percent(f.mutual, f.relations),
      },
    });
  }
  if (f.actors - f.isolated >= 4) {
    // Separate clusters: cooperation inside circles that do not meet; one connected whole is needed from phase III on.
    const fits = f.parts >= 3 ? range(1, 2) : f.parts === 2 ? range(2, 3) : range(3, 5);
    out.push({ kind: 'parts', ...fits, values: { count: f.parts } });
  }
  if (f.actors >= 4) {
    const fits = f.density < 0.1 ? range(1, 2) : f.density < 0.25 ? range(2, 4) : range(3, 5);
    out.push({ kind: 'density', ...fits, values: { percent: Math.round(100 * f.density) } });
  }
  if (f.actors >= 3) {
    // Services recorded for the actors: the group knows what the others offer (IV: getting to know each other's services).
    const share = f.withServices / f.actors;
    const fits = share >= 0.5 ? range(4, 5) : share >= 0.2 ? range(2, 4) : range(1, 3);
    out.push({ kind: 'services', ...fits, values: { count: f.withServices, total: f.actors, percent: percent(f.withServices, f.actors) } });
  }
  return out;
}

/** The phases the (part of the) map fits, with the reasons. */
export function phaseEvidence(map: MapDoc, actorIds?: readonly string[]): PhaseEvidence {
  const figures = phaseFigures(map, actorIds);
  const reasons = readings(figures);
  if (reasons.length < 2) return { figures, reasons, fits: null, mixed: false };
  const votes = NETWORK_PHASES.map((p) => reasons.filter((r) => r.from <= p && p <= r.to).length);
  const best = Math.max(...votes);
  const top = NETWORK_PHASES.filter((_, i) => votes[i] === best);
  const from = top[0]!;
  const to = top[top.length - 1]!;
  return { figures, reasons, fits: { from, to }, mixed: top.length !== to - from + 1 };
}

/** How the group's phase sits against what the map shows: within the suggestion, above it or below it. */
export function compareWithMap(evidence: PhaseEvidence, phase: NetworkPhase): 'within' | 'above' | 'below' | 'unknown' {
  if (!evidence.fits) return 'unknown';
  if (phase > evidence.fits.to) return 'above';
  if (phase < evidence.fits.from) return 'below';
  return 'within';
}
