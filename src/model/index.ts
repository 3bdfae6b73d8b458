export * from './schema';
export * from './vocabulary';
export * from './limits';
export * from './factories';
export * from './commands';
export * from './rings';
export * from './sectors';
export * from './placement';
export * from './traits';
export * from './view';
export * from './restore';
export * from './serialise';
export * from './migrations';
export { newId } from './ids';
export { labelKey, tidyLabel } from './labelKey';
export * from './bounds';
export * from './convert';
export * from './services';
export * from './backup';
// Not re-exported here on purpose: './merge' and './layout' are imported directly
// by the code that needs them, so bundlers keep them out of the initial load.
export * from './search';
export * from './lensFilters';
export * from './views';
