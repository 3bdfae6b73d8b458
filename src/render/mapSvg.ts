/**
 * A picture of the whole map as one SVG document, drawn from the model, the
 * node sizes the canvas measured and a theme, with the same scene (curves,
 * heads, label rows and spots) as the canvas, and a legend.
 *
 * Why not copy the live editor DOM (html-to-image)? That copies every computed
 * style of every element, about 5 ms each: 25 s for a 200-actor map. This
 * document has a handful of plain elements per actor and relation and renders
 * in well under a second. io/exportPng rasterises it.
 */
import { areasOf, centreOf, RING_RADII, RINGS, type Actor, type ContentArea, type MapDoc, type Ring } from '../model';
import type { CentredBox } from './geometry';
import { ACTOR_ICON_PATHS } from './icons';
import { LABEL_BORDER, LABEL_INNER_GAP } from './labels';
import { type LegendTexts, legendEntries, renderLegend } from './legend';
import { buildScene, type SceneRelation, type SceneTie, type Size } from './scene';
import { escapeXml, n } from './svgText';
import { textWidth, wrapText } from './text';
import { edgeWidth, type Theme } from './theme';

export interface MapSvgInput {
  map: MapDoc;
  theme: Theme;
  /** Sizes of the nodes as the canvas measured them; estimated where missing. */
  sizes: ReadonlyMap<string, Size>;
  /** The label parts of a relation (topics, methods), as the canvas shows them (translated). */
  labelLines: (relationId: string) => string[];
  ringNames: Record<Ring, string>;
  areaNames: Record<ContentArea, string>;
  title: string;
  subtitle?: string;
  /** Leave out to draw no legend. */
  legend?: LegendTexts;
}

export interface MapSvg {
  svg: string;
  width: number;
  height: number;
}

const MARGIN = 40;
const HEADER = 72;
/** How much wider than the real text `textWidth` may estimate a bold name (see text.ts). */
const NAME_ESTIMATE_SLACK = 1.2;

function renderNode(actor: Actor, box: CentredBox, input: MapSvgInput): string {
  const { theme } = input;
  const style = theme.node[actor.type];
  const x = box.cx - box.hw;
  const y = box.cy - box.hh;
  const w = box.hw * 2;
  const h = box.hh * 2;
  const rx = style.radius === 'pill' ? h / 2 : style.radius;
  const parts: string[] = [];
  if (style.shadow) parts.push(`<rect x="${n(x + 3)}" y="${n(y + 3)}" width="${n(w)}" height="${n(h)}" rx="${n(rx)}" fill="${style.shadow}"/>`);
  parts.push(
    `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="${n(rx)}" fill="${style.fill}" stroke="${style.stroke}" stroke-width="${theme.node.strokeWidth}"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''}/>`,
  );
  const fs = theme.node.fontSize;
  const sub = theme.node.subFontSize;
  const textX = x + 34;
  const textMax = Math.max(40, w - 48);
  // The canvas sized this box around the name; the width estimate is deliberately wide, so allow it that much more.
  const name = wrapText(actor.name, textMax * NAME_ESTIMATE_SLACK, fs, 3, true);
  const org = actor.organisation ? wrapText(actor.organisation, textMax, sub, 1) : [];
  const areas = areasOf(actor);
  const lineCount = name.length + org.length + (areas.length ? 1 : 0);
  let lineY = box.cy - (lineCount * fs * 1.25) / 2 + fs;
  parts.push(`<path d="${ACTOR_ICON_PATHS[actor.type]}" fill="${style.text}" transform="translate(${n(x + 10)} ${n(box.cy - 9)}) scale(0.75)"/>`);
  for (const line of name) {
    parts.push(
      `<text x="${n(textX)}" y="${n(lineY)}" font-size="${fs}" font-weight="${actor.type === 'self' ? 700 : 600}" fill="${style.text}">${escapeXml(line)}</text>`,
    );
    lineY += fs * 1.25;
  }
  for (const line of org) {
    parts.push(`<text x="${n(textX)}" y="${n(lineY - 2)}" font-size="${sub}" fill="${style.subText}">${escapeXml(line)}</text>`);
    lineY += fs * 1.2;
  }
  let badgeX = textX;
  for (const area of areas) {
    const label = input.areaNames[area];
    const width = textWidth(label, 10, true) + 8;
    parts.push(`<rect x="${n(badgeX)}" y="${n(lineY - 12)}" width="${n(width)}" height="14" rx="3" fill="${theme.areas[area].fill}"/>`);
    parts.push(`<text x="${n(badgeX + 4)}" y="${n(lineY - 1.5)}" font-size="10" font-weight="700" fill="${theme.areas[area].text}">${escapeXml(label)}</text>`);
    badgeX += width + 3;
  }
  return `<g>${parts.join('')}</g>`;
}

