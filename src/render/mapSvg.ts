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
import { areasOf, centreOf, RING_RADII, RINGS, schemeOf, type Actor, type ContentArea, type MapDoc, type Ring, type Sector } from '../model';
import type { CentredBox } from './geometry';
import { ACTOR_ICON_PATHS } from './icons';
import { LABEL_BORDER, LABEL_INNER_GAP } from './labels';
import { type LegendTexts, legendEntries } from './legend';
import { composePicture, printedTextMm } from './picture';
import { buildScene, type SceneRelation, type SceneTie, type Size } from './scene';
import { actorNotesAt, type MarkLetters, markGroups, relationNotesAt, renderNoteRow, rowWidth } from './markNotes';
import { renderSectors, sectorFontSize, sectorGeometry } from './sectors';
import { escapeXml, n } from './svgText';
import { type Box, growBox, pathBox, pathReach, type SvgPiece, type TiledSvg, unionBox } from './svgTiles';
import { textWidth, wrapText } from './text';
import { edgeWidth, type Theme } from './theme';

export interface MapSvgInput {
  /** The map as the lens shows it: pass `visiblePart(map, view)`, so only what the filters keep is drawn (and listed in the legend). */
  map: MapDoc;
  theme: Theme;
  /** Sizes of the nodes as the canvas measured them; estimated where missing. */
  sizes: ReadonlyMap<string, Size>;
  /** The label parts of a relation (topics, methods), as the canvas shows them (translated). */
  labelLines: (relationId: string) => string[];
  ringNames: Record<Ring, string>;
  /** Names of the sectors (translated): a personal map with a sector scheme is drawn with its wedges. */
  sectorNames?: Record<Sector, string>;
  areaNames: Record<ContentArea, string>;
  title: string;
  /** "Author · region · date". */
  subtitle?: string;
  /** Leave out to draw no legend. */
  legend?: LegendTexts;
  /** Drawn faintly, as the canvas dims what is outside a focus or search (model/view `deriveView`). */
  dimmed?: { actors: ReadonlySet<string>; relations: ReadonlySet<string> };
  /** The lens in words, printed under the legend: the active filters, the focus, the search. */
  notes?: string[];
  /** The drop–renew–keep letters (translated): with them, the marks are drawn as notes on actors and labels. */
  markLetters?: MarkLetters;
  /** Only this part of the map (map units), as a saved view frames it. */
  frame?: { x: number; y: number; width: number; height: number };
}

export interface MapSvg {
  svg: string;
  width: number;
  height: number;
  /** How high the map's smallest text (labels, organisations) comes out when the picture is fitted to A3. */
  mapTextMm: number;
  /** How much the header and legend were enlarged so that they print legibly on A3. */
  chromeScale: number;
  /** The same picture as parts to rasterise tile by tile (io/tiledPng): a big map in one go freezes the page. */
  tiled: TiledSvg;
}

/** Opacity of what is outside the focus or search: the canvas's quarter. */
export const DIMMED_OPACITY = 0.25;
const MARGIN = 40;
/** How much wider than the real text `textWidth` may estimate a bold name (see text.ts). */
const NAME_ESTIMATE_SLACK = 1.2;

function renderNode(actor: Actor, box: CentredBox, input: MapSvgInput, isDimmed?: boolean): string {
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
  return `<g${dim(isDimmed)}>${parts.join('')}</g>`;
}

function renderLabel(rel: SceneRelation, theme: Theme, isDimmed?: boolean): string {
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
  return `<g${dim(isDimmed)}>${parts.join('')}</g>`;
}

/** A dashed "in my network" tie: round caps, so short dashes of an outer ring still read as dots. */
export function renderTie(tie: SceneTie, theme: Theme): string {
  const { tie: style } = theme;
  return `<path d="${tie.shape.d}" fill="none" stroke="${style.colour}" stroke-width="${style.width[tie.ring]}" stroke-dasharray="${style.dash[tie.ring]}" stroke-linecap="round" data-tie="${escapeXml(tie.id)}" data-ring="${tie.ring}"/>`;
}

const dim = (isDimmed: boolean | undefined) => (isDimmed ? ` opacity="${DIMMED_OPACITY}"` : '');

/** The smallest text that carries the map's content: relation labels and organisation lines. */
export const mapTextPx = (theme: Theme) => Math.min(theme.label.fontSize, theme.node.subFontSize);

