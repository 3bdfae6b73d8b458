import { describe, expect, it } from 'vitest';
import { CONTENT_AREAS } from '../model';
import { contrastRatio, edgeWidth, projectorTheme, screenTheme, themes, themeVariables } from './theme';

describe('themes', () => {
  it('gives every area badge text of at least 4.5:1 contrast, in every theme', () => {
    for (const theme of Object.values(themes))
      for (const area of CONTENT_AREAS)
        expect(contrastRatio(theme.areas[area].fill, theme.areas[area].text), `${theme.name} ${area}`).toBeGreaterThanOrEqual(4.5);
  });

  it('no longer uses the employment badge colour that failed axe (white on #b9770e is below 4.5:1)', () => {
    expect(contrastRatio('#b9770e', '#ffffff')).toBeLessThan(4.5);
    expect(Object.values(screenTheme.areas).map((a) => a.fill)).not.toContain('#b9770e');
  });

  it('keeps the badge hues apart (distinct fills)', () => {
    const fills = CONTENT_AREAS.map((a) => screenTheme.areas[a].fill);
    expect(new Set(fills).size).toBe(fills.length);
  });

  it('makes the projector theme larger and thicker than the screen', () => {
    expect(projectorTheme.label.fontSize).toBeGreaterThan(screenTheme.label.fontSize);
    expect(projectorTheme.node.fontSize).toBeGreaterThan(screenTheme.node.fontSize);
    expect(edgeWidth(projectorTheme)).toBeGreaterThan(edgeWidth(screenTheme));
  });

  it('widens a relation with its weight, up to a cap', () => {
    expect(edgeWidth(screenTheme, 2)).toBeGreaterThan(edgeWidth(screenTheme, 1));
    expect(edgeWidth(screenTheme, 100)).toBe(screenTheme.edge.maxWidth);
  });

  it('exposes the colours app.css reads as custom properties', () => {
    const vars = themeVariables(screenTheme);
    expect(vars['--vk-edge']).toBe(screenTheme.edge.colour);
    expect(vars['--vk-area-employment']).toBe(screenTheme.areas.employment.fill);
    expect(vars['--vk-label-font-size']).toBe(`${screenTheme.label.fontSize}px`);
  });

  it('keeps the projector theme readable from the back of a room: text ≥ 7:1, lines and heads ≥ 4.5:1', () => {
    const p = projectorTheme;
    for (const type of ['self', 'person', 'group', 'organisation'] as const) {
      const node = p.node[type];
      expect(contrastRatio(node.fill, node.text), `${type} text`).toBeGreaterThanOrEqual(7);
      expect(contrastRatio(node.fill, node.subText), `${type} secondary text`).toBeGreaterThanOrEqual(7);
      expect(contrastRatio(node.stroke, p.background), `${type} outline`).toBeGreaterThanOrEqual(4.5);
    }
    for (const colour of [p.ink, p.label.methodColour, p.label.weightColour, p.ring.text])
      expect(contrastRatio(colour, p.label.background), colour).toBeGreaterThanOrEqual(7);
    for (const colour of [p.edge.colour, p.edge.selected, p.label.border, p.label.leader, p.tie.colour])
      expect(contrastRatio(colour, p.background), colour).toBeGreaterThanOrEqual(4.5);
  });

  it('tells the projector’s selected arrow from the others by more than hue: blue and orange differ in lightness too', () => {
    expect(contrastRatio(projectorTheme.edge.colour, projectorTheme.edge.selected)).toBeGreaterThanOrEqual(1.5);
  });
});