function renderLabel(rel: SceneRelation, theme: Theme): string {
  const { label, glyph } = rel;
  const l = theme.label;
  const left = label.x - label.width / 2;
  const top = label.y - label.height / 2;
  const parts = [
    `<rect x="${n(left)}" y="${n(top)}" width="${n(label.width)}" height="${n(label.height)}" rx="5" fill="${l.background}" fill-opacity="0.96" stroke="${l.border}" stroke-width="${LABEL_BORDER}"/>`,
    `<text x="${n(left + LABEL_BORDER + l.padding + l.glyphWidth / 2)}" y="${n(label.y + l.glyphFontSize * 0.36)}" font-size="${l.glyphFontSize}" text-anchor="middle" fill="${theme.ink}">${glyph}</text>`,
  ];
  const textX = left + LABEL_BORDER + l.padding + l.glyphWidth + LABEL_INNER_GAP;
  const firstBaseline = label.y - (label.rows.length * l.lineHeight) / 2 + l.lineHeight * 0.76;
  label.rows.forEach((row, i) => {
    parts.push(
      `<text x="${n(textX)}" y="${n(firstBaseline + i * l.lineHeight)}" font-size="${l.fontSize}"${row.italic ? ` font-style="italic" fill="${l.methodColour}"` : ` fill="${theme.ink}"`}>${escapeXml(row.text)}</text>`,
    );
  });
  if (label.weightText)
    parts.push(
      `<text x="${n(left + label.width - LABEL_BORDER - l.padding)}" y="${n(label.y + l.fontSize * 0.36)}" font-size="${l.fontSize}" font-weight="700" text-anchor="end" fill="${l.weightColour}">${label.weightText}</text>`,
    );
  return `<g>${parts.join('')}</g>`;
}

/** A dashed "in my network" tie: round caps, so short dashes of an outer ring still read as dots. */
export function renderTie(tie: SceneTie, theme: Theme): string {
  const { tie: style } = theme;
  return `<path d="${tie.shape.d}" fill="none" stroke="${style.colour}" stroke-width="${style.width[tie.ring]}" stroke-dasharray="${style.dash[tie.ring]}" stroke-linecap="round" data-tie="${escapeXml(tie.id)}" data-ring="${tie.ring}"/>`;
}

/** The whole map with its title (and a legend), on the theme's background, in map units (1 unit = 1 px at scale 1). */
export function renderMapSvg(input: MapSvgInput): MapSvg {
  const { map, theme } = input;
  const scene = buildScene(map, input.sizes, input.labelLines, theme);

  // The area to draw: every node and label, and the rings of a personal map.
  const xs: number[] = [];
  const ys: number[] = [];
  for (const b of scene.boxes.values()) {
    xs.push(b.cx - b.hw, b.cx + b.hw + 3);
    ys.push(b.cy - b.hh, b.cy + b.hh + 3);
  }
  for (const { label } of scene.relations.values()) {
    xs.push(label.x - label.width / 2, label.x + label.width / 2);
    ys.push(label.y - label.height / 2, label.y + label.height / 2);
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
  const mapRight = Math.max(...xs) + MARGIN;
  const legend = input.legend ? renderLegend(legendEntries(map, scene.ties), input.legend, theme, mapRight, minY + HEADER) : undefined;
  const width = Math.ceil(mapRight - minX + (legend ? legend.width + MARGIN : 0));
  const height = Math.ceil(Math.max(Math.max(...ys) + MARGIN - minY, legend ? HEADER + legend.height + MARGIN : 0));

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${n(minX)} ${n(minY)} ${width} ${height}" font-family="${escapeXml(theme.font)}">`,
    `<rect x="${n(minX)}" y="${n(minY)}" width="${width}" height="${height}" fill="${theme.background}"/>`,
    `<text x="${n(minX + MARGIN)}" y="${n(minY + 38)}" font-size="26" font-weight="600" fill="${theme.ink}">${escapeXml(input.title)}</text>`,
  );
  if (input.subtitle) out.push(`<text x="${n(minX + MARGIN)}" y="${n(minY + 60)}" font-size="15" fill="${theme.muted}">${escapeXml(input.subtitle)}</text>`);
  if (map.kind === 'personal') {
    for (const ring of [...RINGS].reverse()) {
      out.push(
        `<circle cx="${centre.x}" cy="${centre.y}" r="${RING_RADII[ring]}" fill="${theme.ring.fills[ring - 1]}" stroke="${theme.ring.stroke}" stroke-width="${theme.ring.strokeWidth}"${ring === 3 ? ' stroke-dasharray="6 6"' : ''}/>`,
      );
    }
    for (const ring of RINGS) {
      out.push(
        `<text x="${centre.x}" y="${centre.y - RING_RADII[ring] + 20}" font-size="${theme.ring.fontSize}" text-anchor="middle" fill="${theme.ring.text}">${escapeXml(input.ringNames[ring])}</text>`,
      );
    }
  }
  // Closeness ties beneath the relations: context, not contact.
  for (const tie of scene.ties) out.push(renderTie(tie, theme));
  const byId = new Map(map.relations.map((r) => [r.id, r]));
  for (const rel of scene.relations.values()) {
    const weight = byId.get(rel.id)?.weight ?? 1;
    out.push(
      `<path d="${rel.shape.d}" fill="none" stroke="${theme.edge.colour}" stroke-width="${n(edgeWidth(theme, weight))}" data-relation="${escapeXml(rel.id)}"/>`,
    );
    for (const head of rel.shape.heads) out.push(`<path d="${head.d}" fill="${theme.edge.colour}" data-head="true"/>`);
  }
  for (const rel of scene.relations.values()) {
    const { label } = rel;
    if (label.leader)
      out.push(
        `<line x1="${n(label.anchor.x)}" y1="${n(label.anchor.y)}" x2="${n(label.x)}" y2="${n(label.y)}" stroke="${theme.label.leader}" stroke-width="1.2"/><circle cx="${n(label.anchor.x)}" cy="${n(label.anchor.y)}" r="2.5" fill="${theme.label.leader}"/>`,
      );
  }
  for (const actor of map.actors) out.push(renderNode(actor, scene.boxes.get(actor.id)!, input));
  for (const rel of scene.relations.values()) out.push(renderLabel(rel, theme));
  if (legend) out.push(legend.svg);
  out.push('</svg>');
  return { svg: out.join(''), width, height };
}
