/**
 * The picture's legend: the actor types, directions, weights, closeness ties
 * and content areas that the map uses, drawn with the same encoding as the map.
 */
import {
  ACTOR_TYPES,
  CONTENT_AREAS,
  DIRECTIONS,
  liveMarks,
  MARK_VERDICTS,
  RINGS,
  areasOf,
  sectorsShown,
  type ActorType,
  type ContentArea,
  type Direction,
  type MapDoc,
  type MarkVerdict,
  type Ring,
  type Sector,
} from '../model';
import { type MarkLetters, renderNoteRow } from './markNotes';
import { sectorGlyph } from './sectors';
import { relationShape } from './geometry';
import { ACTOR_ICON_PATHS } from './icons';
import { escapeXml, n } from './svgText';
import { textWidth } from './text';
import { edgeWidth, type Theme } from './theme';

export interface LegendTexts {
  title: string;
  actorTypes: Record<ActorType, string>;
  directions: Record<Direction, string>;
  /** "Drawn in n maps". */
  weight: (count: number) => string;
  areasTitle: string;
  areas: Record<ContentArea, string>;
  areaShort: Record<ContentArea, string>;
  /** "In my network (closest)": a dashed closeness tie of a merged map, per ring. Leave out to draw no tie rows. */
  tie?: (ring: Ring) => string;
  /** The sectors' heading and names. Leave out to draw no sector rows. */
  sectorsTitle?: string;
  sectors?: Record<Sector, string>;
  /** The key to the drop–renew–keep notes: heading, letters and words. Leave out to draw no mark rows. */
  marks?: { title: string; letters: MarkLetters; names: Record<MarkVerdict, string> };
}

export interface LegendEntries {
  actorTypes: ActorType[];
  directions: Direction[];
  weights: number[];
  areas: ContentArea[];
  /** Rings of the closeness ties drawn, closest first. */
  tieRings: Ring[];
  /** The sectors of a personal map's scheme, or those a merged map's contributors used. */
  sectors: Sector[];
  /** The verdicts of the marks on what the picture shows. */
  marks: MarkVerdict[];
}

/** What the map uses, in the vocabulary's order; `ties` are the scene's closeness ties. */
export function legendEntries(map: MapDoc, ties: readonly { ring: Ring }[] = []): LegendEntries {
  const tieRings = new Set(ties.map((t) => t.ring));
  const types = new Set(map.actors.map((a) => a.type));
  const directions = new Set(map.relations.map((r) => r.direction));
  const weights = [...new Set(map.relations.map((r) => r.weight ?? 1))].sort((a, b) => a - b);
  const areas = new Set(map.actors.flatMap((a) => areasOf(a)));
  const verdicts = new Set(liveMarks(map).map((m) => m.verdict));
  return {
    actorTypes: ACTOR_TYPES.filter((t) => types.has(t)),
    directions: DIRECTIONS.filter((d) => directions.has(d)),
    // Only worth a key when relations differ in weight; at most min, middle, max.
    weights: weights.length > 1 ? [...new Set([weights[0]!, weights[Math.floor(weights.length / 2)]!, weights[weights.length - 1]!])] : [],
    areas: CONTENT_AREAS.filter((a) => areas.has(a)),
    tieRings: RINGS.filter((r) => tieRings.has(r)),
    sectors: sectorsShown(map),
    marks: MARK_VERDICTS.filter((v) => verdicts.has(v)),
  };
}

const ROW = 24;
const PAD = 12;
const SWATCH = 46;

