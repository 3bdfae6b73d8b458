import { describe, expect, it } from 'vitest';
import { counterIds, personalMap } from '../model/merge/fixtures';
import { mergeMaps } from '../model/merge/mergeMaps';
import { NO_DECISIONS } from '../model/merge/types';
import type { MapDoc } from '../model';
import { finnishLegend } from './fixtures';
import { curvePoint, insideBox, tieShape } from './geometry';
import { legendEntries } from './legend';
import { type MapSvgInput, renderMapSvg } from './mapSvg';
import { buildScene, tiesOf } from './scene';
import { contrastRatio, edgeWidth, printTheme, screenTheme, themes } from './theme';

/** Aino had Kela on her inner ring, Bertta on her outer ring; neither drew an arrow to it. Aino drew one to Ohjaamo. */
function merged(): MapDoc {
  const aino = personalMap(
    'map-aino',
    'Aino',
    [
      { id: 'kela', name: 'Kela', ring: 1 },
      { id: 'ohj', name: 'Ohjaamo', ring: 1 },
    ],
    [{ source: 'me', target: 'ohj', direction: 'both', topics: ['opiskelu'] }],
  );
  const bertta = personalMap('map-bertta', 'Bertta', [{ id: 'kela', name: 'Kela', ring: 3 }]);
  const { map } = mergeMaps([aino, bertta], NO_DECISIONS, { title: 'Kainuu', newId: counterIds() });
  // Laid out by hand: Aino left, Kela in the middle, Bertta right, Ohjaamo above.
  const at: Record<string, { x: number; y: number }> = { Aino: { x: 0, y: 0 }, Kela: { x: 500, y: 0 }, Bertta: { x: 1000, y: 0 }, Ohjaamo: { x: 0, y: -400 } };
  return { ...map, actors: map.actors.map((a) => ({ ...a, position: at[a.name]! })) };
}

const input = (map: MapDoc): MapSvgInput => ({
  map,
  theme: printTheme,
  sizes: new Map(),
  labelLines: () => ['opiskelu'],
  ringNames: { 1: 'Lähimmät', 2: 'Keskimmäiset', 3: 'Etäisimmät' },
  areaNames: { everyday: 'Arki', education: 'Koul', employment: 'Työ' },
  title: map.title,
  legend: { ...finnishLegend, tie: (ring) => `Verkostossani (kehä ${ring})` },
});

const nameOf = (map: MapDoc, id: string) => map.actors.find((a) => a.id === id)!.name;

describe('closeness ties in the scene', () => {
  it('has one tie per trainee and actor on their ring, none where a relation joins them', () => {
    const map = merged();
    const scene = buildScene(map, new Map(), () => ['opiskelu'], screenTheme);
    expect(scene.ties.map((t) => `${nameOf(map, t.from)} – ${nameOf(map, t.to)} (${t.ring})`)).toEqual(
      expect.arrayContaining(['Aino – Kela (1)', 'Bertta – Kela (3)']),
    );
    expect(scene.ties).toHaveLength(2);
  });

  it('starts and ends each tie just outside the two node boxes, with no heads', () => {
    const map = merged();
    const scene = buildScene(map, new Map(), () => [], screenTheme);
    for (const tie of scene.ties) {
      const a = scene.boxes.get(tie.from)!;
      const b = scene.boxes.get(tie.to)!;
      const start = curvePoint(tie.shape.curve, tie.shape.t0);
      const end = curvePoint(tie.shape.curve, tie.shape.t1);
      expect(insideBox(start, a, screenTheme.tie.gap - 0.5)).toBe(false);
      expect(insideBox(start, a, screenTheme.tie.gap + 0.5)).toBe(true);
      expect(insideBox(end, b, screenTheme.tie.gap - 0.5)).toBe(false);
      expect(insideBox(end, b, screenTheme.tie.gap + 0.5)).toBe(true);
      expect(tie.shape.d).not.toContain('Z');
    }
  });

  it("keeps the closer ring where one trainee's two maps tie the same pair", () => {
    const map = merged();
    const aino = map.actors.find((a) => a.name === 'Aino')!;
    const kela = map.actors.find((a) => a.name === 'Kela')!;
    // A second map of Aino's merged into the same "me", with Kela on the middle ring.
    const twice: MapDoc = {
      ...map,
      actors: map.actors.map((a) =>
        a === aino
          ? { ...a, sources: [...a.sources!, { mapId: 'map-aino-2', title: 'B', self: true }] }
          : a === kela
            ? { ...a, sources: [...a.sources!, { mapId: 'map-aino-2', title: 'B', ring: 2 }] }
            : a,
      ),
    };
    const ties = tiesOf(twice).filter((t) => t.from === aino.id);
    expect(ties).toEqual([{ id: `${aino.id} ${kela.id}`, from: aino.id, to: kela.id, ring: 1 }]);
  });

  it('bends a tie around an actor in its way', () => {
    const map = merged();
    // Bertta's tie to Kela passes through nothing; move Kela behind Aino, seen from Bertta.
    const moved = { ...map, actors: map.actors.map((a) => (a.name === 'Kela' ? { ...a, position: { x: -500, y: 0 } } : a)) };
    const scene = buildScene(moved, new Map(), () => [], screenTheme);
    const bertta = scene.ties.find((t) => nameOf(moved, t.from) === 'Bertta')!;
    expect(bertta.bend).not.toBe(0);
    const aino = scene.boxes.get(moved.actors.find((a) => a.name === 'Aino')!.id)!;
    for (let i = 1; i < 20; i++) expect(insideBox(curvePoint(bertta.shape.curve, i / 20), aino)).toBe(false);
  });

  it('a personal map has no ties', () => {
    const map = personalMap('p', 'Aino', [{ id: 'kela', name: 'Kela', ring: 1, position: { x: 200, y: 0 } }]);
    expect(buildScene(map, new Map(), () => [], screenTheme).ties).toEqual([]);
  });
});

