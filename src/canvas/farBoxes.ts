/**
 * The far-out boxes of a very large map (FarActorsLayer): below the zoom where
 * names can be read (MapCanvas NAME_MIN_ZOOM) a node is only its box, and
 * keeping thousands of React Flow nodes mounted for that cost every pan frame
 * React Flow's per-node work and the browser's restyle and paint of thousands
 * of positioned elements. Instead each actor is a rectangle in a few SVG paths
 * (one per actor type, dimmed and not); only the selected, edited or focused
 * actors stay nodes.
 *
 * A box is where the actor is and of the size it is drawn at nearer zoom: the
 * size React Flow measured when it last drew the node, else an estimate of
 * the drawn box (estimatedBox), grown or shrunk by the Insights size scale chosen since (rescaled).
 */
import { ACTOR_TYPES, type Actor, type ActorType, areasOf } from '../model';
import { BoxIndex, type Size, type Theme, textWidth } from '../render';

export interface FarBox {
  id: string;
  type: ActorType;
  cx: number;
  cy: number;
  hw: number;
  hh: number;
}

/**
 * Every actor's box. `measured`: sizes as drawn; `measuredScale`: the size scale the node had when it was measured
 * (a size measured at scale 1 grows with the scale chosen since); `scale`: the Insights scale now.
 */
export function farBoxesOf(
  actors: readonly Actor[],
  measured: ReadonlyMap<string, Size>,
  theme: Theme,
  scale: Readonly<Record<string, number>> = {},
  measuredScale: ReadonlyMap<string, number> = new Map(),
): FarBox[] {
  return actors.map((actor) => {
    const p = actor.position ?? { x: 0, y: 0 };
    const size = measured.get(actor.id);
    const font = theme.node.fontSize;
    const { width, height } = rescaled(
      size ?? estimatedBox(actor, font),
      actor.name,
      font,
      size ? (measuredScale.get(actor.id) ?? 1) : 1,
      scale[actor.id] ?? 1,
    );
    return { id: actor.id, type: actor.type, cx: p.x, cy: p.y, hw: width / 2, hh: height / 2 };
  });
}

/** The node's box around its name (app.css .actor-node): padding 0.7rem + the 30-unit strip, borders, the 18-unit icon and its 0.4rem gap; 0.45rem above and below. Rem and px: a size scale leaves them. */
const CHROME = { width: 11.2 + 30 + 4 + 18 + 6.4, height: 14.4 + 4 };
/** The name wraps within 155 units; a longer word widens it up to 225 (app.css .actor-node__text). Neither grows with the scale. */
const WRAP = 155;
const LONGEST = 225;

/**
 * The size of a node with only its name, drawn at a size scale (ActorNode sizedStyle: font, min-width 110 and
 * min-height 44 times the scale; the wrap width and the padding stay): what a scale change does to a box.
 */
export function nameBoxAt(name: string, scale: number, fontSize = 15): Size {
  const font = fontSize * scale;
  const space = textWidth(' ', font, true);
  let lines = 1;
  let line = 0;
  let widest = 0;
  const words = name.split(/\s+/).filter(Boolean);
  const widths = words.map((word) => textWidth(word, font, true));
  for (const w of widths) widest = Math.max(widest, w);
  // A word wider than the wrap width widens the text (up to 225), and the other lines wrap within that.
  const wrap = Math.max(WRAP, Math.min(widest, LONGEST));
  for (const w of widths) {
    if (line === 0) line = w;
    else if (line + space + w <= wrap) line += space + w;
    else {
      lines++;
      line = w;
    }
  }
  // One line: as wide as the text; wrapped: the whole wrap width (or the longest word's, up to 225).
  const text = lines === 1 ? Math.min(line, LONGEST) : wrap;
  return { width: Math.max(110 * scale, text + CHROME.width), height: Math.max(44 * scale, lines * font * 1.3 + CHROME.height) };
}

