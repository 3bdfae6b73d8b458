/** Merging many maps into one regional map: plan, decide, merge. */
export { normaliseName, tidyName } from './normaliseName';
export { compareNames, toComparable, MIN_DIFFERENCE_SCORE, type ComparableName, type MatchReason, type NameComparison } from './compareNames';
export { proposeMatches, proposalId, type MatchCandidate, type MatchProposal } from './proposeMatches';
export { actorKey, mergeName, planMerge, resolveGroups, MIN_GLOBAL_ID_LENGTH } from './plan';
export { mergeMaps } from './mergeMaps';
export { sourceRefOf } from './provenance';
export { closenessTies, hasCloseness, ringCounts, type ClosenessTie, type RingCounts } from './closeness';
export {
  NO_DECISIONS,
  type ActorKey,
  type MergeDecisions,
  type MergeOptions,
  type MergePlan,
  type MergeReport,
  type MergeResult,
  type PlannedActor,
} from './types';
