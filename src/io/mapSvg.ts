/**
 * A lean picture of the whole map as one SVG document, drawn straight from the
 * model (positions, rings, label spots) and the node sizes the canvas measured.
 *
 * Why not copy the live editor DOM (html-to-image)? That copies every computed
 * style of every element, about 5 ms each here: 25 s for a 200-actor map and
 * minutes for 1000 actors, with the page frozen. This document has a handful of
 * plain elements per actor and relation and renders in well under a second.
 * It draws the same shapes, colours and label spots as the canvas.
 *
 * Every text is escaped: labels are data, never markup.
 */
import { ACTOR_ICON_PATHS } from '../canvas/actorIconPaths';
import { arrowBetween, type CentredBox } from '../canvas/floatingEdge';
import { areasOf, centreOf, RING_RADII, RINGS, relationLabelSpots, type Actor, type ContentArea, type MapDoc, type Ring } from '../model';

export interface MapSvgInput {
  map: MapDoc;
  /** Sizes of the nodes as the canvas measured them; estimated where missing. */
  sizes: ReadonlyMap<string, { width: number; height: number }>;
  /** The label lines of a relation, as the canvas shows them (translated). */
  labelLines: (relationId: string) => string[];
  ringNames: Record<Ring, string>;
  areaNames: Record<ContentArea, string>;
  arrows: Record<MapDoc['relations'][number]['direction'], string>;
  title: string;
  subtitle?: string;
}

export interface MapSvg {
  svg: string;
  width: number;
  height: number;
}

