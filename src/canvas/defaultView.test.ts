import { describe, expect, it } from 'vitest';
import { addActor, createMap, type MapDoc } from '../model';
import { fitZoom, openingViewport, READABLE_ZOOM, TOUCH_READABLE_ZOOM } from './defaultView';

function personal(actors: number): MapDoc {
  let map = createMap({ kind: 'personal', title: 'T', author: 'Aino' });
  for (let i = 0; i < actors; i++) map = addActor(map, { type: 'person', name: `P${i}`, ring: ((i % 3) + 1) as 1 | 2 | 3 }).map;
  return map;
}

describe('openingViewport', () => {
  it('never opens a personal map below the readable zoom on a laptop, and centres "me"', () => {
    const map = personal(20);
    const view = openingViewport(map, 1006, 700, { touch: false, centre: { x: 0, y: 0 } });
    expect(view.zoom).toBe(READABLE_ZOOM);
    expect(view.x).toBeCloseTo(503);
    expect(view.y).toBeCloseTo(350);
  });
  it('uses the touch floor on touch screens', () => {
    expect(openingViewport(personal(10), 390, 400, { touch: true }).zoom).toBe(TOUCH_READABLE_ZOOM);
  });
  it('frames the whole map when the screen is large enough', () => {
    const map = personal(10);
    const view = openingViewport(map, 1920, 1400, { touch: false });
    expect(view.zoom).toBeGreaterThan(READABLE_ZOOM);
    expect(view.zoom).toBeCloseTo(fitZoom({ x: 0, y: 0, width: 1160, height: 1160 }, 1920, 1400), 1);
  });
  it('frames a regional map whole, however small that makes it', () => {
    const map = { ...createMap({ kind: 'regional', title: 'R' }) };
    let m = map;
    for (let i = 0; i < 50; i++) m = addActor(m, { type: 'organisation', name: `O${i}`, position: { x: i * 300, y: 0 } }).map;
    expect(openingViewport(m, 1000, 700, { touch: false }).zoom).toBeLessThan(0.3);
  });
});
