import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addActor, addRelation, createMap, type MapDoc, setMark, updateActor, updateRelation } from '../model';
import { finnishLegend as legend } from '../render/fixtures';
import { renderMapSvg } from '../render/mapSvg';
import { printTheme } from '../render/theme';
import { SvgPainter, UnsupportedSvg } from './svgPaint';

/** Path2D as far as the painter uses it (Node has none): what was added to it. */
class FakePath {
  parts: string[] = [];
  constructor(d?: string) {
    if (d) this.parts.push(`d ${d}`);
  }
  roundRect(...a: number[]) {
    this.parts.push(`roundRect ${a.join(' ')}`);
  }
  rect(...a: number[]) {
    this.parts.push(`rect ${a.join(' ')}`);
  }
  arc(...a: number[]) {
    this.parts.push(`arc ${a.slice(0, 3).join(' ')}`);
  }
  moveTo(...a: number[]) {
    this.parts.push(`M ${a.join(' ')}`);
  }
  lineTo(...a: number[]) {
    this.parts.push(`L ${a.join(' ')}`);
  }
}

/** A 2D context that records what is drawn, with the alpha, font and transform of each call. */
function recorder(name = 'main') {
  const calls: { op: string; arg: string; alpha: number; font: string; fill: string; matrix: number[] }[] = [];
  let matrix = [1, 0, 0, 1, 0, 0];
  const stack: number[][] = [];
  const context = {
    canvas: { width: 100, height: 100, name },
    globalAlpha: 1,
    font: '',
    fillStyle: '#000',
    strokeStyle: '#000',
    lineWidth: 1,
    lineCap: 'butt',
    textAlign: 'start',
    textBaseline: 'alphabetic',
    miterLimit: 10,
    save: () => stack.push([...matrix]),
    restore: () => {
      matrix = stack.pop()!;
    },
    translate: (x: number, y: number) => {
      matrix = [matrix[0]!, matrix[1]!, matrix[2]!, matrix[3]!, matrix[4]! + matrix[0]! * x, matrix[5]! + matrix[3]! * y];
    },
    scale: (x: number, y: number) => {
      matrix = [matrix[0]! * x, matrix[1]!, matrix[2]!, matrix[3]! * y, matrix[4]!, matrix[5]!];
    },
    setTransform: (...m: number[]) => {
      matrix = m;
    },
    getTransform: () => [...matrix],
    setLineDash: () => {},
    clearRect: () => {},
    clip: (path: FakePath) => record('clip', path.parts.join(';')),
    fill: (path: FakePath) => record('fill', path.parts.join(';')),
    stroke: (path: FakePath) => record('stroke', path.parts.join(';')),
    fillText: (text: string, x: number, y: number) => record('text', `${text}@${Math.round(x)},${Math.round(y)}`),
    // Every character 0.5 em wide: enough to check the anchoring of runs.
    measureText: (text: string) => ({ width: text.length * Number(/(\d+(?:\.\d+)?)px/.exec(context.font)?.[1] ?? 10) * 0.5 }),
    drawImage: (source: { name: string }) => record('layer', source.name),
  };
  const record = (op: string, arg: string) =>
    calls.push({ op, arg, alpha: context.globalAlpha, font: context.font, fill: String(context.fillStyle), matrix: [...matrix] });
  return { context: context as unknown as OffscreenCanvasRenderingContext2D, calls };
}

/** A personal map with every kind of part the picture draws: rings, sectors, areas, methods, two-way and weighted relations, marks, a dimmed part. */
function richPicture() {
  let map: MapDoc = createMap({ kind: 'personal', title: 'Ainon <kartta> & verkosto', author: 'Aino', selfName: 'Minä' });
  const self = map.actors[0]!.id;
  const kela = addActor(map, { type: 'organisation', name: 'Kela', ring: 2 });
  const school = addActor(kela.map, { type: 'group', name: 'Koulu "Ohjaamo"', ring: 3 });
  map = updateActor(school.map, kela.actor.id, { services: [{ name: 'Asumistuki', tno: ['info'], areas: ['everyday'] }] } as never);
  const a = addRelation(map, { source: self, target: kela.actor.id, direction: 'both' });
  map = updateRelation(a.map, a.relation!.id, { topics: ['toimeentulo'], methods: ['email'], weight: 3 } as never);
  const b = addRelation(map, { source: kela.actor.id, target: school.actor.id });
  map = b.map;
  map = setMark(map, { target: { kind: 'actor', id: kela.actor.id }, verdict: 'drop' });
  map = setMark(map, { target: { kind: 'relation', id: a.relation!.id }, verdict: 'keep' });
  // With a sector scheme: dividers and the sectors' names across the rings.
  map = { ...map, sectors: 'publicThirdPrivate' };
  return renderMapSvg({
    map,
    sectorNames: { public: 'Julkinen', third: 'Kolmas', private: 'Yksityinen', everyday: 'Arki', education: 'Koulutus', employment: 'Työ' } as never,
    theme: printTheme,
    sizes: new Map(),
    labelLines: (id) => {
      const r = map.relations.find((x) => x.id === id)!;
      return [r.topics.join(', '), r.methods.join(' · ')].filter(Boolean);
    },
    ringNames: { 1: 'Lähimmät', 2: 'Keskimmäiset', 3: 'Etäisimmät' },
    areaNames: { everyday: 'Arki', education: 'Koulutus', employment: 'Työ' },
    title: map.title,
    subtitle: 'Aino · 2026',
    legend,
    notes: ['Haku: Kela'],
    markLetters: { drop: 'P', renew: 'U', keep: 'S' },
    dimmed: { actors: new Set([school.actor.id]), relations: new Set([b.relation!.id]) },
  });
}

