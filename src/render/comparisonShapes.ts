/**
 * What a comparison of two rounds draws over the later map, in map units: one
 * list of shapes that the canvas overlay (canvas/RoundsOverlay) and the
 * comparison picture (comparisonSvg) both draw, so screen and picture agree.
 *
 * Every change has a colour AND a shape or text cue (never colour alone):
 * added = solid outline with "+", gone = dashed ghost with "−" at the earlier
 * round's position, moved = an arrow from the old to the new position,
 * direction changed = "⇄", labels changed = "✎".
 */
import type { Actor, MapDoc, Position, RoundComparison } from '../model';
import type { Size } from './scene';

export type ChangeKind = 'added' | 'gone' | 'closer' | 'farther' | 'sector' | 'direction' | 'labels';

export type Box = { x: number; y: number; width: number; height: number };

export type ComparisonShape =
  | { shape: 'actor'; change: 'added' | 'gone'; id: string; name: string; box: Box }
  | { shape: 'move'; change: 'closer' | 'farther' | 'sector'; id: string; name: string; from: Position; to: Position; box: Box }
  | { shape: 'relation'; change: 'added' | 'gone' | 'direction' | 'labels'; id: string; from: Position; to: Position };

/** Colours of the changes: distinguishable for common colour blindness, each also carried by a mark or dash. */
export const CHANGE_COLOURS: Record<ChangeKind, string> = {
  added: '#1a7f37',
  gone: '#6e7781',
  closer: '#0550ae',
  farther: '#0550ae',
  sector: '#0550ae',
  direction: '#b35900',
  labels: '#8250df',
};

/** The text mark of each change, drawn beside the colour. */
export const CHANGE_MARKS: Record<ChangeKind, string> = {
  added: '+',
  gone: '−',
  closer: '→',
  farther: '→',
  sector: '→',
  direction: '⇄',
  labels: '✎',
};

/** The box of a given size around a centre. */
export const centredBox = (c: Position, size: Size): Box => ({ x: c.x - size.width / 2, y: c.y - size.height / 2, ...size });

const centre = (b: Box): Position => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

/**
 * The shapes of `comparison` (`before` → `after`). `sizeOf` gives an actor's
 * box size (measured on the canvas, or estimated); a stored position is the centre of the actor's box (the canvas's node origin).
 */
export function comparisonShapes(before: MapDoc, after: MapDoc, comparison: RoundComparison, sizeOf: (actor: Actor) => Size): ComparisonShape[] {
  const boxOf = (actor: Actor): Box => centredBox(actor.position ?? { x: 0, y: 0 }, sizeOf(actor));
  const afterBoxes = new Map(after.actors.map((a) => [a.id, boxOf(a)]));
  const beforeBoxes = new Map(before.actors.map((a) => [a.id, boxOf(a)]));
  // A relation of the earlier round is drawn between its ends where they are now, or their ghosts.
  const beforeEnd = (id: string) => {
    const now = comparison.actorMatch.get(id);
    return (now ? afterBoxes.get(now) : undefined) ?? beforeBoxes.get(id);
  };
  const shapes: ComparisonShape[] = [];
  for (const r of comparison.relations.gone) {
    const s = beforeEnd(r.source);
    const t = beforeEnd(r.target);
    if (s && t) shapes.push({ shape: 'relation', change: 'gone', id: r.id, ...between(s, t) });
  }
  const afterRelation = (change: 'added' | 'direction' | 'labels', r: { id: string; source: string; target: string }) => {
    const s = afterBoxes.get(r.source);
    const t = afterBoxes.get(r.target);
    if (s && t) shapes.push({ shape: 'relation', change, id: r.id, ...between(s, t) });
  };
  for (const r of comparison.relations.added) afterRelation('added', r);
  for (const c of comparison.relations.directionChanged) afterRelation('direction', c.after);
  const directionIds = new Set(comparison.relations.directionChanged.map((c) => c.after.id));
  for (const c of comparison.relations.labelsChanged) if (!directionIds.has(c.after.id)) afterRelation('labels', c.after);
  for (const a of comparison.actors.gone) shapes.push({ shape: 'actor', change: 'gone', id: a.id, name: a.name, box: beforeBoxes.get(a.id)! });
  for (const a of comparison.actors.added) shapes.push({ shape: 'actor', change: 'added', id: a.id, name: a.name, box: afterBoxes.get(a.id)! });
  const moved = new Set<string>();
  const move = (change: 'closer' | 'farther' | 'sector', c: { before: Actor; after: Actor }) => {
    if (moved.has(c.after.id)) return;
    moved.add(c.after.id);
    const box = afterBoxes.get(c.after.id)!;
    shapes.push({ shape: 'move', change, id: c.after.id, name: c.after.name, from: centre(beforeBoxes.get(c.before.id)!), to: centre(box), box });
  };
  for (const c of comparison.actors.closer) move('closer', c);
  for (const c of comparison.actors.farther) move('farther', c);
  for (const c of comparison.actors.sectorChanged) move('sector', c);
  return shapes;
}

/** A relation's line from box edge to box edge, so it never crosses the names it joins. */
function between(a: Box, b: Box): { from: Position; to: Position } {
  return { from: arrowEnd(centre(b), a), to: arrowEnd(centre(a), b) };
}

/**
 * Where a relation's change mark sits: a third of the way from its start, not
 * the middle, where the relation's own label usually is.
 */
export const badgeSpot = (a: Position, b: Position): Position => ({ x: a.x + (b.x - a.x) / 3, y: a.y + (b.y - a.y) / 3 });

/** The end of a move arrow: short of the actor's box edge, so the head is visible beside the actor. */
export function arrowEnd(from: Position, box: Box): Position {
  const c = centre(box);
  const dx = from.x - c.x;
  const dy = from.y - c.y;
  const length = Math.hypot(dx, dy) || 1;
  // Distance from the centre to the box edge along the arrow, plus a small gap.
  const tx = dx === 0 ? Number.POSITIVE_INFINITY : box.width / 2 / Math.abs(dx);
  const ty = dy === 0 ? Number.POSITIVE_INFINITY : box.height / 2 / Math.abs(dy);
  const edge = Math.min(tx, ty) * length + 6;
  return { x: c.x + (dx / length) * edge, y: c.y + (dy / length) * edge };
}
