/**
 * Everything the canvas and the picture need to draw a map's relations, worked
 * out once from the map and the node sizes: node boxes, each relation's bend,
 * curve and heads, each label's rows and spot, and the dashed closeness ties of
 * a merged map. Both draw from this, so a label is where its line is, and a tie
 * where it is, on screen and on paper.
 */
import { areasOf, type Actor, type MapDoc, type Ring } from '../model';
// The one small file, not the merge index: a personal map's picture need not carry the merge.
import { closenessTies } from '../model/merge/closeness';
import { type CentredBox, relationShape, type RelationShape, type TieShape, tieShape } from './geometry';
import { relationBendSteps, relationRouteSteps } from './routing';
import { runSteps, type Steps } from './steps';
import { directionGlyph, type Glyph } from './glyph';
import { type LabelLayout, type LabelSpot, layoutLabel, middleOf, placeLabelSteps } from './labels';
import { textWidth } from './text';
import type { Theme } from './theme';

export type Size = { width: number; height: number };

export interface SceneRelation {
  id: string;
  bend: number;
  /** The S of a line that passes actors on both sides (geometry.ts curveBetween); 0 for most. */
  skew: number;
  shape: RelationShape;
  /** The label's direction glyph, pointing as the drawn heads point (render/glyph.ts). */
  glyph: Glyph;
  label: LabelLayout & LabelSpot;
}

/**
 * A dashed "in my network" tie of a merged map (model/merge/closeness): the
 * trainee's "me" (`from`) had `to` on a ring. One per pair of actors: where
 * two of the trainee's source maps merged into one "me", the closer ring wins.
 */
export interface SceneTie {
  /** `from` and `to` joined by a space: unique within the scene. */
  id: string;
  from: string;
  to: string;
  ring: Ring;
  bend: number;
  shape: TieShape;
}

export interface Scene {
  boxes: Map<string, CentredBox>;
  relations: Map<string, SceneRelation>;
  /** Closeness ties, beneath the relations; empty on a map that was not merged from personal maps. */
  ties: SceneTie[];
  /**
   * false: labels were not placed (the canvas zoomed too far out to show them): each label's spot is
   * only the middle of its line, no leader, and nothing may draw it there. Absent: placed.
   */
  labelled?: false;
}

export interface SceneOptions {
  /** Place the labels (default). Without, the scene is routes and heads only: about half the work. */
  labels?: boolean;
}