describe('SvgPainter', () => {
  const saved = (globalThis as { Path2D?: unknown }).Path2D;
  beforeAll(() => {
    (globalThis as { Path2D?: unknown }).Path2D = FakePath;
  });
  afterAll(() => {
    (globalThis as { Path2D?: unknown }).Path2D = saved;
  });

  it('paints every part of a rich picture: each text, each shape, dimmed groups on a layer at their opacity', () => {
    const picture = richPicture();
    const { tiled, svg } = picture;
    const { context, calls } = recorder();
    const layer = recorder('layer');
    const painter = new SvgPainter(context, 'system-ui', () => layer.context);
    painter.paint(tiled.open);
    for (const piece of tiled.pieces) painter.paint(piece.svg);
    painter.paint(tiled.close);
    const all = [...calls, ...layer.calls];
    const texts = all.filter((c) => c.op === 'text').map((c) => c.arg.split('@')[0]);
    // Every text element's words, entities decoded (a tspan's count is a run of its own).
    const expected = [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].flatMap((m) =>
      m[1]!
        .split(/<\/?tspan[^>]*>/)
        .filter(Boolean)
        .map((s) =>
          s
            .replace(/&lt;/g, '<')
            .replace(/&gt;/g, '>')
            .replace(/&quot;/g, '"')
            .replace(/&apos;/g, "'")
            .replace(/&amp;/g, '&'),
        ),
    );
    // (The dimmed groups' texts are on the layer: compare as sets of words in any order.)
    expect([...texts].sort()).toEqual([...expected].sort());
    expect(texts).toContain('Ainon <kartta> & verkosto');
    expect(texts).toContain('Koulu "Ohjaamo"');
    expect(texts).toContain('Julkinen');
    // Shapes: a fill or stroke for each rect, circle, path and line drawn.
    const shapes = (svg.match(/<(rect|circle|path|line)\b/g) ?? []).length - (svg.match(/<clipPath/g) ?? []).length;
    expect(all.filter((c) => c.op === 'fill' || c.op === 'stroke').length).toBeGreaterThanOrEqual(shapes);
    // Dimmed groups: drawn on the layer, which is put on the picture at the group's opacity.
    const dimmedGroups = (svg.match(/<g opacity="0.25"/g) ?? []).length;
    expect(dimmedGroups).toBeGreaterThan(0);
    const composites = calls.filter((c) => c.op === 'layer');
    expect(composites).toHaveLength(dimmedGroups);
    expect(composites.every((c) => c.alpha === 0.25)).toBe(true);
    expect(layer.calls.find((c) => c.arg.startsWith('Koulu'))).toBeDefined();
    expect(calls.find((c) => c.arg.startsWith('Koulu'))).toBeUndefined();
  });

  it('anchors a text of runs by its whole width, each run in its own font', () => {
    const { context, calls } = recorder();
    new SvgPainter(context, 'Inter', () => context).paint(
      '<text x="100" y="20" font-size="10" font-weight="800" text-anchor="middle" fill="#5c0b0b">P<tspan font-size="8" font-weight="700">2</tspan></text>',
    );
    // P is 5 wide at 10 px, 2 is 4 wide at 8 px: 9 in all, centred on 100.
    expect(calls.map((c) => [c.arg, c.font, c.fill])).toEqual([
      ['P@96,20', 'normal 800 10px Inter', '#5c0b0b'],
      ['2@101,20', 'normal 700 8px Inter', '#5c0b0b'],
    ]);
  });

  it('applies group transforms and fill-opacity, and clips to a clipPath', () => {
    const { context, calls } = recorder();
    new SvgPainter(context, 'Inter', () => context).paint(
      '<clipPath id="c"><rect x="0" y="0" width="50" height="40"/></clipPath><g clip-path="url(#c)"><g transform="translate(10 20) scale(2)"><rect x="1" y="2" width="3" height="4" rx="5" fill="#fff" fill-opacity="0.5"/></g></g>',
    );
    expect(calls[0]).toMatchObject({ op: 'clip', arg: 'rect 0 0 50 40' });
    // rx is at most half the side.
    expect(calls[1]).toMatchObject({ op: 'fill', arg: 'roundRect 1 2 3 4 1.5', alpha: 0.5, matrix: [2, 0, 0, 2, 10, 20] });
  });

  it('refuses markup it does not know, so the caller can draw that picture the SVG way', () => {
    const { context } = recorder();
    const paint = (svg: string) => () => new SvgPainter(context, 'Inter', () => context).paint(svg);
    expect(paint('<image href="x.png"/>')).toThrow(UnsupportedSvg);
    expect(paint('<rect x="0" y="0" width="1" height="1" filter="url(#f)"/>')).toThrow(UnsupportedSvg);
    expect(paint('<g transform="rotate(45)"></g>')).toThrow(UnsupportedSvg);
    // What would pass down from a group, or a text's stroke: not drawn by the painter, so refused.
    expect(paint('<g fill="red"><rect x="0" y="0" width="1" height="1"/></g>')).toThrow(UnsupportedSvg);
    expect(paint('<text x="0" y="0" stroke="#fff">a</text>')).toThrow(UnsupportedSvg);
    expect(paint('<text x="0" y="0">a &nbsp; b</text>')).toThrow(UnsupportedSvg);
    expect(paint('<text x="0" y="0">open')).toThrow(UnsupportedSvg);
  });
});
