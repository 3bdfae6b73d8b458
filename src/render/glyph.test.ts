import { describe, expect, it } from 'vitest';
import { curveBetween } from './geometry';
import { directionGlyph } from './glyph';

const line = (x: number, y: number) => curveBetween({ x: 0, y: 0 }, { x, y }, 0);

describe('directionGlyph', () => {
  it('points where the head is drawn, whatever the stored order', () => {
    // Source left of target: the head of 'forward' is on the right.
    expect(directionGlyph(line(300, 40), 'forward')).toBe('→');
    expect(directionGlyph(line(300, 40), 'backward')).toBe('←');
    // Source right of target (stored Kela → me, drawn right to left): the head points left.
    expect(directionGlyph(line(-300, 40), 'forward')).toBe('←');
    expect(directionGlyph(line(-300, 40), 'backward')).toBe('→');
  });

  it('uses ↓ ↑ on mostly vertical lines (screen y grows downwards)', () => {
    expect(directionGlyph(line(40, 300), 'forward')).toBe('↓');
    expect(directionGlyph(line(40, 300), 'backward')).toBe('↑');
    expect(directionGlyph(line(-40, -300), 'forward')).toBe('↑');
  });

  it('uses ↔ or ↕ for both directions, by the line’s heading', () => {
    expect(directionGlyph(line(-300, 10), 'both')).toBe('↔');
    expect(directionGlyph(line(10, -300), 'both')).toBe('↕');
  });

  it('follows the chord of a bent line, not its bulge', () => {
    expect(directionGlyph(curveBetween({ x: 0, y: 0 }, { x: 400, y: 0 }, 150), 'forward')).toBe('→');
  });
});
