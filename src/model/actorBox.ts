/**
 * How big an actor is drawn, estimated without a DOM, for the model's own
 * decisions (where the app places an actor, what the layout keeps apart). The
 * model cannot ask the canvas, so this follows the node's CSS (app/app.css:
 * `.actor-node`) and errs on the large side, like render/text.ts: a box
 * estimated too big leaves a little air, one too small lets boxes overlap.
 */
import type { Actor } from './schema';
import { SELF_HALF_SIZE } from './traits';

export interface BoxSize {
  width: number;
  height: number;
}

/** Names are 15 map units, semibold (app.css, render/theme.ts). */
const NAME_FONT = 15;
const LINE_HEIGHT = 1.3;
/** Organisation line and "n services" line: 12 units at the same line height. */
const SUB_LINE = 12 * LINE_HEIGHT;
/** The row of content-area badges (10-unit text, 2 + 2 padding, 2 above). */
const BADGE_ROW = 16;
/** Text wraps at spaces within 155 units; a long word widens the text up to 225 (app.css). */
const WRAP_WIDTH = 155;
const LONGEST_WORD = 225;
/**
 * Everything around the text: border 2 + 2, left padding, icon 18 and gap 6.4,
 * the 30-unit connection strip on the right; and above and below.
 */
const CHROME = { person: { x: 70, y: 4 + 14.4 }, self: { x: 75, y: 4 + 25.6 } };
/** Smallest boxes the CSS allows. */
const MIN = { person: { width: 110, height: 44 }, self: { width: SELF_HALF_SIZE.x * 2, height: SELF_HALF_SIZE.y * 2 } };
/** Added to every estimate: fonts differ a little between systems. */
const SLACK = { width: 8, height: 4 };

/** Width of one character as a share of the font size (about DejaVu Sans, the widest common sans-serif). */
function charEm(ch: string): number {
  if (/[ijlI.,:;!|'’`()[\]]/.test(ch)) return 0.34;
  if (/[frt\-–"/ ]/.test(ch)) return 0.44;
  if (/[mwMW@%ÅÄÖ—]/.test(ch)) return 1.0;
  if (/[A-ZÀ-Þ]/.test(ch)) return 0.78;
  if (/[0-9a-zß-ÿ]/.test(ch)) return 0.64;
  return 1.0;
}

/** Estimated width of a name line: semibold is about 8 % wider, plus 4 % for other fonts. */
function nameWidth(text: string): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * NAME_FONT * 1.08 * 1.04;
}

/** Lines of a name wrapped greedily at spaces into `width`. */
function lineCount(words: readonly string[], width: number): number {
  let lines = 0;
  let line = '';
  for (const word of words) {
    const joined = line ? `${line} ${word}` : word;
    if (line && nameWidth(joined) > width) {
      lines++;
      line = word;
    } else line = joined;
    // A word wider than the line breaks inside the word.
    while (nameWidth(line) > width) {
      lines++;
      line = line.slice(Math.max(1, Math.floor((line.length * width) / nameWidth(line))));
    }
  }
  return lines + (line ? 1 : 0);
}

/**
 * The box an actor is drawn in, in map units, a little larger than the canvas
 * draws it. "Me" is never smaller than `SELF_HALF_SIZE` allows.
 */
export function estimateActorBox(actor: Pick<Actor, 'type' | 'name' | 'organisation' | 'services'>): BoxSize {
  const self = actor.type === 'self';
  const chrome = self ? CHROME.self : CHROME.person;
  const min = self ? MIN.self : MIN.person;
  const words = actor.name.split(/\s+/).filter(Boolean);
  const longest = Math.min(LONGEST_WORD, Math.max(0, ...words.map(nameWidth)));
  const column = Math.max(Math.min(nameWidth(actor.name), WRAP_WIDTH), longest);
  const lines = Math.max(1, lineCount(words, column));
  const extra =
    (actor.organisation ? SUB_LINE : 0) + (!self && actor.services.length ? SUB_LINE : 0) + (actor.services.some((s) => s.areas.length) ? BADGE_ROW : 0);
  return {
    width: Math.ceil(Math.max(min.width, chrome.x + column) + SLACK.width),
    height: Math.ceil(Math.max(min.height, chrome.y + lines * NAME_FONT * LINE_HEIGHT + extra) + SLACK.height),
  };
}
