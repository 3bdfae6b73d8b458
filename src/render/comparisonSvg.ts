/**
 * The comparison of two rounds as one picture: the later map drawn plainly
 * (rings, relations as lines, actors as boxes), the changes over it
 * (comparisonShapes), a legend of the change marks, and the counts in words in
 * the picture's column. io/exportPng rasterises it like the whole-map picture.
 */
import { centreOf, RING_RADII, RINGS, type MapDoc, type Ring } from '../model';
import { arrowEnd, CHANGE_COLOURS, centredBox, CHANGE_MARKS, type ChangeKind, type ComparisonShape, badgeSpot } from './comparisonShapes';
import { composePicture } from './picture';
import type { Size } from './scene';
import { escapeXml, n } from './svgText';
import { textWidth } from './text';
import type { Theme } from './theme';

export interface ComparisonSvgInput {
  /** The later round. */
  map: MapDoc;
  shapes: readonly ComparisonShape[];
  sizes: ReadonlyMap<string, Size>;
  theme: Theme;
  title: string;
  subtitle?: string;
  ringNames: Record<Ring, string>;
  /** The legend's rows: each change kind in words (only kinds that occur are listed). */
  legend: { title: string; kinds: Partial<Record<ChangeKind, string>> };
  /** The counts and lists in words, printed in the column. */
  notes: string[];
}

const MARGIN = 40;
const LEGEND_ROW = 24;

/** A small round badge with a mark, the text cue of a change. */
function badge(x: number, y: number, kind: ChangeKind, text = CHANGE_MARKS[kind]): string {
  const w = Math.max(20, textWidth(text, 13, true) + 10);
  return `<g data-change-badge="${kind}"><rect x="${n(x - w / 2)}" y="${n(y - 10)}" width="${n(w)}" height="20" rx="10" fill="${CHANGE_COLOURS[kind]}"/><text x="${n(x)}" y="${n(y + 4.5)}" font-size="13" font-weight="700" text-anchor="middle" fill="#ffffff">${escapeXml(text)}</text></g>`;
}

/** One change drawn as SVG text (shared by the picture; the canvas draws the same shapes with React). */
export function shapeSvg(s: ComparisonShape): string {
  const colour = CHANGE_COLOURS[s.change];
  if (s.shape === 'relation') {
    const m = badgeSpot(s.from, s.to);
    const dash = s.change === 'gone' ? ' stroke-dasharray="8 6"' : '';
    return `<g data-change="${s.change}" data-relation="${escapeXml(s.id)}"><line x1="${n(s.from.x)}" y1="${n(s.from.y)}" x2="${n(s.to.x)}" y2="${n(s.to.y)}" stroke="${colour}" stroke-width="4" stroke-opacity="0.85"${dash}/>${badge(m.x, m.y, s.change)}</g>`;
  }
  if (s.shape === 'actor') {
    const { x, y, width, height } = s.box;
    const ghost = s.change === 'gone';
    const fill = ghost ? ' fill="#ffffff" fill-opacity="0.85"' : ' fill="none"';
    const name = ghost
      ? `<text x="${n(x + width / 2)}" y="${n(y + height / 2 + 5)}" font-size="14" text-anchor="middle" fill="${colour}" text-decoration="line-through">${escapeXml(s.name)}</text>`
      : '';
    return `<g data-change="${s.change}" data-actor="${escapeXml(s.id)}"><rect x="${n(x - 4)}" y="${n(y - 4)}" width="${n(width + 8)}" height="${n(height + 8)}" rx="10"${fill} stroke="${colour}" stroke-width="3"${ghost ? ' stroke-dasharray="8 6"' : ''}/>${name}${badge(x + width + 2, y - 2, s.change)}</g>`;
  }
  const end = arrowEnd(s.from, s.box);
  const angle = Math.atan2(end.y - s.from.y, end.x - s.from.x);
  const wing = (turn: number) => `${n(end.x - 12 * Math.cos(angle + turn))},${n(end.y - 12 * Math.sin(angle + turn))}`;
  const head = [`${n(end.x)},${n(end.y)}`, wing(0.45), wing(-0.45)];
  return `<g data-change="${s.change}" data-actor="${escapeXml(s.id)}"><circle cx="${n(s.from.x)}" cy="${n(s.from.y)}" r="5" fill="none" stroke="${colour}" stroke-width="2.5"/><line x1="${n(s.from.x)}" y1="${n(s.from.y)}" x2="${n(end.x)}" y2="${n(end.y)}" stroke="${colour}" stroke-width="3" stroke-dasharray="2 4" stroke-linecap="round"/><polygon points="${head.join(' ')}" fill="${colour}"/></g>`;
}

