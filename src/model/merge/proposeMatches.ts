/**
 * Probable duplicates for the user to confirm. Names that are equal after
 * `normaliseName` are merged without asking; these are the ones a person has to
 * look at: "Kainuun TE-toimisto" / "TE-toimisto Kainuu", "Ohjaamo, Kajaani" /
 * "Ohjaamo Kajaani", "Kuraattori" / "Kuratori".
 */
import { compareNames, toComparable, type ComparableName, type MatchReason } from './compareNames';
import { normaliseName } from './normaliseName';

/** An actor to compare, under a key the caller understands (see `actorKey`). */
export interface MatchCandidate {
  key: string;
  name: string;
}

/** Two names that probably mean the same actor. */
export interface MatchProposal {
  /**
   * Stable id built from the two normalised names, so a decision still applies
   * when the plan is recomputed (for example after adding one more map).
   */
  id: string;
  /** The first candidate carrying each name. */
  actorKeys: [string, string];
  /** The names as written by that candidate. */
  names: [string, string];
  /** fuzzball similarity, 0–100; 100 for the same words in another order. */
  score: number;
  reason: MatchReason;
}

interface NameEntry {
  normalised: string;
  key: string;
  name: string;
}

/** The id of the proposal between two normalised names (order does not matter). */
export function proposalId(normalisedA: string, normalisedB: string): string {
  // A normalised name has no line breaks (whitespace is collapsed), so "\n" separates unambiguously.
  return normalisedA < normalisedB ? `${normalisedA}\n${normalisedB}` : `${normalisedB}\n${normalisedA}`;
}

function propose(a: NameEntry, b: NameEntry, score: number, reason: MatchReason): MatchProposal {
  const [first, second] = a.normalised < b.normalised ? [a, b] : [b, a];
  return {
    id: proposalId(a.normalised, b.normalised),
    actorKeys: [first.key, second.key],
    names: [first.name, second.name],
    score,
    reason,
  };
}

/**
 * Propose pairs of probable duplicates among the candidates, best first.
 *
 * Each distinct normalised name is compared once, however many maps drew it, so
 * 25 maps × 40 actors cost what their few hundred distinct names cost. Names that
 * reduce to the same words ("Ohjaamo, Kajaani" / "Kajaanin Ohjaamo") are grouped
 * before the pairwise pass for the same reason.
 */
export function proposeMatches(candidates: readonly MatchCandidate[]): MatchProposal[] {
  const entries = new Map<string, NameEntry>();
  for (const { key, name } of candidates) {
    const normalised = normaliseName(name);
    if (normalised && !entries.has(normalised)) entries.set(normalised, { normalised, key, name });
  }
  const forms = new Map<string, { comparable: ComparableName; names: NameEntry[] }>();
  for (const entry of entries.values()) {
    const comparable = toComparable(entry.normalised);
    // Names of punctuation only have no words to compare.
    if (comparable.tokens.length === 0) continue;
    const form = forms.get(comparable.sorted);
    if (form) form.names.push(entry);
    else forms.set(comparable.sorted, { comparable, names: [entry] });
  }

  const proposals: MatchProposal[] = [];
  const formList = [...forms.values()];
  for (const form of formList) {
    form.names.forEach((a, i) => form.names.slice(i + 1).forEach((b) => proposals.push(propose(a, b, 100, 'sameWords'))));
  }
  for (let i = 0; i < formList.length; i++) {
    const a = formList[i]!;
    for (let j = i + 1; j < formList.length; j++) {
      const b = formList[j]!;
      const match = compareNames(a.comparable, b.comparable);
      if (!match) continue;
      for (const x of a.names) for (const y of b.names) proposals.push(propose(x, y, match.score, match.reason));
    }
  }
  return proposals.sort((p, q) => q.score - p.score || (p.id < q.id ? -1 : p.id > q.id ? 1 : 0));
}
