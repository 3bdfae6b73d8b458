/**
 * The frame of every picture of a map (the whole-map PNG, the current-view PNG,
 * a printed page): a header with the title and "author · region · date", the
 * content, and beside it a column with the legend and the lens in words (active
 * filters, focus, search), so a picture of part of the network never passes for
 * the whole of it. The content is either SVG (the whole map) or a blank slot
 * that io/exportPng fills with the captured canvas.
 *
 * The header and the column grow with the picture so that their text stays at
 * least `MIN_PRINT_TEXT_MM` high when the picture is fitted to an A3 page.
 */
import { type LegendEntries, type LegendTexts, renderLegend } from './legend';
import { escapeXml, n } from './svgText';
import { textWidth, wrapText } from './text';
import type { Theme } from './theme';

/** A3 paper in millimetres; a picture is printed in whichever orientation fits it larger. */
export const A3_MM = { long: 420, short: 297 } as const;
/** Text this high (the font size, in mm) reads comfortably at arm's length from a printed A3 page. */
export const MIN_PRINT_TEXT_MM = 2.5;
/** The chrome never grows beyond this, so a giant map still leaves most of the page to the map. */
const MAX_CHROME_SCALE = 8;

const MARGIN = 40;
const HEADER = 72;
const TITLE_SIZE = 26;
const SUBTITLE_SIZE = 15;
const NOTE_SIZE = 14;
const NOTE_LINE = 19;
/** The column is at least this wide, so a long filter line wraps into a few lines rather than many. */
const COLUMN_MIN = 260;
/** The smallest text in the chrome: the legend's rows and the notes (see legend.ts: label font + 1). */
const chromeTextPx = (theme: Theme) => Math.min(NOTE_SIZE, theme.label.fontSize + 1);

/** Millimetres per picture pixel when a width × height picture is fitted to A3, in the orientation that prints it larger. */
export function a3MmPerPx(width: number, height: number): number {
  const landscape = Math.min(A3_MM.long / width, A3_MM.short / height);
  const portrait = Math.min(A3_MM.short / width, A3_MM.long / height);
  return Math.max(landscape, portrait);
}

/** How high text of `fontPx` comes out on A3 when the picture is fitted to the page. */
export function printedTextMm(width: number, height: number, fontPx: number): number {
  return fontPx * a3MmPerPx(width, height);
}

export interface PictureChrome {
  theme: Theme;
  title: string;
  /** "Author · region · date". */
  subtitle?: string;
  legend?: { entries: LegendEntries; texts: LegendTexts };
  /** The lens in words, one entry per line before wrapping: active filters, focus, search. */
  notes?: string[];
}

export interface ComposedPicture {
  svg: string;
  width: number;
  height: number;
  /** Where the content sits in the picture (in picture px at scale 1). */
  content: { x: number; y: number; width: number; height: number };
  /** How much the header and column were enlarged for A3. */
  chromeScale: number;
}

interface Column {
  svg: string;
  width: number;
  height: number;
}

/** The legend and, under it, the notes; at the origin and unscaled. */
function sideColumn(chrome: PictureChrome): Column | null {
  const notes = (chrome.notes ?? []).filter(Boolean);
  if (!chrome.legend && notes.length === 0) return null;
  const { theme } = chrome;
  const legend = chrome.legend ? renderLegend(chrome.legend.entries, chrome.legend.texts, theme, 0, 0) : null;
  const width = Math.max(legend?.width ?? 0, COLUMN_MIN);
  const parts = legend ? [legend.svg] : [];
  let y = legend ? legend.height + 16 : 0;
  const lines = notes.flatMap((note) => wrapText(note, width, NOTE_SIZE, 6));
  if (lines.length) {
    const out = lines.map(
      (line, i) => `<text x="0" y="${n(y + NOTE_SIZE + i * NOTE_LINE)}" font-size="${NOTE_SIZE}" fill="${theme.ink}">${escapeXml(line)}</text>`,
    );
    parts.push(`<g data-notes="true">${out.join('')}</g>`);
    y += lines.length * NOTE_LINE + 4;
  }
  const widest = Math.max(width, ...lines.map((l) => textWidth(l, NOTE_SIZE)));
  return { svg: parts.join(''), width: Math.ceil(widest), height: Math.ceil(y) };
}

function layout(contentW: number, contentH: number, column: Column | null, k: number) {
  const headerH = HEADER * k;
  const width = Math.ceil(contentW + (column ? (column.width + MARGIN) * k : 0));
  const height = Math.ceil(headerH + Math.max(contentH, column ? (column.height + MARGIN) * k : 0));
  return { headerH, width, height };
}

/**
 * Frame content of `contentW` × `contentH` picture px with the header and the
 * column. `contentSvg` is drawn in a group whose origin is the content's top-left
 * corner.
 */
export function composePicture(chrome: PictureChrome, contentW: number, contentH: number, contentSvg: string): ComposedPicture {
  const { theme } = chrome;
  const column = sideColumn(chrome);
  // Grow the chrome until its smallest text prints large enough; the page scale depends on the picture's size, which depends on k.
  let k = 1;
  for (let i = 0; i < 4; i++) {
    const { width, height } = layout(contentW, contentH, column, k);
    const needed = MIN_PRINT_TEXT_MM / printedTextMm(width, height, chromeTextPx(theme));
    k = Math.min(MAX_CHROME_SCALE, Math.max(k, needed * k));
  }
  // Two decimals in the transform; rounded up so the text never ends below the minimum.
  k = Math.ceil(k * 100) / 100;
  const { headerH, width, height } = layout(contentW, contentH, column, k);
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(theme.font)}">`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="${theme.background}"/>`,
    `<g data-header="true" transform="translate(${MARGIN} 0) scale(${k})">`,
    `<text x="0" y="38" font-size="${TITLE_SIZE}" font-weight="600" fill="${theme.ink}">${escapeXml(chrome.title)}</text>`,
  ];
  if (chrome.subtitle) out.push(`<text x="0" y="60" font-size="${SUBTITLE_SIZE}" fill="${theme.muted}">${escapeXml(chrome.subtitle)}</text>`);
  out.push('</g>');
  out.push(`<g transform="translate(0 ${n(headerH)})">${contentSvg}</g>`);
  if (column) out.push(`<g data-column="true" transform="translate(${n(contentW)} ${n(headerH)}) scale(${k})">${column.svg}</g>`);
  out.push('</svg>');
  return { svg: out.join(''), width, height, content: { x: 0, y: headerH, width: contentW, height: contentH }, chromeScale: k };
}
