import { describe, expect, it } from 'vitest';
import { RING_RADII, sectorAtAngle } from '../model';
import { nameBox, sectorGeometry, sectorNamesInView } from './sectors';

const centre = { x: 0, y: 0 };
const widths = { everyday: 40, education: 80, employment: 120 };
const FONT = 15;

describe('sector names in view', () => {
  it('keeps the names outside the outer ring when the whole picture is in view', () => {
    const view = { minX: -2000, minY: -2000, maxX: 2000, maxY: 2000 };
    expect(sectorNamesInView('areas', centre, FONT, widths, view, [])).toEqual(sectorGeometry('areas', centre, FONT).names);
  });

  it('moves a name that would be off view or under the legend inward, into the view, clear of the legend and the actors, in its own wedge', () => {
    // A tablet at zoom 1: about ±330 × ±330 map units around "me", the legend over the bottom right.
    const view = { minX: -320, minY: -320, maxX: 320, maxY: 320 };
    const legend = { minX: -30, minY: 130, maxX: 320, maxY: 320 };
    const actor = { minX: 150, minY: -60, maxX: 330, maxY: 0 };
    const spots = sectorNamesInView('areas', centre, FONT, widths, view, [legend], [actor]);
    for (const spot of spots) {
      const box = nameBox(spot, widths[spot.sector as keyof typeof widths], FONT);
      expect(box.minX).toBeGreaterThanOrEqual(view.minX);
      expect(box.maxX).toBeLessThanOrEqual(view.maxX);
      expect(box.minY).toBeGreaterThanOrEqual(view.minY);
      expect(box.maxY).toBeLessThanOrEqual(view.maxY);
      for (const other of [legend, actor])
        expect(box.maxX <= other.minX || box.minX >= other.maxX || box.maxY <= other.minY || box.minY >= other.maxY).toBe(true);
      const mid = { x: (box.minX + box.maxX) / 2, y: (box.minY + box.maxY) / 2 };
      expect(sectorAtAngle(Math.atan2(mid.y, mid.x), 'areas')).toBe(spot.sector);
      expect(Math.hypot(spot.x, spot.y)).toBeLessThan(RING_RADII[3]);
    }
  });

  it('falls back to a spot over an actor rather than none, and to the usual spot when nothing fits', () => {
    const view = { minX: -320, minY: -320, maxX: 320, maxY: 320 };
    const everywhere = { minX: -1000, minY: -1000, maxX: 1000, maxY: 1000 };
    const overActors = sectorNamesInView('areas', centre, FONT, widths, view, [], [everywhere]);
    expect(overActors.every((s) => Math.hypot(s.x, s.y) < RING_RADII[3])).toBe(true);
    expect(sectorNamesInView('areas', centre, FONT, widths, view, [everywhere])).toEqual(sectorGeometry('areas', centre, FONT).names);
  });
});