/** The picture of a comparison: map units, 1 unit = 1 px at scale 1. */
export function renderComparisonSvg(input: ComparisonSvgInput): { svg: string; width: number; height: number } {
  const { map, theme, sizes } = input;
  const boxOf = (id: string) => {
    const actor = map.actors.find((a) => a.id === id)!;
    return centredBox(actor.position ?? { x: 0, y: 0 }, sizes.get(id) ?? { width: 140, height: 48 });
  };
  const xs: number[] = [];
  const ys: number[] = [];
  for (const a of map.actors) {
    const b = boxOf(a.id);
    xs.push(b.x, b.x + b.width + 16);
    ys.push(b.y - 16, b.y + b.height);
  }
  for (const s of input.shapes) {
    if (s.shape === 'relation') {
      xs.push(s.from.x, s.to.x);
      ys.push(s.from.y, s.to.y);
    } else {
      xs.push(s.box.x - 8, s.box.x + s.box.width + 16);
      ys.push(s.box.y - 16, s.box.y + s.box.height + 8);
    }
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
  const kinds = Object.entries(input.legend.kinds) as [ChangeKind, string][];
  const legendH = 30 + kinds.length * LEGEND_ROW;
  const minX = Math.min(...xs) - MARGIN;
  const minY = Math.min(...ys) - MARGIN - legendH;
  const width = Math.ceil(Math.max(...xs) + MARGIN - minX);
  const height = Math.ceil(Math.max(...ys) + MARGIN - minY);

  const out: string[] = [];
  out.push(
    `<g data-comparison-legend="true"><text x="${n(minX + MARGIN)}" y="${n(minY + 24)}" font-size="16" font-weight="700" fill="${theme.ink}">${escapeXml(input.legend.title)}</text>`,
  );
  kinds.forEach(([kind, text], i) => {
    const y = minY + 30 + i * LEGEND_ROW + LEGEND_ROW / 2;
    const x = minX + MARGIN;
    out.push(
      `<line x1="${n(x)}" y1="${n(y)}" x2="${n(x + 30)}" y2="${n(y)}" stroke="${CHANGE_COLOURS[kind]}" stroke-width="4"${kind === 'gone' ? ' stroke-dasharray="8 6"' : ''}/>`,
    );
    out.push(badge(x + 48, y, kind));
    out.push(`<text x="${n(x + 66)}" y="${n(y + 5)}" font-size="14" fill="${theme.ink}">${escapeXml(text)}</text>`);
  });
  out.push('</g>');
  if (map.kind === 'personal') {
    for (const ring of [...RINGS].reverse())
      out.push(
        `<circle cx="${centre.x}" cy="${centre.y}" r="${RING_RADII[ring]}" fill="${theme.ring.fills[ring - 1]}" stroke="${theme.ring.stroke}" stroke-width="${theme.ring.strokeWidth}"/>`,
      );
    for (const ring of RINGS)
      out.push(
        `<text x="${centre.x}" y="${centre.y - RING_RADII[ring] + 20}" font-size="${theme.ring.fontSize}" text-anchor="middle" fill="${theme.ring.text}">${escapeXml(input.ringNames[ring])}</text>`,
      );
  }
  // The later map's relations: edge to edge, with a head at each end the relation points to.
  const middle = (b: { x: number; y: number; width: number; height: number }) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });
  const head = (from: { x: number; y: number }, to: { x: number; y: number }) => {
    const angle = Math.atan2(to.y - from.y, to.x - from.x);
    const wing = (turn: number) => `${n(to.x - 11 * Math.cos(angle + turn))},${n(to.y - 11 * Math.sin(angle + turn))}`;
    return `<polygon points="${n(to.x)},${n(to.y)} ${wing(0.4)} ${wing(-0.4)}" fill="${theme.edge.colour}"/>`;
  };
  for (const r of map.relations) {
    const s = boxOf(r.source);
    const t = boxOf(r.target);
    const from = arrowEnd(middle(t), s);
    const to = arrowEnd(middle(s), t);
    out.push(`<line x1="${n(from.x)}" y1="${n(from.y)}" x2="${n(to.x)}" y2="${n(to.y)}" stroke="${theme.edge.colour}" stroke-width="1.5"/>`);
    if (r.direction !== 'backward') out.push(head(from, to));
    if (r.direction !== 'forward') out.push(head(to, from));
  }
  for (const a of map.actors) {
    const b = boxOf(a.id);
    const style = theme.node[a.type];
    out.push(
      `<rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.width)}" height="${n(b.height)}" rx="8" fill="${style.fill}" stroke="${style.stroke}" stroke-width="${theme.node.strokeWidth}"/><text x="${n(b.x + b.width / 2)}" y="${n(b.y + b.height / 2 + 5)}" font-size="${theme.node.fontSize}" font-weight="600" text-anchor="middle" fill="${style.text}">${escapeXml(a.name)}</text>`,
    );
  }
  for (const s of input.shapes) out.push(shapeSvg(s));
  const picture = composePicture(
    { theme, title: input.title, subtitle: input.subtitle, notes: input.notes },
    width,
    height,
    `<g transform="translate(${n(-minX)} ${n(-minY)})">${out.join('')}</g>`,
  );
  return { svg: picture.svg, width: picture.width, height: picture.height };
}
