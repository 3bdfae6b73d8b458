/** The shapes passed between the merge steps and to the merge dialog. */
import type { MapDoc } from '../schema';
import type { MatchProposal } from './proposeMatches';

/**
 * Identifies one actor of one source map: `${mapIndex}:${actorId}`, where
 * mapIndex is the position in the `sources` array given to `planMerge` and
 * `mergeMaps`. The index (not the map id) keeps keys unambiguous when the same
 * map is given twice or an id contains ":"; keep the sources in the same order
 * between planning and merging.
 */
export type ActorKey = string;

/** One actor of a source map as the merge sees it. */
export interface PlannedActor {
  key: ActorKey;
  mapIndex: number;
  mapId: string;
  actorId: string;
  /** The name it carries in the merged map: for "me", the map's author (see `mergeName`). */
  name: string;
  /** `normaliseName(name)`; missing for a "me" of a map without author, which never merges by name. */
  nameKey?: string;
  /** Whether it is the "me" of a personal map. */
  self: boolean;
}

/** What `planMerge` found before the user decides anything. */
export interface MergePlan {
  actors: PlannedActor[];
  /** Actors that become one without asking (same id or same normalised name, see `planMerge`), in source order. */
  groups: ActorKey[][];
  /** Probable duplicates between different groups, best first, for the user to accept or reject. */
  proposals: MatchProposal[];
}

/** The user's answers in the merge dialog. Unknown ids and keys are ignored. */
export interface MergeDecisions {
  /** Proposal ids to merge. */
  accepted: readonly string[];
  /** Proposal ids not to merge; listed so the dialog can show them as answered. Wins over `accepted`. */
  rejected: readonly string[];
  /** Pairs of actors the user joined by hand. */
  joins: readonly (readonly [ActorKey, ActorKey])[];
  /** Actors taken out of their automatic group (they stay alone unless accepted or joined). */
  splits: readonly ActorKey[];
}

export const NO_DECISIONS: MergeDecisions = { accepted: [], rejected: [], joins: [], splits: [] };

export interface MergeOptions {
  title: string;
  region?: string;
  /** Who merged, e.g. the facilitator. */
  author?: string;
  now?: Date;
  /** Id source for the new map and for elements whose source id is taken; defaults to random UUIDs. */
  newId?: () => string;
  /**
   * The plan shown to the user, from `planMerge` of the same sources in the same
   * order. Passing it skips recomputing the fuzzy proposals on every preview;
   * a plan whose actors do not match the sources is ignored and recomputed.
   */
  plan?: MergePlan;
}

/** What happened, for the summary after merging. */
export interface MergeReport {
  /** Distinct source maps (the same map id given twice counts once). */
  sourceCount: number;
  sourceActorCount: number;
  sourceRelationCount: number;
  actorCount: number;
  relationCount: number;
  questionCount: number;
  /** Source actors that became part of another actor by the automatic rules (same id or name). */
  autoMerged: number;
  /** Source actors that became part of another actor by accepted proposals and joins. */
  userMerged: number;
  /** Source relations whose two ends became one actor: a relation of an actor with itself is dropped. */
  droppedSelfLoops: number;
  /** Source relations naming an actor the map does not have (an invalid source). */
  droppedDangling: number;
  /** Elements left out to stay within `LIMITS`; all zero in any realistic merge. */
  truncated: { actors: number; relations: number; questions: number; labels: number };
}

export interface MergeResult {
  map: MapDoc;
  report: MergeReport;
  /** Where each source actor went: actor key → id of the merged actor. */
  actorIdByKey: ReadonlyMap<ActorKey, string>;
}
