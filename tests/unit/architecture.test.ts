import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findCycles, importGraph, layerOf } from './importGraph';

/**
 * Data flows one way: model → render / store → views, with storage and io at the
 * edges (STYLE.md). Each layer may import only the layers listed here; anything
 * else is an import upward or sideways and fails this test.
 */
const ALLOWED: Record<string, readonly string[]> = {
  model: [],
  render: ['model'],
  store: ['model'],
  storage: ['model'],
  i18n: ['model'],
  io: ['model', 'render'],
  shell: ['model', 'storage', 'io', 'i18n'],
  canvas: ['model', 'render', 'store', 'i18n'],
  panels: ['model', 'render', 'store', 'storage', 'io', 'i18n', 'canvas', 'shell'],
  app: ['model', 'render', 'store', 'storage', 'io', 'i18n', 'canvas', 'panels', 'shell'],
  main: ['app', 'i18n', 'shell'],
  workers: ['model'],
};

const root = fileURLToPath(new URL('../..', import.meta.url));
const graph = importGraph(root);

describe('the import graph of src/', () => {
  it('has been read (the test looks at real modules)', () => {
    expect(graph.size).toBeGreaterThan(50);
    expect(graph.get('src/model/index.ts')).toContain('src/model/schema.ts');
  });

  it('has no cycles, static or dynamic', () => {
    expect(findCycles(graph).map((cycle) => cycle.join(' → '))).toEqual([]);
  });

  it('imports only downward: each layer uses only the layers below it', () => {
    const violations: string[] = [];
    for (const [from, targets] of graph) {
      const layer = layerOf(from);
      const allowed = ALLOWED[layer];
      if (!allowed) {
        violations.push(`${from}: layer "${layer}" is not in the architecture test's list`);
        continue;
      }
      for (const to of targets) {
        const target = layerOf(to);
        if (target !== layer && !allowed.includes(target)) violations.push(`${from} → ${to}`);
      }
    }
    expect(violations).toEqual([]);
  });
});

describe('findCycles', () => {
  it('finds a cycle of three and none in a tree', () => {
    expect(
      findCycles(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
        ]),
      ),
    ).toEqual([['a', 'b', 'c', 'a']]);
    expect(
      findCycles(
        new Map([
          ['a', ['b', 'c']],
          ['b', ['c']],
          ['c', []],
        ]),
      ),
    ).toEqual([]);
  });
});
