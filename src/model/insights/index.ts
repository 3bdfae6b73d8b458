/**
 * Network insights (issue 9, docs/insights.md). Not re-exported from model/index:
 * it pulls in graphology, so only the worker and the code that needs it import it.
 */
export { computeInsights } from './computeInsights';
export { relationsAmong, relationsOf } from './emphasis';
export { MAX_SIZE_SCALE, SIZE_FIGURES, type SizeFigure, sizeScale } from './sizeScale';
export type { ActorFigures, Insights, MergedFigures } from './types';
