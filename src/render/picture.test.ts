import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { addActor, addRelation, createMap, deriveView, updateActor, visiblePart, type MapDoc } from '../model';
import { finnishLegend as legend } from './fixtures';
import { type MapSvgInput, mapTextPx, renderMapSvg } from './mapSvg';
import { A3_MM, MIN_PRINT_TEXT_MM, a3MmPerPx, composePicture, printedTextMm } from './picture';
import { printTheme } from './theme';

/** A regional map: Kela (organisation, everyday) ↔ Ohjaamo (group, employment), Ohjaamo → Pekka (person). */
function regional(): { map: MapDoc; kela: string; ohjaamo: string; pekka: string; mutual: string; oneWay: string } {
  let map = createMap({ kind: 'regional', title: 'Oulun seutu', author: 'Aino', region: 'Pohjois-Pohjanmaa' } as never);
  const kela = addActor(map, { type: 'organisation', name: 'Kela', position: { x: 0, y: 0 } });
  const ohjaamo = addActor(kela.map, { type: 'group', name: 'Ohjaamo', position: { x: 400, y: 0 } });
  const pekka = addActor(ohjaamo.map, { type: 'person', name: 'Pekka', position: { x: 800, y: 200 } });
  map = updateActor(pekka.map, kela.actor.id, { services: [{ name: 'Asumistuki', tno: ['info'], areas: ['everyday'] }] } as never);
  map = updateActor(map, ohjaamo.actor.id, { services: [{ name: 'Työnhaku', tno: ['guidance'], areas: ['employment'] }] } as never);
  const mutual = addRelation(map, { source: kela.actor.id, target: ohjaamo.actor.id, direction: 'both' });
  const oneWay = addRelation(mutual.map, { source: ohjaamo.actor.id, target: pekka.actor.id, direction: 'forward' });
  return { map: oneWay.map, kela: kela.actor.id, ohjaamo: ohjaamo.actor.id, pekka: pekka.actor.id, mutual: mutual.relation!.id, oneWay: oneWay.relation!.id };
}

const input = (map: MapDoc, extra: Partial<MapSvgInput> = {}): MapSvgInput => ({
  map,
  theme: printTheme,
  sizes: new Map(),
  labelLines: () => [],
  ringNames: { 1: '1', 2: '2', 3: '3' },
  areaNames: { everyday: 'Arki', education: 'Koul', employment: 'Työ' },
  title: map.title,
  subtitle: 'Aino · Pohjois-Pohjanmaa · 3. maaliskuuta 2025',
  legend,
  ...extra,
});

const parse = (svg: string) => new new JSDOM('').window.DOMParser().parseFromString(svg, 'image/svg+xml');
const texts = (el: Element | Document) => [...el.getElementsByTagName('text')].map((t) => t.textContent ?? '');

