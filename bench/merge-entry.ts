/** What the benchmark needs from the merge model, bundled for Node by vite.merge.config.ts. */
export { mergeMaps, planMerge, NO_DECISIONS } from '../src/model/merge';
export { regionOfManyMaps } from '../src/model/merge/fixtures';
export { toMapJson } from '../src/model/serialise';
