import { describe, expect, it } from 'vitest';
import { focusViewport } from './focusViewport';

const box = (x: number, y: number) => ({ x, y, width: 100, height: 40 });
const W = 1000;
const H = 600;

describe('focusViewport', () => {
  it('does not move when the neighbourhood is already on screen', () => {
    expect(focusViewport([box(0, 0), box(300, 200)], box(0, 0), { x: 100, y: 100, zoom: 1 }, W, H)).toBeNull();
  });
  it('pans without zooming in when the neighbourhood fits at the current zoom', () => {
    const v = focusViewport([box(2000, 0), box(2300, 200)], box(2000, 0), { x: 0, y: 0, zoom: 0.5 }, W, H)!;
    expect(v.zoom).toBe(0.5);
    // The neighbourhood's middle (2200, 120) is the view's middle.
    expect(2200 * v.zoom + v.x).toBeCloseTo(W / 2);
    expect(120 * v.zoom + v.y).toBeCloseTo(H / 2);
  });
  it('zooms out to fit, but not below the readable floor', () => {
    const v = focusViewport([box(0, 0), box(1100, 0)], box(0, 0), { x: 0, y: 0, zoom: 1.5 }, W, H)!;
    expect(v.zoom).toBeLessThan(1);
    expect(v.zoom).toBeGreaterThanOrEqual(0.85);
    const far = focusViewport([box(0, 0), box(5000, 0)], box(0, 0), { x: 3000, y: 0, zoom: 1.5 }, W, H)!;
    expect(far.zoom).toBe(0.85);
    // Too wide to show whole: the focused actor is in the middle.
    expect(50 * far.zoom + far.x).toBeCloseTo(W / 2);
  });
  it('never zooms out below a zoom the user already chose lower than the floor', () => {
    const v = focusViewport([box(0, 0), box(20000, 0)], box(0, 0), { x: 5000, y: 0, zoom: 0.3 }, W, H)!;
    expect(v.zoom).toBe(0.3);
  });
});
