/** Types of graph.mjs for the TypeScript that imports it (tests/unit/sceneGolden.test.ts). */
export const SHAPES: readonly string[];
export function relationCountFor(actors: number): number;
export function generateMap(
  actorCount: number,
  options?: { seed?: number; relationCount?: number; shape?: string },
): { format: string; version: number; exportedAt: string; map: unknown };