/** The content-area badges' row under the name (app.css .area-badges; the model's actorBox: BADGE_ROW). */
const BADGE_ROW = 16;

/**
 * A node never measured, as the canvas draws it just above the name zoom (class map-canvas--far: name and area
 * badges; organisation and service count hidden). Closer to the drawn box than the render layer's estimate, which
 * errs large for routing and is capped for long names: over 200 actors of the benchmark's 5000-actor map, mean
 * error in height 4 map units against 20.
 */
function estimatedBox(actor: Actor, fontSize: number): Size {
  const known = estimates.get(actor);
  if (known?.fontSize === fontSize) return known.size;
  const box = nameBoxAt(actor.name, 1, fontSize);
  const size = areasOf(actor).length > 0 ? { width: box.width, height: box.height + BADGE_ROW } : box;
  estimates.set(actor, { fontSize, size });
  return size;
}
/** By actor object: an edit estimates again only the actor it changed. */
const estimates = new WeakMap<Actor, { fontSize: number; size: Size }>();

/** A box drawn at scale `from`, as drawn at scale `to`: grown by what the scale does to a node with its name. */
function rescaled(size: Size, name: string, fontSize: number, from: number, to: number): Size {
  if (from === to) return size;
  const a = nameBoxAt(name, from, fontSize);
  const b = nameBoxAt(name, to, fontSize);
  return { width: (size.width * b.width) / a.width, height: (size.height * b.height) / a.height };
}

/** Map units to a tenth: the paths stay short, and a tenth of a unit is far under a pixel at these zooms. */
const r = (n: number) => Math.round(n * 10) / 10;

export interface FarPath {
  type: ActorType;
  dimmed: boolean;
  /** Rectangles: each node's border box. */
  d: string;
  count: number;
}

/** The boxes as one path per actor type, dimmed and not (in ACTOR_TYPES order, lit after dimmed, so lit ones paint on top). */
export function farPaths(boxes: readonly FarBox[], dimmed: ReadonlySet<string>): FarPath[] {
  const groups = new Map<string, { parts: string[]; type: ActorType; dimmed: boolean }>();
  for (const box of boxes) {
    const isDimmed = dimmed.has(box.id);
    const key = `${isDimmed ? 'd' : 'l'}${box.type}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { parts: [], type: box.type, dimmed: isDimmed }));
    const w = r(2 * box.hw);
    const h = r(2 * box.hh);
    group.parts.push(`M${r(box.cx - box.hw)} ${r(box.cy - box.hh)}h${w}v${h}h${-w}z`);
  }
  const paths: FarPath[] = [];
  for (const isDimmed of [true, false])
    for (const type of ACTOR_TYPES) {
      const group = groups.get(`${isDimmed ? 'd' : 'l'}${type}`);
      if (group) paths.push({ type, dimmed: isDimmed, d: group.parts.join(''), count: group.parts.length });
    }
  return paths;
}

/**
 * The actor whose box is at a map point, or within `slack` map units of it (a box a few pixels high is hard to hit):
 * the one whose border is nearest, a box containing the point first.
 */
export function farBoxAt(index: BoxIndex<FarBox>, x: number, y: number, slack: number): FarBox | undefined {
  let best: FarBox | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const box of index.near({ cx: x, cy: y, hw: 0, hh: 0 }, slack)) {
    const dx = Math.max(0, Math.abs(x - box.cx) - box.hw);
    const dy = Math.max(0, Math.abs(y - box.cy) - box.hh);
    const distance = Math.hypot(dx, dy);
    if (distance > slack) continue;
    // Inside boxes tie at 0: the one whose centre is nearer wins.
    const rank = distance === 0 ? -1 / (1 + Math.hypot(x - box.cx, y - box.cy)) : distance;
    if (rank < bestDistance) {
      best = box;
      bestDistance = rank;
    }
  }
  return best;
}

export const farBoxIndex = (boxes: readonly FarBox[]) => new BoxIndex(boxes);