describe('closeness ties in the picture', () => {
  it('draws each tie dashed, beneath every relation, denser and thicker for a closer ring', () => {
    const map = merged();
    const { svg } = renderMapSvg(input(map));
    const ties = [
      ...svg.matchAll(/<path d="[^"]+" fill="none" stroke="([^"]+)" stroke-width="([^"]+)" stroke-dasharray="([^"]+)"[^>]*data-tie="[^"]+" data-ring="(\d)"/g),
    ];
    expect(ties).toHaveLength(2);
    const byRing = new Map(ties.map((m) => [Number(m[4]), { colour: m[1], width: Number(m[2]), dash: m[3]!.split(' ').map(Number) }]));
    expect(byRing.get(1)!.colour).toBe(printTheme.tie.colour);
    expect(byRing.get(1)!.width).toBeGreaterThan(byRing.get(3)!.width);
    // Inner ring: long dashes, short gaps; outer ring: dots far apart.
    const ink = (dash: number[]) => dash[0]! / (dash[0]! + dash[1]!);
    expect(ink(byRing.get(1)!.dash)).toBeGreaterThan(ink(byRing.get(3)!.dash));
    expect(svg.lastIndexOf('data-tie=')).toBeLessThan(svg.indexOf('data-relation='));
    // No heads on ties: the only heads are the ↔ relation's two.
    expect(svg.match(/data-head="true"/g)).toHaveLength(2);
  });

  it('adds a legend row per ring tied ("in my network"), and none on a map without ties', () => {
    const map = merged();
    const { svg } = renderMapSvg(input(map));
    expect(svg).toContain('Verkostossani (kehä 1)');
    expect(svg).toContain('Verkostossani (kehä 3)');
    expect(svg).not.toContain('Verkostossani (kehä 2)');
    expect(svg.match(/data-legend-tie="/g)).toHaveLength(2);
    expect(legendEntries(map).tieRings).toEqual([]);
    const plain = personalMap('p', 'Aino', [{ id: 'kela', name: 'Kela', ring: 1, position: { x: 200, y: 0 } }]);
    expect(renderMapSvg(input(plain)).svg).not.toContain('Verkostossani');
  });
});

describe('tie style in every theme', () => {
  it('is thinner and lighter than a relation, yet visible (≥ 3:1 on the background)', () => {
    for (const theme of Object.values(themes)) {
      for (const ring of [1, 2, 3] as const) expect(theme.tie.width[ring], `${theme.name} ${ring}`).toBeLessThan(edgeWidth(theme));
      expect(theme.tie.width[1]).toBeGreaterThanOrEqual(theme.tie.width[2]);
      expect(theme.tie.width[2]).toBeGreaterThanOrEqual(theme.tie.width[3]);
      expect(contrastRatio(theme.tie.colour, theme.background), theme.name).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(theme.tie.colour, theme.background), `${theme.name}: lighter than a relation`).toBeLessThan(
        contrastRatio(theme.edge.colour, theme.background),
      );
    }
  });

  it('gives the same line on screen and in the picture for the same boxes', () => {
    const a = { cx: 0, cy: 0, hw: 80, hh: 25 };
    const b = { cx: 400, cy: 100, hw: 60, hh: 20 };
    expect(tieShape(a, b, 0, screenTheme.tie.gap).d).toBe(tieShape(a, b, 0, printTheme.tie.gap).d);
  });
});
