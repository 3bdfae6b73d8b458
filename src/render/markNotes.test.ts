import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { addActor, addRelation, createMap, type MapDoc, setMark, updateActor } from '../model';
import { finnishLegend } from './fixtures';
import { type MapSvgInput, renderMapSvg } from './mapSvg';
import { MARK_NOTE_COLOURS, NOTE_HEIGHT } from './markNotes';
import { buildScene } from './scene';
import { printTheme } from './theme';

function marked() {
  let map = createMap({ kind: 'personal', title: 'Kartta', author: 'Aino', selfName: 'Minä' });
  const self = map.actors[0]!;
  const kela = addActor(map, { type: 'organisation', name: 'Kela', ring: 2 });
  map = updateActor(kela.map, kela.actor.id, { services: [{ name: 'Ohjaus', tno: [], areas: [] }] });
  const rel = addRelation(map, { source: self.id, target: kela.actor.id, direction: 'both' });
  map = rel.map;
  const relationId = rel.relation!.id;
  map = setMark(map, { target: { kind: 'actor', id: kela.actor.id }, verdict: 'renew' });
  map = setMark(map, { target: { kind: 'service', actor: kela.actor.id, service: 'Ohjaus' }, verdict: 'keep' });
  map = setMark(map, { target: { kind: 'relation', id: relationId }, verdict: 'drop', note: 'ei toimi' });
  // A merged map: the same relation marked "drop" by another contributor too.
  map = {
    ...map,
    marks: [...(map.marks ?? []), { id: 'm-other', target: { kind: 'relation', id: relationId }, verdict: 'drop', author: 'Eero', source: 'src-1' }],
  };
  return { map, kelaId: kela.actor.id, relationId };
}

const input = (map: MapDoc, extra: Partial<MapSvgInput> = {}): MapSvgInput => ({
  map,
  theme: printTheme,
  sizes: new Map(),
  labelLines: () => ['asuminen'],
  ringNames: { 1: 'Lähimmät', 2: 'Keskimmäiset', 3: 'Etäisimmät' },
  areaNames: { everyday: 'Arki', education: 'Koul', employment: 'Työ' },
  title: map.title,
  markLetters: { drop: 'P', renew: 'U', keep: 'S' },
  ...extra,
});

const parse = (svg: string) => new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document;
const rectOf = (note: Element) => {
  const r = note.querySelectorAll('rect')[1]!;
  const v = (a: string) => Number(r.getAttribute(a));
  // The visible note: the rect drawn half a unit in, its stroke half a unit out.
  return { left: v('x') - 0.5, top: v('y') - 0.5, right: v('x') + v('width') + 0.5, bottom: v('y') + v('height') + 0.5 };
};

describe('drop–renew–keep notes in the picture', () => {
  it('draws a note per verdict on the actor (its services’ marks included) at the canvas’s place: top edge, 10 in from the left', () => {
    const { map, kelaId } = marked();
    const doc = parse(renderMapSvg(input(map)).svg);
    const notes = [...doc.querySelectorAll(`[data-mark-target="${kelaId}"]`)];
    expect(notes.map((g) => g.getAttribute('data-mark-note'))).toEqual(['renew', 'keep']);
    expect(notes.map((g) => g.textContent)).toEqual(['U', 'S']);
    const box = buildScene(map, new Map(), () => ['asuminen'], printTheme).boxes.get(kelaId)!;
    const first = rectOf(notes[0]!);
    expect(first.left).toBeCloseTo(box.cx - box.hw + 10, 0);
    expect(first.top).toBeCloseTo(box.cy - box.hh - 11, 0);
    expect(first.bottom - first.top).toBeCloseTo(NOTE_HEIGHT, 1);
    expect(notes[0]!.querySelectorAll('rect')[1]!.getAttribute('fill')).toBe(MARK_NOTE_COLOURS.renew.fill);
    expect(rectOf(notes[1]!).left).toBeGreaterThan(first.right);
  });

  it('draws one note with a count for two marks of one verdict, just above the label’s top-right corner', () => {
    const { map, relationId } = marked();
    const doc = parse(renderMapSvg(input(map)).svg);
    const notes = [...doc.querySelectorAll(`[data-mark-target="${relationId}"]`)];
    expect(notes).toHaveLength(1);
    expect(notes[0]!.getAttribute('data-count')).toBe('2');
    expect(notes[0]!.textContent).toBe('P2');
    const label = buildScene(map, new Map(), () => ['asuminen'], printTheme).relations.get(relationId)!.label;
    const r = rectOf(notes[0]!);
    expect(r.right).toBeCloseTo(label.x + label.width / 2 + 6, 0);
    expect(r.bottom).toBeCloseTo(label.y - label.height / 2 - 1, 0);
  });

  it('escapes the letters (data, never markup) and keys them in the legend', () => {
    const { map } = marked();
    const { svg } = renderMapSvg(
      input(map, {
        markLetters: { drop: '<P>', renew: 'U&', keep: 'S' },
        legend: {
          ...finnishLegend,
          marks: {
            title: 'Pois – uudistettava – säilytettävä',
            letters: { drop: '<P>', renew: 'U&', keep: 'S' },
            names: { drop: 'pois', renew: 'uudistettava', keep: 'säilytettävä' },
          },
        },
      }),
    );
    expect(svg).not.toContain('<P>');
    expect(svg).toContain('&lt;P&gt;');
    expect(svg).toContain('U&amp;');
    const doc = parse(svg);
    expect(doc.querySelector('parsererror')).toBeNull();
    expect([...doc.querySelectorAll('[data-legend-mark]')].map((g) => g.getAttribute('data-legend-mark'))).toEqual(['drop', 'renew', 'keep']);
    expect(svg).toContain('säilytettävä');
  });

  it('dims a note with what it is on, draws none for what the lens hides or without letters, and gives each note a tile box that holds it', () => {
    const { map, kelaId, relationId } = marked();
    const dimmed = renderMapSvg(input(map, { dimmed: { actors: new Set([kelaId]), relations: new Set() } }));
    const kelaNote = parse(dimmed.svg).querySelector(`[data-mark-target="${kelaId}"]`)!;
    expect(kelaNote.parentElement!.getAttribute('opacity')).toBe('0.25');
    expect(parse(dimmed.svg).querySelector(`[data-mark-target="${relationId}"]`)!.parentElement!.getAttribute('opacity')).toBeNull();
    // The lens hid the relation: its marks are not drawn.
    const hidden = renderMapSvg(input({ ...map, relations: [] })).svg;
    expect(hidden).not.toContain(`data-mark-target="${relationId}"`);
    expect(renderMapSvg(input(map, { markLetters: undefined })).svg).not.toContain('data-mark-note');
    // A tile draws a piece only where its box reaches: the note's box must hold the note (moved into picture units).
    const { tiled } = renderMapSvg(input(map));
    const piece = tiled.pieces.find((p) => p.svg.includes(`data-mark-target="${relationId}"`))!;
    const note = rectOf(parse(`<svg xmlns="http://www.w3.org/2000/svg">${piece.svg}</svg>`).querySelector('[data-mark-note]')!);
    expect(piece.box).not.toBeNull();
    expect(piece.box!.maxX - piece.box!.minX).toBeGreaterThanOrEqual(note.right - note.left);
    expect(piece.box!.maxY - piece.box!.minY).toBeGreaterThanOrEqual(NOTE_HEIGHT);
  });
});
