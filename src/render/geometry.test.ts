import { describe, expect, it } from 'vitest';
import { type CentredBox, curvePoint, insideBox, relationBends, relationShape } from './geometry';
import { screenTheme } from './theme';

const box = (cx: number, cy: number, hw = 80, hh = 25): CentredBox => ({ cx, cy, hw, hh });
const style = screenTheme.edge;

describe('relationShape', () => {
  it('puts both heads of ↔ outside the node boxes and their gap', () => {
    const a = box(0, 0);
    const b = box(400, 0);
    const shape = relationShape(a, b, 0, 'both', style);
    expect(shape.heads).toHaveLength(2);
    for (const head of shape.heads) {
      expect(insideBox(head.tip, a, style.gap - 0.5)).toBe(false);
      expect(insideBox(head.tip, b, style.gap - 0.5)).toBe(false);
    }
    expect(shape.heads.map((h) => Math.round(h.tip.x)).sort((x, y) => x - y)).toEqual([80 + style.gap, 400 - 80 - style.gap]);
  });

  it('draws one head for → at the target and for ← at the source', () => {
    const forward = relationShape(box(0, 0), box(400, 0), 0, 'forward', style);
    const backward = relationShape(box(0, 0), box(400, 0), 0, 'backward', style);
    expect(forward.heads).toHaveLength(1);
    expect(forward.heads[0]!.tip.x).toBeGreaterThan(300);
    expect(backward.heads[0]!.tip.x).toBeLessThan(100);
  });

  it('ends a bent line on the curve, outside both boxes', () => {
    const shape = relationShape(box(0, 0), box(400, 0), 40, 'both', style);
    expect(shape.d).toContain('Q');
    expect(insideBox(curvePoint(shape.curve, shape.t0), box(0, 0), style.gap - 0.5)).toBe(false);
    expect(insideBox(curvePoint(shape.curve, shape.t1), box(400, 0), style.gap - 0.5)).toBe(false);
  });
});

describe('relationBends', () => {
  const boxes = new Map([
    ['a', box(0, 0)],
    ['b', box(300, 0)],
    ['c', box(600, 0)],
    ['d', box(0, 300)],
  ]);

  it('keeps a lone relation straight', () => {
    expect(relationBends([{ id: 'r', source: 'a', target: 'd' }], boxes).get('r')).toBe(0);
  });

  it('bends two relations of one pair apart, also when they point opposite ways', () => {
    const same = relationBends(
      [
        { id: 'r1', source: 'a', target: 'b' },
        { id: 'r2', source: 'a', target: 'b' },
      ],
      boxes,
    );
    const opposite = relationBends(
      [
        { id: 'r1', source: 'a', target: 'b' },
        { id: 'r2', source: 'b', target: 'a' },
      ],
      boxes,
    );
    const mid = (bends: Map<string, number>, id: string, s: string, t: string) =>
      curvePoint(relationShape(boxes.get(s)!, boxes.get(t)!, bends.get(id)!, 'forward', style).curve, 0.5);
    expect(Math.abs(mid(same, 'r1', 'a', 'b').y - mid(same, 'r2', 'a', 'b').y)).toBeGreaterThanOrEqual(30);
    expect(Math.abs(mid(opposite, 'r1', 'a', 'b').y - mid(opposite, 'r2', 'b', 'a').y)).toBeGreaterThanOrEqual(30);
  });

  it('routes A–C around B when A, B and C stand in a row', () => {
    const bends = relationBends(
      [
        { id: 'ab', source: 'a', target: 'b' },
        { id: 'bc', source: 'b', target: 'c' },
        { id: 'ac', source: 'a', target: 'c' },
      ],
      boxes,
    );
    expect(bends.get('ab')).toBe(0);
    expect(bends.get('bc')).toBe(0);
    const curve = relationShape(boxes.get('a')!, boxes.get('c')!, bends.get('ac')!, 'forward', style).curve;
    for (let i = 1; i < 40; i++) expect(insideBox(curvePoint(curve, i / 40), boxes.get('b')!)).toBe(false);
  });
});