describe('the whole-map picture through the lens', () => {
  it('draws only what the filters show, and its legend lists only the classes shown', () => {
    const { map } = regional();
    const view = deriveView(map, { filters: { directions: ['mutual'] } });
    const doc = parse(renderMapSvg(input(visiblePart(map, view))).svg);
    const all = texts(doc);
    expect(all).toContain('Kela');
    expect(all).toContain('Ohjaamo');
    expect(all).not.toContain('Pekka');
    expect(doc.querySelectorAll('[data-relation]')).toHaveLength(1);
    const legendTexts = texts(doc.querySelector('[data-legend]')!);
    expect(legendTexts).toContain('A ↔ B');
    expect(legendTexts).not.toContain('A → B');
    expect(legendTexts).not.toContain('Henkilö');
    expect(legendTexts).toEqual(expect.arrayContaining(['Organisaatio', 'Ryhmä', 'arki', 'työllistyminen']));
  });

  it('draws what is outside the focus at a quarter opacity, and the focus at full strength', () => {
    const { map, kela, mutual, oneWay } = regional();
    const view = deriveView(map, { focus: { actor: kela, depth: 1 } });
    const doc = parse(renderMapSvg(input(visiblePart(map, view), { dimmed: { actors: view.dimmedActors, relations: view.dimmedRelations } })).svg);
    const groupOf = (id: string) => doc.querySelector(`[data-relation="${id}"]`)!.parentElement!;
    expect(groupOf(oneWay).getAttribute('opacity')).toBe('0.25');
    expect(groupOf(mutual).getAttribute('opacity')).toBeNull();
    const nameGroup = (name: string) => [...doc.getElementsByTagName('text')].find((t) => t.textContent === name)!.parentElement!;
    expect(nameGroup('Pekka').getAttribute('opacity')).toBe('0.25');
    expect(nameGroup('Kela').getAttribute('opacity')).toBeNull();
  });

  it('says title, author, region and date in its header, and the lens in words under the legend', () => {
    const { map } = regional();
    const notes = ['Suodattimet: Suunta: molempiin suuntiin · Sisältöalue: arki, työllistyminen', 'Kohdistus: Kela, 2 askelta', 'Haku: asumisneuvonta'];
    const doc = parse(renderMapSvg(input(map, { notes })).svg);
    expect(texts(doc.querySelector('[data-header]')!)).toEqual(['Oulun seutu', 'Aino · Pohjois-Pohjanmaa · 3. maaliskuuta 2025']);
    // Wrapped to the column: the words come back when the lines are joined.
    expect(texts(doc.querySelector('[data-notes]')!).join(' ')).toBe(notes.join(' '));
    const column = doc.querySelector('[data-column]')!;
    expect(column.querySelector('[data-legend]')).not.toBeNull();
  });

  it('crops to a saved view’s frame and lists in its legend only what the frame shows', () => {
    const { map } = regional();
    const frame = { x: -100, y: -100, width: 600, height: 200 };
    const picture = renderMapSvg(input(map, { frame }));
    const doc = parse(picture.svg);
    expect(doc.getElementsByTagName('clipPath')).toHaveLength(1);
    const clip = doc.querySelector('clipPath rect')!;
    expect([clip.getAttribute('width'), clip.getAttribute('height')]).toEqual(['600', '200']);
    expect(texts(doc.querySelector('[data-legend]')!)).not.toContain('Henkilö');
  });
});

describe('legible on A3', () => {
  it('fits a picture to A3 in the orientation that prints it larger', () => {
    expect(a3MmPerPx(A3_MM.long, A3_MM.short)).toBeCloseTo(1);
    expect(a3MmPerPx(A3_MM.short, A3_MM.long)).toBeCloseTo(1);
    // A 4200 × 1000 picture is limited by its width: 0.1 mm a pixel, so 25 px text prints 2.5 mm high.
    expect(printedTextMm(4200, 1000, 25)).toBeCloseTo(2.5);
  });

  it('keeps the header, legend and notes at least 2.5 mm high on A3 however large the map, up to a limit', () => {
    for (const size of [300, 1500, 4000, 8000]) {
      const picture = composePicture(
        { theme: printTheme, title: 'T', legend: undefined, notes: ['Suodattimet: Suunta: molempiin suuntiin'] },
        size,
        size * 0.7,
        '',
      );
      const smallest = 14 * picture.chromeScale;
      expect(printedTextMm(picture.width, picture.height, smallest)).toBeGreaterThanOrEqual(MIN_PRINT_TEXT_MM - 1e-9);
      if (size === 300) expect(picture.chromeScale).toBe(1);
    }
  });

  it('reports how high the map’s own smallest text prints, so a huge map can say it is too small', () => {
    const { map } = regional();
    const small = renderMapSvg(input(map));
    expect(small.mapTextMm).toBeCloseTo(printedTextMm(small.width, small.height, mapTextPx(printTheme)));
    expect(small.mapTextMm).toBeGreaterThanOrEqual(MIN_PRINT_TEXT_MM);
    const spread = { ...map, actors: map.actors.map((a, i) => ({ ...a, position: { x: i * 4000, y: i * 1500 } })) };
    expect(renderMapSvg(input(spread)).mapTextMm).toBeLessThan(MIN_PRINT_TEXT_MM);
  });
});