/** The whole map (or a saved view's frame of it) with its header, legend and the lens in words, in map units (1 unit = 1 px at scale 1). */
export function renderMapSvg(input: MapSvgInput): MapSvg {
  const { map, theme, frame } = input;
  const scene = buildScene(map, input.sizes, input.labelLines, theme);
  const dimmed = input.dimmed;

  // The area to draw: a saved view's frame, or every node and label, and the rings of a personal map.
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
  const scheme = input.sectorNames ? schemeOf(map) : undefined;
  if (scheme && input.sectorNames) {
    // The sectors' names stand outside the outer ring: the picture must hold them whole.
    const size = sectorFontSize(theme);
    for (const spot of sectorGeometry(scheme, centre, size).names) {
      const width = textWidth(input.sectorNames[spot.sector], size, true);
      const left = spot.anchor === 'start' ? spot.x : spot.anchor === 'end' ? spot.x - width : spot.x - width / 2;
      xs.push(left, left + width);
      ys.push(spot.y - size, spot.y + size / 3);
    }
  }
  if (xs.length === 0) {
    xs.push(0, 400);
    ys.push(0, 200);
  }
  const box = frame
    ? { minX: frame.x, minY: frame.y, maxX: frame.x + frame.width, maxY: frame.y + frame.height }
    : { minX: Math.min(...xs) - MARGIN, minY: Math.min(...ys) - MARGIN, maxX: Math.max(...xs) + MARGIN, maxY: Math.max(...ys) + MARGIN };
  const contentW = Math.ceil(box.maxX - box.minX);
  const contentH = Math.ceil(box.maxY - box.minY);

  // Each drawn element with the box it may paint into (map units), so a tile draws only what reaches into it.
  const pieces: SvgPiece[] = [];
  const add = (svg: string, at: Box | null) => pieces.push({ svg, box: at });
  // Ids are document-wide when pictures are inlined (the printed pages): name the clip after its frame.
  const clipId = `frame-${[box.minX, box.minY, contentW, contentH]
    .map((v) => Math.round(v))
    .join('_')
    .replace(/-/g, 'm')}`;
  if (frame)
    add(
      `<clipPath id="${clipId}"><rect x="${n(box.minX)}" y="${n(box.minY)}" width="${contentW}" height="${contentH}"/></clipPath><g clip-path="url(#${clipId})">`,
      null,
    );
  if (map.kind === 'personal') {
    for (const ring of [...RINGS].reverse()) {
      const r = RING_RADII[ring];
      add(
        `<circle cx="${centre.x}" cy="${centre.y}" r="${r}" fill="${theme.ring.fills[ring - 1]}" stroke="${theme.ring.stroke}" stroke-width="${theme.ring.strokeWidth}"${ring === 3 ? ' stroke-dasharray="6 6"' : ''}/>`,
        growBox({ minX: centre.x - r, minY: centre.y - r, maxX: centre.x + r, maxY: centre.y + r }, theme.ring.strokeWidth + 2),
      );
    }
    for (const ring of RINGS) {
      add(
        `<text x="${centre.x}" y="${centre.y - RING_RADII[ring] + 20}" font-size="${theme.ring.fontSize}" text-anchor="middle" fill="${theme.ring.text}">${escapeXml(input.ringNames[ring])}</text>`,
        null,
      );
    }
    // Dividers and names span the rings: kept in every tile (three lines and three words).
    if (scheme && input.sectorNames) add(renderSectors(scheme, centre, input.sectorNames, theme), null);
  }
  // Closeness ties beneath the relations: context, not contact.
  for (const tie of scene.ties) add(renderTie(tie, theme), grown(pathBox(tie.shape.d), 8));
  const byId = new Map(map.relations.map((r) => [r.id, r]));
  for (const rel of scene.relations.values()) {
    const width = edgeWidth(theme, byId.get(rel.id)?.weight ?? 1);
    const parts = [
      `<g${dim(dimmed?.relations.has(rel.id))}><path d="${rel.shape.d}" fill="none" stroke="${theme.edge.colour}" stroke-width="${n(width)}" data-relation="${escapeXml(rel.id)}"/>`,
    ];
    let at = pathBox(rel.shape.d);
    // Where it paints: along its line, and each head's box (a long relation crosses few of the tiles its box spans).
    const reach = pathReach(rel.shape.d, width + 4);
    for (const head of rel.shape.heads) {
      parts.push(`<path d="${head.d}" fill="${theme.edge.colour}" data-head="true"/>`);
      const headBox = pathBox(head.d);
      at = unionBox(at, headBox);
      if (headBox) reach?.boxes.push(growBox(headBox, width + 4));
    }
    parts.push('</g>');
    pieces.push({ svg: parts.join(''), box: grown(at, width + 4), ...(reach && { reach }) });
  }
  for (const rel of scene.relations.values()) {
    const { label } = rel;
    if (label.leader)
      add(
        `<g${dim(dimmed?.relations.has(rel.id))}><line x1="${n(label.anchor.x)}" y1="${n(label.anchor.y)}" x2="${n(label.x)}" y2="${n(label.y)}" stroke="${theme.label.leader}" stroke-width="1.2"/><circle cx="${n(label.anchor.x)}" cy="${n(label.anchor.y)}" r="2.5" fill="${theme.label.leader}"/></g>`,
        growBox(
          {
            minX: Math.min(label.anchor.x, label.x),
            minY: Math.min(label.anchor.y, label.y),
            maxX: Math.max(label.anchor.x, label.x),
            maxY: Math.max(label.anchor.y, label.y),
          },
          6,
        ),
      );
  }
  for (const actor of map.actors) {
    const b = scene.boxes.get(actor.id)!;
    // Names may run past the box by the width estimate's slack, badges too: a generous margin costs only a little drawing.
    const slackX = b.hw * 0.6 + 40;
    add(renderNode(actor, b, input, dimmed?.actors.has(actor.id)), {
      minX: b.cx - b.hw - slackX,
      minY: b.cy - b.hh - 20,
      maxX: b.cx + b.hw + slackX,
      maxY: b.cy + b.hh + 20,
    });
  }
  for (const rel of scene.relations.values()) {
    const { label } = rel;
    add(renderLabel(rel, theme, dimmed?.relations.has(rel.id)), {
      minX: label.x - label.width / 2 - 20,
      minY: label.y - label.height / 2 - 8,
      maxX: label.x + label.width / 2 + 20,
      maxY: label.y + label.height / 2 + 8,
    });
  }
  // The marks' notes above everything, as on the canvas, dimmed with what they are on.
  if (input.markLetters) {
    const letters = input.markLetters;
    const groups = markGroups(map);
    for (const [actorId, list] of groups.actors) {
      const b = scene.boxes.get(actorId);
      if (!b) continue;
      const at = actorNotesAt(b);
      const row = renderNoteRow(list, letters, at.x, at.y, actorId);
      add(`<g${dim(dimmed?.actors.has(actorId))}>${row.svg}</g>`, row.box);
    }
    for (const [relationId, list] of groups.relations) {
      const rel = scene.relations.get(relationId);
      if (!rel) continue;
      const at = relationNotesAt(rel.label, rowWidth(list, letters));
      const row = renderNoteRow(list, letters, at.x, at.y, relationId);
      add(`<g${dim(dimmed?.relations.has(relationId))}>${row.svg}</g>`, row.box);
    }
  }
  if (frame) add('</g>', null);

  const legend = input.legend ? { entries: legendEntries(frame ? inFrame(map, scene.boxes, box) : map, scene.ties), texts: input.legend } : undefined;
  const chrome = { theme, title: input.title, subtitle: input.subtitle, legend, notes: input.notes };
  const translate = `<g transform="translate(${n(-box.minX)} ${n(-box.minY)})">`;
  const picture = composePicture(chrome, contentW, contentH, `${translate}${pieces.map((p) => p.svg).join('')}</g>`);
  return {
    svg: picture.svg,
    width: picture.width,
    height: picture.height,
    mapTextMm: printedTextMm(picture.width, picture.height, mapTextPx(theme)),
    chromeScale: picture.chromeScale,
    tiled: tiledOf(composePicture(chrome, contentW, contentH, `${translate}${PIECES}</g>`), pieces, picture.content.y - box.minY, -box.minX),
  };
}

