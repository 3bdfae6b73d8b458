/** Sizing actors by a figure: how much larger each actor is drawn. */
import type { Insights } from './types';

export const SIZE_FIGURES = ['degree', 'betweenness'] as const;
export type SizeFigure = (typeof SIZE_FIGURES)[number];

/** The actor with the highest figure is drawn this many times its normal size: larger crowds the map. */
export const MAX_SIZE_SCALE = 1.8;

/** Scale per actor id: 1 for a figure of 0, MAX_SIZE_SCALE for the highest, linear between. All 1 when every figure is 0. */
export function sizeScale(insights: Pick<Insights, 'figures'>, figure: SizeFigure): Record<string, number> {
  const entries = Object.entries(insights.figures);
  const max = entries.reduce((m, [, f]) => Math.max(m, f[figure]), 0);
  const scale: Record<string, number> = {};
  for (const [id, f] of entries) scale[id] = max > 0 ? 1 + (MAX_SIZE_SCALE - 1) * (f[figure] / max) : 1;
  return scale;
}
