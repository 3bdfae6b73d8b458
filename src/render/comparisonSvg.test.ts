import { describe, expect, it } from 'vitest';
import { addActor, compareRounds, createMap, removeElements, startNewRound } from '../model';
import { comparisonShapes } from './comparisonShapes';
import { renderComparisonSvg } from './comparisonSvg';
import { printTheme } from './theme';

describe('the comparison picture', () => {
  it('draws an added actor outlined, a gone one as a dashed ghost, the legend and the words; names are text, never markup', () => {
    const first = addActor(createMap({ kind: 'personal', title: 'Kartta' }), { type: 'organisation', name: '<b>Kela</b>', ring: 2 });
    let next = startNewRound(first.map, { title: (n) => `Kartta (kierros ${n})` });
    next = removeElements(next, { actors: [first.actor.id] });
    next = addActor(next, { type: 'person', name: 'Mentori', ring: 1 }).map;
    const size = () => ({ width: 120, height: 40 });
    const comparison = compareRounds(first.map, next);
    const shapes = comparisonShapes(first.map, next, comparison, size);
    const picture = renderComparisonSvg({
      map: next,
      shapes,
      sizes: new Map(),
      theme: printTheme,
      title: 'Vertailu',
      ringNames: { 1: 'Lähimmät', 2: 'Keskimmäiset', 3: 'Etäisimmät' },
      legend: { title: 'Muutokset', kinds: { added: 'Uudet', gone: 'Poistuneet' } },
      notes: ['Uudet (1): Mentori'],
    });
    expect(picture.svg).toContain('data-change="added"');
    expect(picture.svg).toMatch(/data-change="gone" data-actor="[^"]+"><rect[^>]*stroke-dasharray/);
    expect(picture.svg).toContain('&lt;b&gt;Kela&lt;/b&gt;');
    expect(picture.svg).not.toContain('<b>');
    expect(picture.svg).toContain('Uudet (1): Mentori');
    expect(picture.svg).toContain('data-comparison-legend');
    // The ghost stands where the actor stood: its box is centred on the earlier position.
    const ghost = shapes.find((s) => s.shape === 'actor' && s.change === 'gone');
    expect(ghost?.shape === 'actor' && ghost.box.x + ghost.box.width / 2).toBeCloseTo(first.actor.position!.x);
  });
});
