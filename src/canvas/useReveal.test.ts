import { describe, expect, it } from 'vitest';
import { BATCH_BUDGET_MS, nextBatch } from './useReveal';

describe('nextBatch: the reveal follows the time each batch took', () => {
  it('keeps a batch that took its budget', () => {
    expect(nextBatch(100, BATCH_BUDGET_MS)).toBe(100);
  });

  it('shrinks a batch that overran in proportion (a busy machine: 150 ms for 100 nodes)', () => {
    expect(nextBatch(100, 150)).toBe(40);
  });

  it('grows after a quick frame, at most doubling at a time', () => {
    expect(nextBatch(100, 20)).toBe(200);
    expect(nextBatch(100, BATCH_BUDGET_MS / 1.5)).toBe(150);
  });

  it('stays within bounds, also for a frame of no measurable length', () => {
    expect(nextBatch(30, 10_000)).toBe(20);
    expect(nextBatch(350, 0)).toBe(400);
  });
});
