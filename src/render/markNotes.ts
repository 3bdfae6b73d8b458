/**
 * Drop–renew–keep marks drawn in the picture as the canvas draws them
 * (canvas/MarkNotes.tsx, markNotes.css): a small sticky note with the
 * verdict's letter, one per verdict present (several marks of a merged map:
 * the letter and a count), on an actor's top edge at the left, and just above
 * a relation label's top-right corner. "The picture tells the truth": same
 * places, same colours.
 */
import { liveMarks, markActor, MARK_VERDICTS, type MapDoc, type MarkVerdict } from '../model';
import type { CentredBox } from './geometry';
import { escapeXml, n } from './svgText';
import { textWidth } from './text';

/** The letters of the verdicts in the reader's language (fi P/U/S, sv S/F/B, en D/R/K): render knows no i18n. */
export type MarkLetters = Record<MarkVerdict, string>;

/** The canvas's note colours (markNotes.css): light fill, dark border and letter (contrast above 7:1). */
export const MARK_NOTE_COLOURS: Record<MarkVerdict, { fill: string; border: string; text: string }> = {
  drop: { fill: '#f7b8b0', border: '#9b1c1c', text: '#5c0b0b' },
  renew: { fill: '#ffe08a', border: '#8a6100', text: '#4a3300' },
  keep: { fill: '#b5e3b0', border: '#23672a', text: '#0f3d14' },
};

/** The note's height and the gap between notes, as on the canvas. */
export const NOTE_HEIGHT = 18;
const NOTE_GAP = 3;
const LETTER_SIZE = 12;
const COUNT_SIZE = 9;

/** One note per verdict present, in the vocabulary's order. */
export type NoteGroup = { verdict: MarkVerdict; count: number };

/** The notes of each actor (its own marks and its services', which the picture does not list) and of each relation. */
export function markGroups(map: MapDoc): { actors: Map<string, NoteGroup[]>; relations: Map<string, NoteGroup[]> } {
  const actors = new Map<string, Record<MarkVerdict, number>>();
  const relations = new Map<string, Record<MarkVerdict, number>>();
  for (const mark of liveMarks(map)) {
    const actor = markActor(mark.target);
    const [table, key] = actor ? [actors, actor] : [relations, (mark.target as { id: string }).id];
    const counts = table.get(key) ?? { drop: 0, renew: 0, keep: 0 };
    counts[mark.verdict] += 1;
    table.set(key, counts);
  }
  const groups = (table: Map<string, Record<MarkVerdict, number>>) =>
    new Map(
      [...table].map(([id, counts]) => [id, MARK_VERDICTS.filter((v) => counts[v] > 0).map((verdict) => ({ verdict, count: counts[verdict] }))] as const),
    );
  return { actors: groups(actors), relations: groups(relations) };
}

function noteWidth(group: NoteGroup, letters: MarkLetters): number {
  const count = group.count > 1 ? textWidth(String(group.count), COUNT_SIZE, true) + 1 : 0;
  return Math.max(NOTE_HEIGHT, textWidth(letters[group.verdict], LETTER_SIZE, true) + count + 8);
}

/** A row of notes as SVG with its top-left corner at (x, y), and the box it paints into (the shadow included). */
export function renderNoteRow(
  groups: readonly NoteGroup[],
  letters: MarkLetters,
  x: number,
  y: number,
  target: string,
): { svg: string; box: { minX: number; minY: number; maxX: number; maxY: number } } {
  const parts: string[] = [];
  let left = x;
  for (const group of groups) {
    const width = noteWidth(group, letters);
    const c = MARK_NOTE_COLOURS[group.verdict];
    const letter = escapeXml(letters[group.verdict]);
    const count = group.count > 1 ? `<tspan font-size="${COUNT_SIZE}" font-weight="700">${group.count}</tspan>` : '';
    // Drawn inside its box, border included (the canvas's border-box), with the canvas's hard shadow beneath.
    parts.push(
      `<g data-mark-note="${group.verdict}" data-mark-target="${escapeXml(target)}" data-count="${group.count}">` +
        `<rect x="${n(left + 1)}" y="${n(y + 1)}" width="${n(width)}" height="${NOTE_HEIGHT}" rx="2" fill="#000" fill-opacity="0.25"/>` +
        `<rect x="${n(left + 0.5)}" y="${n(y + 0.5)}" width="${n(width - 1)}" height="${NOTE_HEIGHT - 1}" rx="2" fill="${c.fill}" stroke="${c.border}" stroke-width="1"/>` +
        `<text x="${n(left + width / 2)}" y="${n(y + NOTE_HEIGHT / 2 + LETTER_SIZE * 0.36)}" font-size="${LETTER_SIZE}" font-weight="800" text-anchor="middle" fill="${c.text}">${letter}${count}</text></g>`,
    );
    left += width + NOTE_GAP;
  }
  return { svg: parts.join(''), box: { minX: x - 1, minY: y - 1, maxX: left + 2, maxY: y + NOTE_HEIGHT + 2 } };
}

/** Where an actor's notes start: on its top edge at the left, half outside the box (canvas: top -11px, left 10px). */
export const actorNotesAt = (box: CentredBox) => ({ x: box.cx - box.hw + 10, y: box.cy - box.hh - 11 });

/** The width of a row of notes, to place a relation's notes by their right edge. */
export function rowWidth(groups: readonly NoteGroup[], letters: MarkLetters): number {
  return groups.reduce((sum, g, i) => sum + noteWidth(g, letters) + (i > 0 ? NOTE_GAP : 0), 0);
}

/** Where a relation's notes start: their bottom 1 above the label's top, their right edge 6 past its right (canvas: bottom 100% + 1px, right -6px). */
export function relationNotesAt(label: { x: number; y: number; width: number; height: number }, width: number) {
  return { x: label.x + label.width / 2 + 6 - width, y: label.y - label.height / 2 - 1 - NOTE_HEIGHT };
}
