/**
 * Size limits for a map. They keep an imported file from freezing the page or
 * filling the browser's storage, while staying far above what a region draws
 * (a regional map of a whole province has a few hundred actors).
 */
export const LIMITS = {
  /** Largest file we try to read at all; 20 MB is ~50× a 1000-actor map. */
  fileBytes: 20 * 1024 * 1024,
  actors: 5000,
  relations: 20000,
  questions: 1000,
  title: 300,
  name: 300,
  /** One topic, method, service name or question. */
  label: 2000,
  /** Notes and reflection answers are longer free text. */
  longText: 20000,
  listItems: 200,
  /** Coordinates beyond this are a broken file, not a big map. */
  coordinate: 1_000_000,
} as const;
