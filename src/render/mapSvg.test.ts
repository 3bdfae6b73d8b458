import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { addActor, addRelation, createMap, updateRelation } from '../model';
import { finnishLegend } from './fixtures';
import { type MapSvgInput, renderMapSvg } from './mapSvg';
import { printTheme } from './theme';

function sample() {
  let map = createMap({ kind: 'personal', title: 'Kartta <b>', author: 'Aino', selfName: 'Minä' });
  const self = map.actors[0]!;
  const kela = addActor(map, { type: 'organisation', name: '<img src=x onerror=alert(1)>', ring: 3 });
  map = kela.map;
  const rel = addRelation(map, { source: self.id, target: kela.actor.id, direction: 'both' });
  map = updateRelation(rel.map, rel.relation!.id, { topics: ['toimeentulo & "asuminen"'], methods: ['email'] });
  return map;
}

const baseInput = (map: ReturnType<typeof sample>): MapSvgInput => ({
  map,
  theme: printTheme,
  sizes: new Map(),
  labelLines: (id: string) => {
    const r = map.relations.find((x) => x.id === id)!;
    return [r.topics.join(', '), r.methods.join(' · ')];
  },
  ringNames: { 1: 'Lähimmät', 2: 'Keskimmäiset', 3: 'Etäisimmät' },
  areaNames: { everyday: 'Arki', education: 'Koul', employment: 'Työ' },
  title: map.title,
});
const render = (map: ReturnType<typeof sample>) => renderMapSvg(baseInput(map));

describe('renderMapSvg', () => {
  it('draws every actor, the relation with arrow heads at both ends, its label and the rings', () => {
    const { svg, width, height } = render(sample());
    expect(svg.match(/data-relation=/g)).toHaveLength(1);
    expect(svg.match(/data-head="true"/g)).toHaveLength(2);
    expect(svg).toContain('toimeentulo &amp;');
    expect(svg).toContain('&quot;asuminen&quot;');
    expect(svg.match(/<circle /g)).toHaveLength(3);
    expect(svg).toContain('Etäisimmät');
    // The rings (radius 580) fit in the picture with the title above.
    expect(width).toBeGreaterThan(1160);
    expect(height).toBeGreaterThan(1160);
  });

  it('escapes every text: labels are data, never markup', () => {
    const { svg } = render(sample());
    expect(svg).not.toContain('<img');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;img src=x');
    expect(svg).toContain('onerror=alert(1)&gt;');
    expect(svg).toContain('Kartta &lt;b&gt;');
  });

  it('is well-formed SVG that an XML parser reads back, texts included', () => {
    const { svg } = render(sample());
    const document = new new JSDOM('').window.DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(document.documentElement.tagName).toBe('svg');
    const texts = [...document.getElementsByTagName('text')].map((t) => t.textContent);
    // Escaped on the way out, read back as the same characters: data, never markup.
    expect(texts.join('\n')).toContain('<img src=x');
    expect(texts).toContain('Kartta <b>');
    expect(document.getElementsByTagName('img')).toHaveLength(0);
  });
});

describe('legend', () => {
  it('lists the actor types and directions the map uses', () => {
    const map = sample();
    const { svg } = renderMapSvg({
      ...baseInput(map),
      legend: finnishLegend,
    });
    expect(svg).toContain('data-legend="true"');
    expect(svg).toContain('Organisaatio');
    expect(svg).toContain('A ↔ B');
    expect(svg).not.toContain('A → B');
    expect(svg).not.toContain('Ryhmä');
  });
});

describe('the picture and the canvas agree', () => {
  it('draws each label box where the shared scene places it', async () => {
    const { buildScene } = await import('./scene');
    const map = sample();
    const input = baseInput(map);
    const scene = buildScene(map, input.sizes, input.labelLines, input.theme);
    const { svg } = renderMapSvg(input);
    for (const rel of scene.relations.values()) {
      const left = Math.round((rel.label.x - rel.label.width / 2) * 10) / 10;
      expect(svg).toContain(`<rect x="${left}"`);
      expect(svg).toContain(`d="${rel.shape.d}"`);
    }
  });

  it('points the label’s glyph as the drawn head points, not by the stored order (Kela → me, drawn right to left: ←)', () => {
    const base = sample();
    const self = base.actors[0]!;
    const kela = base.actors[1]!;
    const map = {
      ...base,
      actors: [
        { ...self, position: { x: 0, y: 0 } },
        { ...kela, position: { x: 400, y: 20 } },
      ],
      relations: base.relations.map((r) => ({ ...r, source: kela.id, target: self.id, direction: 'forward' as const })),
    };
    const document = new new JSDOM('').window.DOMParser().parseFromString(render(map).svg, 'image/svg+xml');
    const glyphs = [...document.getElementsByTagName('text')].map((t) => t.textContent).filter((t) => t && /^[→←↔↕↑↓]$/.test(t));
    expect(glyphs).toEqual(['←']);
  });
});
