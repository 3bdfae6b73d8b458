import { describe, expect, it } from 'vitest';
import { type CentredBox, curvePoint, insideBox, relationShape } from './geometry';
import { relationBends, relationRoutes } from './routing';
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
    expect(shape.d).toContain('C');
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

describe('relationRoutes on a merged map (the projector review: 19 actors, 17 relations, sizes as measured at 1920 × 1080)', () => {
  const boxes = new Map<string, CentredBox>([
    ['Aino Virtanen', box(55, 196, 93, 22)],
    ['Ohjaamo Kajaani', box(237, -317, 106, 22)],
    ['Mikko, opinto-ohjaaja', box(236, -112, 112, 29)],
    ['Etsivä nuorisotyö', box(413, -7, 108, 22)],
    ['Kuraattori Liisa', box(-302, -16, 100, 22)],
    ['TE-toimisto', box(-122, 91, 83, 22)],
    ['Nuorten työpaja', box(-71, 359, 104, 22)],
    ['Kela Kajaani', box(57, -10, 87, 22)],
    ['Sosiaaliohjaaja Pekka', box(411, 199, 112, 29)],
    ['Oppisopimustoimisto', box(-248, 254, 125, 22)],
    ['Kainuun ammattiopisto', box(50, -438, 112, 29)],
    ['Vanhempainyhdistys', box(170, 571, 123, 22)],
    ['Yrittäjä Jukka', box(-353, -217, 92, 22)],
    ['Bertta', box(415, -213, 62, 22)],
    ['Kajaanin nuorisopalvelut', box(234, 94, 112, 29)],
    ['Cecilia', box(-119, -320, 63, 22)],
    ['Kainuun sote', box(58, -216, 90, 22)],
    ['Daniel', box(-425, 150, 62, 22)],
    ['Kajaanin yrittäjät', box(-121, -115, 109, 22)],
  ]);
  const pairs = [
    ['Aino Virtanen', 'Ohjaamo Kajaani'],
    ['Aino Virtanen', 'Mikko, opinto-ohjaaja'],
    ['Etsivä nuorisotyö', 'Aino Virtanen'],
    ['Aino Virtanen', 'TE-toimisto'],
    ['Kela Kajaani', 'Aino Virtanen'],
    ['Aino Virtanen', 'Nuorten työpaja'],
    ['Aino Virtanen', 'Oppisopimustoimisto'],
    ['Sosiaaliohjaaja Pekka', 'Aino Virtanen'],
    ['TE-toimisto', 'Ohjaamo Kajaani'],
    ['Bertta', 'Kajaanin nuorisopalvelut'],
    ['Bertta', 'Etsivä nuorisotyö'],
    ['Cecilia', 'Ohjaamo Kajaani'],
    ['Kainuun ammattiopisto', 'Cecilia'],
    ['Cecilia', 'Kainuun sote'],
    ['Daniel', 'Nuorten työpaja'],
    ['Oppisopimustoimisto', 'Kajaanin yrittäjät'],
    ['TE-toimisto', 'Daniel'],
  ] as const;
  const relations = pairs.map(([source, target], i) => ({ id: `r${i}`, source, target }));

  /** "A – B runs through C" for every drawn line that enters a third actor's box. */
  function through(routes: Map<string, { bend: number; skew: number }>): string[] {
    return relations.flatMap((rel) => {
      const { bend, skew } = routes.get(rel.id)!;
      const shape = relationShape(boxes.get(rel.source)!, boxes.get(rel.target)!, bend, 'forward', style, skew);
      const hit = new Set<string>();
      for (let i = 0; i <= 400; i++)
        for (const [name, b] of boxes)
          if (name !== rel.source && name !== rel.target && insideBox(curvePoint(shape.curve, shape.t0 + ((shape.t1 - shape.t0) * i) / 400), b, -1))
            hit.add(name);
      return [...hit].map((name) => `${rel.source} – ${rel.target} runs through ${name}`);
    });
  }

  it('bows alone cannot keep these lines out of actors in between (Kela Kajaani and Mikko stand on either side of Aino – Ohjaamo)', () => {
    const bowsOnly = relationRoutes(relations, boxes, { skew: false });
    expect(through(bowsOnly)).toContain('Aino Virtanen – Ohjaamo Kajaani runs through Kela Kajaani');
  });

  it('routes every line around the actors in between, with an S where they stand on both sides', () => {
    const routes = relationRoutes(relations, boxes);
    expect(through(routes)).toEqual([]);
    // Gently: no line swings out more than the largest detour tried.
    for (const { bend, skew } of routes.values()) expect(Math.abs(bend) + Math.abs(skew)).toBeLessThanOrEqual(12 * 34);
    // Lines with a free way stay straight.
    expect(routes.get('r4')).toEqual({ bend: 0, skew: 0 });
  });
});
