/**
 * The input of renderMapSvg as plain data, so that a worker can draw the picture
 * (io/picture.worker): the label lines and the legend's counted phrases are
 * functions of the translations, which do not cross to a worker, so they are
 * asked for every value the picture can need before it goes.
 */
import { RINGS, type Ring } from '../model';
import type { LegendTexts } from './legend';
import type { MapSvgInput } from './mapSvg';

export type MapSvgJob = Omit<MapSvgInput, 'labelLines' | 'legend'> & {
  labelLines: Record<string, string[]>;
  legend?: Omit<LegendTexts, 'weight' | 'tie'> & { weights: Record<number, string>; ties?: Record<Ring, string> };
};

/** The job of an input. `labelLines` may be given when it was gathered beforehand (in slices). */
export function toMapSvgJob(input: MapSvgInput, labelLines?: Record<string, string[]>): MapSvgJob {
  const { legend, ...rest } = input;
  const lines = labelLines ?? Object.fromEntries(input.map.relations.map((r) => [r.id, input.labelLines(r.id)]));
  if (!legend) return { ...rest, labelLines: lines, legend: undefined };
  const { weight, tie, ...texts } = legend;
  const weights: Record<number, string> = {};
  for (const r of input.map.relations) weights[r.weight ?? 1] ??= weight(r.weight ?? 1);
  return {
    ...rest,
    labelLines: lines,
    legend: { ...texts, weights, ...(tie ? { ties: Object.fromEntries(RINGS.map((ring) => [ring, tie(ring)])) as Record<Ring, string> } : {}) },
  };
}

/** The input again, on the worker's side. */
export function fromMapSvgJob(job: MapSvgJob): MapSvgInput {
  const { legend, labelLines, ...rest } = job;
  const input: MapSvgInput = { ...rest, labelLines: (id) => labelLines[id] ?? [] };
  if (legend) {
    const { weights, ties, ...texts } = legend;
    input.legend = { ...texts, weight: (count) => weights[count] ?? String(count), ...(ties ? { tie: (ring: Ring) => ties[ring] } : {}) };
  }
  return input;
}