/** The closeness ties of a map, one per pair with the closest ring, in a stable order (by pair). */
export function tiesOf(map: Pick<MapDoc, 'actors' | 'relations'>): { id: string; from: string; to: string; ring: Ring }[] {
  const byPair = new Map<string, { id: string; from: string; to: string; ring: Ring }>();
  for (const tie of closenessTies(map)) {
    const id = `${tie.from} ${tie.to}`;
    const seen = byPair.get(id);
    if (!seen || tie.ring < seen.ring) byPair.set(id, { id, from: tie.from, to: tie.to, ring: tie.ring });
  }
  return [...byPair.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The drawn tie between two boxes: its line (the same function for the canvas,
 * which passes the live boxes while a node is dragged, and the picture).
 */
export function tieBetween(a: CentredBox, b: CentredBox, bend: number, theme: Theme): TieShape {
  return tieShape(a, b, bend, theme.tie.gap);
}

/**
 * A node's size before the canvas has measured it (and for nodes it never drew):
 * a little larger than the canvas draws, so labels keep clear of it.
 */
export function estimateNodeSize(actor: Actor, theme: Theme): Size {
  const nameWidth = textWidth(actor.name, theme.node.fontSize, true);
  const nameLines = Math.min(3, Math.max(1, Math.ceil(nameWidth / 160)));
  const extra = (actor.organisation ? 1 : 0) + (actor.services.length ? 1 : 0) + (areasOf(actor).length ? 1 : 0);
  return {
    width: Math.round(Math.min(224, Math.max(114, Math.min(nameWidth, 160) + 60))),
    height: Math.round(24 + nameLines * theme.node.fontSize * 1.35 + extra * theme.node.subFontSize * 1.4),
  };
}

export function buildScene(map: MapDoc, sizes: ReadonlyMap<string, Size>, labelParts: (relationId: string) => string[], theme: Theme): Scene {
  return runSteps(buildSceneSteps(map, sizes, labelParts, theme));
}

/** Label layouts by theme and text: wrapping measures every character, and an edit changes few labels. */
const layouts = new WeakMap<Theme, Map<string, LabelLayout>>();
const LAYOUT_CACHE_MAX = 50_000;

function cachedLayout(parts: readonly string[], weight: number, theme: Theme): LabelLayout {
  let byText = layouts.get(theme);
  if (!byText) layouts.set(theme, (byText = new Map()));
  const key = `${weight}\u0000${parts.join('\u0001')}`;
  let layout = byText.get(key);
  if (!layout) {
    if (byText.size >= LAYOUT_CACHE_MAX) byText.clear();
    layout = layoutLabel(parts, weight, theme);
    byText.set(key, layout);
  }
  return layout;
}

const samePoint = (a: { x: number; y: number }, b: { x: number; y: number }) => a.x === b.x && a.y === b.y;

/** Whether a relation is drawn exactly as before (its line, heads, glyph and label), so the old object can stay. */
function sameRelation(a: SceneRelation, b: SceneRelation): boolean {
  return (
    a.bend === b.bend &&
    a.skew === b.skew &&
    a.glyph === b.glyph &&
    a.shape.d === b.shape.d &&
    a.shape.heads.length === b.shape.heads.length &&
    a.shape.heads.every((h, i) => h.d === b.shape.heads[i]!.d) &&
    a.label.rows === b.label.rows &&
    a.label.weightText === b.label.weightText &&
    a.label.width === b.label.width &&
    a.label.height === b.label.height &&
    a.label.leader === b.label.leader &&
    samePoint(a.label, b.label) &&
    samePoint(a.label.anchor, b.label.anchor)
  );
}

/**
 * buildScene in steps (render/steps): it yields after each relation routed,
 * shaped or labelled. With `previous`, a relation drawn exactly as before keeps
 * its old object, so the canvas re-renders only the relations an edit moved.
 */
export function* buildSceneSteps(
  map: MapDoc,
  sizes: ReadonlyMap<string, Size>,
  labelParts: (relationId: string) => string[],
  theme: Theme,
  previous?: Scene,
  { labels = true }: SceneOptions = {},
): Steps<Scene> {
  const boxes = new Map<string, CentredBox>();
  for (const actor of map.actors) {
    const size = sizes.get(actor.id) ?? estimateNodeSize(actor, theme);
    const p = actor.position ?? { x: 0, y: 0 };
    boxes.set(actor.id, { cx: p.x, cy: p.y, hw: size.width / 2, hh: size.height / 2 });
  }
  yield;
  const routes = yield* relationRouteSteps(map.relations, boxes);
  const shapes = new Map<string, { bend: number; skew: number; shape: RelationShape; glyph: Glyph; layout: LabelLayout }>();
  for (const rel of map.relations) {
    const a = boxes.get(rel.source);
    const b = boxes.get(rel.target);
    if (!a || !b || rel.source === rel.target) continue;
    yield;
    const { bend, skew } = routes.get(rel.id) ?? { bend: 0, skew: 0 };
    const shape = relationShape(a, b, bend, rel.direction, theme.edge, skew);
    shapes.set(rel.id, {
      bend,
      skew,
      shape,
      glyph: directionGlyph(shape.curve, rel.direction),
      layout: cachedLayout(labelParts(rel.id), rel.weight ?? 1, theme),
    });
  }
  // Nodes are obstacles with a little room around them (outline, shadow, handle).
  const obstacles = [...boxes.values()].map((b) => ({ ...b, hw: b.hw + theme.edge.gap / 2, hh: b.hh + theme.edge.gap / 2 }));
  // On the stroke, not on a head: a label or leader dot on a head would read as touching the actor.
  const requests = [...shapes].map(([id, s]) => ({ id, curve: s.shape.curve, t0: s.shape.s0, t1: s.shape.s1, width: s.layout.width, height: s.layout.height }));
  const spots = labels ? yield* placeLabelSteps(requests, obstacles) : new Map(requests.map((r) => [r.id, middleOf(r)]));
  const relations = new Map<string, SceneRelation>();
  for (const [id, s] of shapes) {
    const spot = spots.get(id)!;
    const { layout } = s;
    // { ...layout, ...spot } written out: spreading two objects of different shapes was a tenth of a 1000-actor map's build.
    const label = {
      rows: layout.rows,
      fullText: layout.fullText,
      width: spot.width,
      height: spot.height,
      textWidth: layout.textWidth,
      weightText: layout.weightText,
      x: spot.x,
      y: spot.y,
      anchor: spot.anchor,
      leader: spot.leader,
    };
    const next: SceneRelation = { id, bend: s.bend, skew: s.skew, shape: s.shape, glyph: s.glyph, label };
    const before = previous?.relations.get(id);
    relations.set(id, before && sameRelation(before, next) ? before : next);
  }
  yield;
  // Ties bend around actors in their way as relations do; they never share a pair with a relation (closenessTies leaves those out).
  const found = tiesOf(map).filter((tie) => boxes.has(tie.from) && boxes.has(tie.to));
  const tieBends = yield* relationBendSteps(
    found.map((tie) => ({ id: tie.id, source: tie.from, target: tie.to })),
    boxes,
  );
  const ties = found.map((tie): SceneTie => {
    const bend = tieBends.get(tie.id) ?? 0;
    return { ...tie, bend, shape: tieBetween(boxes.get(tie.from)!, boxes.get(tie.to)!, bend, theme) };
  });
  return labels ? { boxes, relations, ties } : { boxes, relations, ties, labelled: false };
}