/** Where the pieces go in the picture composed around them; no SVG text can contain it (escapeXml would have escaped it). */
const PIECES = '<!--pieces-->';

const grown = (box: Box | null, by: number) => (box ? growBox(box, by) : null);

/** The composed picture split around its pieces, with the pieces' boxes moved into picture units. */
function tiledOf(picture: { svg: string; width: number; height: number }, pieces: SvgPiece[], dy: number, dx: number): TiledSvg {
  const rootEnd = picture.svg.indexOf('>') + 1;
  const root = picture.svg.slice(0, rootEnd);
  const at = picture.svg.indexOf(PIECES);
  const move = (b: Box): Box => ({ minX: b.minX + dx, minY: b.minY + dy, maxX: b.maxX + dx, maxY: b.maxY + dy });
  const moved = pieces.map(
    (p): SvgPiece => ({
      svg: p.svg,
      box: p.box && move(p.box),
      ...(p.reach && { reach: { lines: p.reach.lines.map((v, i) => v + (i % 2 ? dy : dx)), boxes: p.reach.boxes.map(move), pad: p.reach.pad } }),
    }),
  );
  return {
    width: picture.width,
    height: picture.height,
    rootAttributes: ` ${root.match(/font-family="[^"]*"/)?.[0] ?? ''}`,
    open: picture.svg.slice(rootEnd, at),
    pieces: moved,
    close: picture.svg.slice(at + PIECES.length),
  };
}

/** The part of the map a frame shows, so its legend lists only what is in the picture. */
function inFrame(map: MapDoc, boxes: ReadonlyMap<string, CentredBox>, box: { minX: number; minY: number; maxX: number; maxY: number }): MapDoc {
  const inside = new Set(
    map.actors
      .filter((a) => {
        const b = boxes.get(a.id);
        return b && b.cx + b.hw > box.minX && b.cx - b.hw < box.maxX && b.cy + b.hh > box.minY && b.cy - b.hh < box.maxY;
      })
      .map((a) => a.id),
  );
  return { ...map, actors: map.actors.filter((a) => inside.has(a.id)), relations: map.relations.filter((r) => inside.has(r.source) || inside.has(r.target)) };
}