/** The legend as an SVG group with its top-left corner at (x, y), and its size. */
export function renderLegend(entries: LegendEntries, texts: LegendTexts, theme: Theme, x: number, y: number): { svg: string; width: number; height: number } {
  const size = theme.label.fontSize + 1;
  const rows: { draw: (top: number) => string; text: string; bold?: boolean }[] = [];
  const heading = (text: string) => rows.push({ draw: () => '', text, bold: true });
  for (const type of entries.actorTypes) {
    const s = theme.node[type];
    rows.push({
      text: texts.actorTypes[type],
      draw: (top) =>
        `<rect x="${n(x + PAD)}" y="${n(top + 3)}" width="${SWATCH}" height="18" rx="${s.radius === 'pill' ? 9 : Math.min(s.radius, 9)}" fill="${s.fill}" stroke="${s.stroke}" stroke-width="${theme.node.strokeWidth}"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>` +
        `<path d="${ACTOR_ICON_PATHS[type]}" fill="${s.text}" transform="translate(${n(x + PAD + 4)} ${n(top + 5)}) scale(0.58)"/>`,
    });
  }
  for (const direction of entries.directions) {
    rows.push({
      text: texts.directions[direction],
      draw: (top) => {
        const a = { cx: x + PAD - 6, cy: top + 12, hw: 0, hh: 0 };
        const b = { cx: x + PAD + SWATCH + 6, cy: top + 12, hw: 0, hh: 0 };
        const shape = relationShape(a, b, 0, direction, { ...theme.edge, arrowLength: 9, arrowWidth: 8 });
        return `<path d="${shape.d}" stroke="${theme.edge.colour}" stroke-width="${edgeWidth(theme)}" fill="none"/>${shape.heads.map((h) => `<path d="${h.d}" fill="${theme.edge.colour}"/>`).join('')}`;
      },
    });
  }
  for (const weight of entries.weights) {
    rows.push({
      text: texts.weight(weight),
      draw: (top) =>
        `<line x1="${n(x + PAD)}" y1="${n(top + 12)}" x2="${n(x + PAD + SWATCH)}" y2="${n(top + 12)}" stroke="${theme.edge.colour}" stroke-width="${n(edgeWidth(theme, weight))}"/>`,
    });
  }
  const tieText = texts.tie;
  if (tieText)
    for (const ring of entries.tieRings) {
      const t = theme.tie;
      rows.push({
        text: tieText(ring),
        draw: (top) =>
          `<line x1="${n(x + PAD)}" y1="${n(top + 12)}" x2="${n(x + PAD + SWATCH)}" y2="${n(top + 12)}" stroke="${t.colour}" stroke-width="${t.width[ring]}" stroke-dasharray="${t.dash[ring]}" stroke-linecap="round" data-legend-tie="${ring}"/>`,
      });
    }
  if (entries.areas.length) heading(texts.areasTitle);
  for (const area of entries.areas) {
    const c = theme.areas[area];
    rows.push({
      text: texts.areas[area],
      draw: (top) =>
        `<rect x="${n(x + PAD)}" y="${n(top + 4)}" width="${SWATCH}" height="16" rx="3" fill="${c.fill}"/><text x="${n(x + PAD + SWATCH / 2)}" y="${n(top + 16)}" font-size="10" font-weight="700" text-anchor="middle" fill="${c.text}">${escapeXml(texts.areaShort[area])}</text>`,
    });
  }
  const sectorNames = texts.sectors;
  if (sectorNames && entries.sectors.length) {
    heading(texts.sectorsTitle ?? '');
    for (const sector of entries.sectors) {
      rows.push({
        text: sectorNames[sector],
        draw: (top) => {
          const glyph = sectorGlyph(sector, x + PAD + SWATCH / 2, top + 12, 9);
          return `<path d="${glyph.circle}" fill="${theme.ring.fills[0]}" stroke="${theme.ring.stroke}" stroke-width="1"/><path d="${glyph.wedge}" fill="${theme.ring.text}" data-legend-sector="${sector}"/>`;
        },
      });
    }
  }
  const marks = texts.marks;
  if (marks && entries.marks.length) {
    heading(marks.title);
    for (const verdict of entries.marks)
      rows.push({
        text: marks.names[verdict],
        draw: (top) =>
          `<g data-legend-mark="${verdict}">${renderNoteRow([{ verdict, count: 1 }], marks.letters, x + PAD + SWATCH / 2 - 9, top + 3, 'legend').svg}</g>`,
      });
  }
  const textX = x + PAD + SWATCH + 10;
  const width = Math.ceil(PAD * 2 + SWATCH + 10 + Math.max(textWidth(texts.title, size + 2, true), ...rows.map((r) => textWidth(r.text, size, r.bold))));
  const height = PAD * 2 + 26 + rows.length * ROW;
  const out = [
    `<g data-legend="true"><rect x="${n(x)}" y="${n(y)}" width="${width}" height="${height}" rx="6" fill="${theme.background}" stroke="${theme.muted}" stroke-width="1"/>`,
    `<text x="${n(x + PAD)}" y="${n(y + PAD + 14)}" font-size="${size + 2}" font-weight="700" fill="${theme.ink}">${escapeXml(texts.title)}</text>`,
  ];
  rows.forEach((row, i) => {
    const top = y + PAD + 26 + i * ROW;
    out.push(row.draw(top));
    out.push(
      `<text x="${n(row.bold ? x + PAD : textX)}" y="${n(top + 16)}" font-size="${size}"${row.bold ? ' font-weight="700"' : ''} fill="${theme.ink}">${escapeXml(row.text)}</text>`,
    );
  });
  out.push('</g>');
  return { svg: out.join(''), width, height };
}
