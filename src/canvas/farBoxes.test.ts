import { describe, expect, it } from 'vitest';
import type { Actor } from '../model';
import { screenTheme } from '../render';
import { farBoxAt, farBoxesOf, farBoxIndex, farPaths, nameBoxAt } from './farBoxes';

const actor = (id: string, type: Actor['type'], x: number, y: number, name = `Toimija ${id}`) =>
  ({ id, type, name, position: { x, y }, services: [], areas: [] }) as unknown as Actor;

describe('far-out boxes', () => {
  const a = actor('a', 'person', 100, 50);
  const b = actor('b', 'organisation', 400, 50, 'Kansaneläkelaitoksen palveluneuvonta');

  it('are centred on the actor, measured where known, else an estimate of the drawn box, grown by the size scale', () => {
    const [boxA, boxB] = farBoxesOf([a, b], new Map([['a', { width: 120, height: 44 }]]), screenTheme, { a: 2, b: 1.5 });
    const grow = (name: string, from: number, to: number) => {
      const [x, y] = [nameBoxAt(name, from), nameBoxAt(name, to)];
      return { w: y.width / x.width, h: y.height / x.height };
    };
    const ga = grow(a.name, 1, 2);
    expect(boxA).toMatchObject({ id: 'a', type: 'person', cx: 100, cy: 50 });
    expect(boxA!.hw).toBeCloseTo((120 * ga.w) / 2, 5);
    expect(boxA!.hh).toBeCloseTo((44 * ga.h) / 2, 5);
    // Never measured: the name's box as the canvas draws it, at the scale.
    const estimate = nameBoxAt(b.name, 1.5);
    expect(boxB).toMatchObject({ cx: 400, cy: 50 });
    expect(boxB!.hw).toBeCloseTo(estimate.width / 2, 5);
    expect(boxB!.hh).toBeCloseTo(estimate.height / 2, 5);
  });

  it('a name box at a scale: its text grows and wraps within 155 units (a long word widens it), its padding does not grow', () => {
    // "Toimija 20-25" on one line at scale 1 (182.6 units wide, as Chromium draws it: within a unit), two at 1.8.
    const plain = nameBoxAt('Toimija 20-25', 1);
    expect(plain.height).toBe(44);
    const big = nameBoxAt('Toimija 20-25', 1.8);
    expect(big.width).toBeCloseTo(155 + 69.6, 5);
    expect(big.height).toBeCloseTo(2 * 27 * 1.3 + 18.4, 5);
    // Kela's long first word widens the text past 155; the rest wraps within it (Chromium: 255 × 116, five lines).
    const kela = nameBoxAt('Kansaneläkelaitoksen kuntoutus- ja opiskelijaetuuksien palveluneuvonta, Paltamo 1', 1);
    expect(kela.height).toBeCloseTo(5 * 15 * 1.3 + 18.4, 5);
    expect(Math.abs(kela.width - 255)).toBeLessThan(20);
  });

  it('a size measured at a scale grows by the scale chosen since, not by the whole scale again', () => {
    const [box] = farBoxesOf([a], new Map([['a', { width: 200, height: 80 }]]), screenTheme, { a: 3 }, new Map([['a', 2]]));
    const [x, y] = [nameBoxAt(a.name, 2), nameBoxAt(a.name, 3)];
    expect(box!.hw * 2).toBeCloseTo((200 * y.width) / x.width, 5);
    expect(box!.hh * 2).toBeCloseTo((80 * y.height) / x.height, 5);
  });

  it('are one path per type, dimmed ones first, each rectangle the node’s border box', () => {
    const boxes = farBoxesOf([a, b, actor('c', 'person', 0, 0)], new Map([['a', { width: 120, height: 44 }]]), screenTheme);
    const paths = farPaths(boxes, new Set(['c']));
    expect(paths.map((p) => [p.type, p.dimmed, p.count])).toEqual([
      ['person', true, 1],
      ['person', false, 1],
      ['organisation', false, 1],
    ]);
    expect(paths[1]!.d).toBe('M40 28h120v44h-120z');
  });

  it('a point hits the box it is in, or the nearest within the slack, else none', () => {
    const index = farBoxIndex(farBoxesOf([a, b], new Map([['a', { width: 120, height: 44 }]]), screenTheme));
    expect(farBoxAt(index, 100, 50, 10)?.id).toBe('a');
    expect(farBoxAt(index, 165, 50, 10)?.id).toBe('a');
    expect(farBoxAt(index, 175, 50, 10)).toBeUndefined();
    expect(farBoxAt(index, 400, 60, 0)?.id).toBe('b');
  });
});