/** Colours of the canvas (src/app/app.css and canvas/RelationEdge.tsx). */
const COLOURS = {
  ink: '#1d2b36',
  muted: '#5a6b75',
  edge: '#1f6f8b',
  labelBorder: '#b8860b',
  ringStroke: '#9fc5bb',
  ringFills: ['#e8f4f1', '#f1f7f5', '#f8fbfa'],
  ringText: '#4d7f73',
  areas: { everyday: '#8e44ad', education: '#1f618d', employment: '#b9770e' } as Record<ContentArea, string>,
};
const NODE_STYLE: Record<Actor['type'], { fill: string; stroke: string; text: string; rx: (h: number) => number; dash?: string; shadow?: string }> = {
  self: { fill: '#2a7f6f', stroke: '#1c5a4e', text: '#ffffff', rx: (h) => h / 2 },
  person: { fill: '#ffffff', stroke: '#34495e', text: COLOURS.ink, rx: (h) => h / 2 },
  group: { fill: '#fff8e8', stroke: '#a0782c', text: COLOURS.ink, rx: () => 12, dash: '6 4' },
  organisation: { fill: '#eef3fb', stroke: '#2c4f86', text: COLOURS.ink, rx: () => 2, shadow: '#2c4f86' },
};
const FONT = "system-ui, 'DejaVu Sans', sans-serif";
const MARGIN = 40;
const HEADER = 72;
const LABEL_MAX_WIDTH = 190;
/** Average glyph width as a share of the font size, for wrapping text without measuring it. */
const GLYPH = 0.58;

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Break text into lines of at most `maxChars`, at spaces where possible; at most `maxLines`, the last with "…". */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const pieces = word.length > maxChars ? word.match(new RegExp(`.{1,${maxChars}}`, 'gu'))! : [word];
    for (const piece of pieces) {
      if (line && (line + ' ' + piece).length > maxChars) {
        lines.push(line);
        line = piece;
      } else line = line ? `${line} ${piece}` : piece;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.slice(0, Math.max(0, maxChars - 1))}…`;
  return kept;
}

function estimateNodeSize(actor: Actor): { width: number; height: number } {
  const nameLines = wrapText(actor.name, 22, 3).length;
  const extra = (actor.organisation ? 1 : 0) + (actor.services.length ? 1 : 0) + (areasOf(actor).length ? 1 : 0);
  return { width: Math.min(200, Math.max(110, Math.min(actor.name.length, 22) * 13 * GLYPH + 50)), height: 20 + nameLines * 17 + extra * 15 };
}

type Box = CentredBox;

const n = (value: number) => Math.round(value * 10) / 10;

function renderNode(actor: Actor, box: Box, input: MapSvgInput): string {
  const style = NODE_STYLE[actor.type];
  const x = box.cx - box.hw;
  const y = box.cy - box.hh;
  const w = box.hw * 2;
  const h = box.hh * 2;
  const parts: string[] = [];
  if (style.shadow) parts.push(`<rect x="${n(x + 3)}" y="${n(y + 3)}" width="${n(w)}" height="${n(h)}" rx="${style.rx(h)}" fill="${style.shadow}"/>`);
  parts.push(
    `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="${n(style.rx(h))}" fill="${style.fill}" stroke="${style.stroke}" stroke-width="2"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''}/>`,
  );
  const textX = x + 34;
  const maxChars = Math.max(6, Math.floor((w - 44) / (13 * GLYPH)));
  const name = wrapText(actor.name, maxChars, 3);
  const sub: { text: string; size: number; colour: string }[] = [];
  if (actor.organisation)
    sub.push({
      text: wrapText(actor.organisation, Math.floor((w - 44) / (11 * GLYPH)), 1)[0] ?? '',
      size: 11,
      colour: actor.type === 'self' ? '#d9efe9' : COLOURS.muted,
    });
  const areas = areasOf(actor);
  const lineCount = name.length + sub.length + (areas.length ? 1 : 0);
  let lineY = box.cy - (lineCount * 16) / 2 + 12;
  parts.push(`<path d="${ACTOR_ICON_PATHS[actor.type]}" fill="${style.text}" transform="translate(${n(x + 10)} ${n(box.cy - 9)}) scale(0.75)"/>`);
  for (const line of name) {
    parts.push(
      `<text x="${n(textX)}" y="${n(lineY)}" font-size="13" font-weight="${actor.type === 'self' ? 700 : 600}" fill="${style.text}">${escapeXml(line)}</text>`,
    );
    lineY += 16;
  }
  for (const line of sub) {
    parts.push(`<text x="${n(textX)}" y="${n(lineY - 2)}" font-size="${line.size}" fill="${line.colour}">${escapeXml(line.text)}</text>`);
    lineY += 15;
  }
  let badgeX = textX;
  for (const area of areas) {
    const label = input.areaNames[area];
    const width = label.length * 10 * GLYPH + 8;
    parts.push(`<rect x="${n(badgeX)}" y="${n(lineY - 12)}" width="${n(width)}" height="14" rx="3" fill="${COLOURS.areas[area]}"/>`);
    parts.push(`<text x="${n(badgeX + 4)}" y="${n(lineY - 1.5)}" font-size="10" font-weight="700" fill="#ffffff">${escapeXml(label)}</text>`);
    badgeX += width + 3;
  }
  return `<g>${parts.join('')}</g>`;
}

function renderLabel(at: { x: number; y: number }, arrow: string, lines: string[], weight: number): string {
  const maxChars = Math.floor((LABEL_MAX_WIDTH - 40) / (11 * GLYPH));
  const wrapped = lines.flatMap((line, i) => wrapText(line, maxChars, 2).map((text) => ({ text, italic: i > 0 })));
  const textWidth = Math.max(0, ...wrapped.map((l) => l.text.length * 11 * GLYPH));
  const weightText = weight > 1 ? `×${weight}` : '';
  const width = Math.min(LABEL_MAX_WIDTH + 20, 34 + textWidth + (weightText ? 24 : 0));
  const height = Math.max(26, wrapped.length * 13.5 + 8);
  const x = at.x - width / 2;
  const y = at.y - height / 2;
  const parts = [
    `<rect x="${n(x)}" y="${n(y)}" width="${n(width)}" height="${n(height)}" rx="6" fill="#ffffff" fill-opacity="0.94" stroke="${COLOURS.labelBorder}"/>`,
    `<rect x="${n(x + 3)}" y="${n(at.y - 11)}" width="24" height="22" rx="4" fill="#ffffff" stroke="#d0d9de"/>`,
    `<text x="${n(x + 15)}" y="${n(at.y + 5)}" font-size="14" text-anchor="middle" fill="${COLOURS.ink}">${escapeXml(arrow)}</text>`,
  ];
  wrapped.forEach((line, i) => {
    const lineY = y + 14 + i * 13.5;
    parts.push(
      `<text x="${n(x + 32)}" y="${n(lineY)}" font-size="11"${line.italic ? ' font-style="italic" fill="#3b5d6e"' : ` fill="${COLOURS.ink}"`}>${escapeXml(line.text)}</text>`,
    );
  });
  if (weightText)
    parts.push(`<text x="${n(x + width - 6)}" y="${n(at.y + 4)}" font-size="11" font-weight="700" text-anchor="end" fill="#7d3c98">${weightText}</text>`);
  return `<g>${parts.join('')}</g>`;
}

/** The whole map with its title, on white, in map units (1 unit = 1 px at scale 1). */
export function renderMapSvg(input: MapSvgInput): MapSvg {
  const { map } = input;
  const boxes = new Map<string, Box>();
  for (const actor of map.actors) {
    const size = input.sizes.get(actor.id) ?? estimateNodeSize(actor);
    const p = actor.position ?? { x: 0, y: 0 };
    boxes.set(actor.id, { cx: p.x, cy: p.y, hw: size.width / 2, hh: size.height / 2 });
  }
  const lines = new Map(map.relations.map((r) => [r.id, input.labelLines(r.id)]));
  const spots = relationLabelSpots(map, lines);

  // The area to draw: every node and label, and the rings of a personal map.
  const xs: number[] = [];
  const ys: number[] = [];
  for (const b of boxes.values()) {
    xs.push(b.cx - b.hw, b.cx + b.hw + 3);
    ys.push(b.cy - b.hh, b.cy + b.hh + 3);
  }
  for (const s of spots.values()) {
    xs.push(s.x - LABEL_MAX_WIDTH / 2, s.x + LABEL_MAX_WIDTH / 2);
    ys.push(s.y - 30, s.y + 30);
  }
  const centre = centreOf(map);
  if (map.kind === 'personal') {
    xs.push(centre.x - RING_RADII[3], centre.x + RING_RADII[3]);
    ys.push(centre.y - RING_RADII[3], centre.y + RING_RADII[3]);
  }
  if (xs.length === 0) {
    xs.push(0, 400);
    ys.push(0, 200);
  }
  const minX = Math.min(...xs) - MARGIN;
  const minY = Math.min(...ys) - MARGIN - HEADER;
  const width = Math.ceil(Math.max(...xs) + MARGIN - minX);
  const height = Math.ceil(Math.max(...ys) + MARGIN - minY);

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${n(minX)} ${n(minY)} ${width} ${height}" font-family="${FONT}">`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="12" markerHeight="12" markerUnits="userSpaceOnUse" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${COLOURS.edge}"/></marker></defs>`,
    `<rect x="${n(minX)}" y="${n(minY)}" width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${n(minX + MARGIN)}" y="${n(minY + 38)}" font-size="26" font-weight="600" fill="${COLOURS.ink}">${escapeXml(input.title)}</text>`,
  );
  if (input.subtitle) out.push(`<text x="${n(minX + MARGIN)}" y="${n(minY + 60)}" font-size="15" fill="${COLOURS.muted}">${escapeXml(input.subtitle)}</text>`);
  if (map.kind === 'personal') {
    for (const ring of [...RINGS].reverse()) {
      out.push(
        `<circle cx="${centre.x}" cy="${centre.y}" r="${RING_RADII[ring]}" fill="${COLOURS.ringFills[ring - 1]}" stroke="${COLOURS.ringStroke}" stroke-width="1.5"${ring === 3 ? ' stroke-dasharray="6 6"' : ''}/>`,
      );
    }
    for (const ring of RINGS) {
      out.push(
        `<text x="${centre.x}" y="${centre.y - RING_RADII[ring] + 20}" font-size="15" text-anchor="middle" fill="${COLOURS.ringText}">${escapeXml(input.ringNames[ring])}</text>`,
      );
    }
  }
  for (const relation of map.relations) {
    const a = boxes.get(relation.source);
    const b = boxes.get(relation.target);
    if (!a || !b) continue;
    const { from, to } = arrowBetween(a, b);
    const weight = relation.weight ?? 1;
    const markers = `${relation.direction !== 'backward' ? ' marker-end="url(#arrow)"' : ''}${relation.direction !== 'forward' ? ' marker-start="url(#arrow)"' : ''}`;
    out.push(
      `<line x1="${n(from.x)}" y1="${n(from.y)}" x2="${n(to.x)}" y2="${n(to.y)}" stroke="${COLOURS.edge}" stroke-width="${n(Math.min(1.6 + (weight - 1) * 1.2, 8))}"${markers}/>`,
    );
  }
  for (const relation of map.relations) {
    const spot = spots.get(relation.id);
    if (spot && boxes.has(relation.source) && boxes.has(relation.target))
      out.push(renderLabel(spot, input.arrows[relation.direction], lines.get(relation.id) ?? [], relation.weight ?? 1));
  }
  for (const actor of map.actors) out.push(renderNode(actor, boxes.get(actor.id)!, input));
  out.push('</svg>');
  return { svg: out.join(''), width, height };
}
