/** The render layer. The SVG picture (./mapSvg) and its legend are imported directly where needed, so they load only on export. */
export * from './theme';
export * from './geometry';
export * from './routing';
export * from './boxIndex';
export * from './glyph';
export * from './text';
export * from './labels';
export * from './scene';
export * from './steps';
export * from './icons';
export * from './svgText';
