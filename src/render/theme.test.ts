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
});
