/**
 * Text width estimates and word wrapping without a DOM, so the canvas, the
 * picture and the unit tests wrap the same text into the same lines. The
 * widths are generous on purpose (about the advances of DejaVu Sans, the
 * widest common sans-serif, plus a margin): a line that is estimated too
 * wide leaves a little air, one estimated too narrow would overrun its box.
 */

/** Advance widths as shares of the font size. */
const NARROW = /[ijlI.,:;!|'’`()[\]]/;
const SEMI = /[frt\-–"/ ]/;
const WIDE = /[mwMW@%ÅÄÖ—]/;
const UPPER = /[A-ZÀ-Þ]/;
const DIGIT = /[0-9]/;

/** Widths by character, worked out once each: wrapping a map's labels and names asks them hundreds of thousands of times. */
const widths = new Map<string, number>();

export function charWidth(ch: string): number {
  let width = widths.get(ch);
  if (width === undefined) {
    width = classify(ch);
    if (widths.size < 10_000) widths.set(ch, width);
  }
  return width;
}

function classify(ch: string): number {
  if (NARROW.test(ch)) return 0.34;
  if (SEMI.test(ch)) return 0.44;
  if (WIDE.test(ch)) return 1.0;
  if (UPPER.test(ch)) return 0.78;
  if (DIGIT.test(ch)) return 0.64;
  if (ch === '…') return 1.0;
  if (ch === '·') return 0.34;
  if (/[a-zß-ÿ]/.test(ch)) return 0.64;
  // Arrows, symbols and other scripts: assume a full em.
  return 1.0;
}

/** Estimated width of a text line in px at a font size; bold text is about 8 % wider. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  return em * fontSize * (bold ? 1.08 : 1) * 1.04;
}

const ELLIPSIS = '…';

/** Trim a line so that it ends in "…" and fits the width. */
function withEllipsis(line: string, fits: (s: string) => boolean): string {
  let text = line;
  while (text && !fits(text + ELLIPSIS)) {
    const space = text.lastIndexOf(' ');
    // Cut whole words while that keeps something; otherwise characters.
    text = space > 0 && fits(text.slice(0, space) + ELLIPSIS) ? text.slice(0, space) : text.slice(0, -1).trimEnd();
  }
  return text + ELLIPSIS;
}

/**
 * Lines of at most `maxWidth` px, broken at spaces. A word is broken only when
 * it alone is wider than a line, and then with a hyphen at the break. At most
 * `maxLines` lines; a cut text ends in "…" (show the full text on hover).
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines: number, bold = false): string[] {
  const fits = (s: string) => textWidth(s, fontSize, bold) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const joined = line ? `${line} ${word}` : word;
    if (fits(joined)) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    let rest = word;
    // A word longer than a whole line: hyphenate it.
    while (!fits(rest)) {
      let cut = rest.length - 1;
      while (cut > 1 && !fits(`${rest.slice(0, cut)}-`)) cut--;
      lines.push(`${rest.slice(0, cut)}-`);
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = withEllipsis(kept[maxLines - 1]!.replace(/-$/, ''), fits);
  return kept;
}
