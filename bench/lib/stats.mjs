/** Median of the numbers given, ignoring missing ones; null when there are none. */
export function median(values) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The value at `path` (e.g. "png.ms") in each run, for median(). */
export const pluck = (runs, path) => runs.map((run) => path.split('.').reduce((value, key) => value?.[key], run));

/** Largest of the numbers given, ignoring missing ones; null when there are none. */
export function maximum(values) {
  const present = values.filter((v) => typeof v === 'number' && Number.isFinite(v));
  return present.length ? Math.max(...present) : null;
}
