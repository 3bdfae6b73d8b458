import { describe, expect, it } from 'vitest';
import type { CentredBox } from './geometry';
import { DETOUR_BUDGET, lastRoutingWork, PAIR_BUDGET, relationRoutes } from './routing';

describe('relationRoutes within its budget', () => {
  it('a pair with no way around the actors between them leaves the budget to the lines after it', () => {
    const boxes = new Map<string, CentredBox>();
    const relations: { id: string; source: string; target: string }[] = [];
    // Three pairs that face a wall each: no detour clears it, refine searches for the least bad line.
    for (let p = 0; p < 3; p++) {
      const y = p * 4000;
      boxes.set(`l${p}`, { cx: 0, cy: y, hw: 60, hh: 20 });
      boxes.set(`r${p}`, { cx: 800, cy: y, hw: 60, hh: 20 });
      for (let i = -12; i <= 12; i++) boxes.set(`w${p}-${i}`, { cx: 400, cy: y + i * 42, hw: 70, hh: 20 });
      relations.push({ id: `hopeless${p}`, source: `l${p}`, target: `r${p}` });
    }
    // Last, an easy one: a single actor in the middle of its way.
    boxes.set('a', { cx: 0, cy: -9000, hw: 60, hh: 20 });
    boxes.set('b', { cx: 900, cy: -9000, hw: 60, hh: 20 });
    boxes.set('between', { cx: 450, cy: -9000, hw: 60, hh: 20 });
    relations.push({ id: 'easy', source: 'a', target: 'b' });

    const routes = relationRoutes(relations, boxes);
    expect(lastRoutingWork).toBeLessThanOrEqual(DETOUR_BUDGET + PAIR_BUDGET);
    // The easy line still bends around the actor in its way.
    expect(routes.get('easy')!.bend).not.toBe(0);
  });
});
