/**
 * Automatic layout: a force-directed arrangement for a merged map, which arrives
 * without positions, or for a map the user wants tidied. Pure and synchronous:
 * the simulation runs to the end in one call and never touches a timer or the DOM.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import { untangle } from './crossings';
import { LIMITS } from './limits';
import { closenessTies } from './merge/closeness';
import { estimateActorBox } from './actorBox';
import { selfOf } from './placement';
import { BandTable, forceBand, keepInBand, seatInRings } from './ringLayout';
import { ringAt } from './rings';
import { arcOfActor, insetArc, keepInArc, schemeOf, type SectorArc, withSectorAt } from './sectors';
import type { Actor, MapDoc, Position } from './schema';
import type { Ring } from './vocabulary';

export interface LayoutOptions {
  /** The box of one actor on the canvas; the layout keeps boxes apart. Default 180 × 60. */
  nodeSize?: { width: number; height: number };
  /**
   * Each actor's own box where known (as the canvas measured it): an actor is
   * kept inside its ring band with its real size, which may be taller than `nodeSize`.
   */
  sizes?: ReadonlyMap<string, { width: number; height: number }>;
  /** Simulation steps for the full cooling schedule (alpha 1 → 0.001). Default 300, as in d3; fewer is faster and rougher. */
  ticks?: number;
  /**
   * 'current' (default) starts from the actors' positions, so tidying a map keeps
   * its overall shape; 'fresh' ignores them. Actors without a position start on a
   * fixed spiral either way, so the result is always reproducible.
   */
  start?: 'current' | 'fresh';
}

const DEFAULT_NODE = { width: 180, height: 60 };
const DEFAULT_TICKS = 300;
/**
 * Extra steps at the end with only collision (stronger), which pushes apart the
 * few boxes that the main phase's single collision pass leaves overlapping. One
 * pass during the main phase costs half of two, and overlaps early on do not matter.
 */
const POLISH_TICKS = 30;
const POLISH_ITERATIONS = 3;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Room between two boxes, so arrows and their labels fit between neighbours. */
const GAP = 16;
/** Length of a relation at rest: a box width plus room for a label on the arrow. */
const LINK_DISTANCE = 260;
/** Repulsion between all actors; strong enough to open up clusters of a 1000-actor merge. */
const CHARGE = -600;
/** Beyond this distance actors stop repelling: keeps Barnes–Hut cheap and components close. */
const CHARGE_RANGE = 1600;
/**
 * Rest lengths of a closeness tie of a merged map ("in my network", see
 * merge/closeness) by ring: an actor a trainee had on the inner ring rests
 * nearer that trainee than one on the outer ring.
 */
const TIE_DISTANCE: Record<Ring, number> = { 1: 230, 2: 300, 3: 370 };
/**
 * A tie to an actor that also has relations is a weak spring, a share of a
 * relation's strength: the arrows shape the map, the ties only lean on it. To
 * an actor with no relation the tie is its only anchor and pulls in full.
 */
const TIE_WEAK = 0.3;
/** Weak pull to the centre so that separate parts of a regional map do not drift apart. */
const GRAVITY = 0.05;
/** Pull of each actor of a personal map to the middle of its ring (or as near it as its box fits). */
const RING_PULL = 0.9;
/** Turn of an actor whose box does not fit its band at its angle towards an angle where it does. */
const RING_TURN = 0.3;

interface Node extends SimulationNodeDatum {
  id: string;
  ring?: Ring;
  /** Where in its ring's band this actor's box fits (personal maps). */
  band?: BandTable;
  /** The wedge of the actor's sector, which it never leaves (personal maps with sectors), and its box's size. */
  arc?: SectorArc;
  size?: { width: number; height: number };
}

/** Turn the nodes that have a sector back into its wedge (positions only; d3 keeps the velocities). */
function keepInSectors(nodes: readonly Node[], centre: Position) {
  for (const node of nodes) {
    if (!node.arc || !node.size) continue;
    const here = { x: node.x ?? 0, y: node.y ?? 0 };
    // The box clear of the dividers: the part of the wedge its centre may be in, at its distance.
    const p = keepInArc(here, insetArc(node.arc, node.size, Math.hypot(here.x - centre.x, here.y - centre.y)), centre, 0);
    node.x = p.x;
    node.y = p.y;
  }
}

/** A relation, or (with the trainee's ring) a closeness tie. */
type Spring = SimulationLinkDatum<Node> & { ring?: Ring };

/** d3's own default generator, spelled out so reproducibility does not hang on a library default. */
function seededRandom(seed = 1): () => number {
  let state = seed;
  return () => {
    state = (1664525 * state + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

/** d3 replaces a link's ids by its nodes once the simulation starts. */
const idOf = (end: string | number | Node) => (typeof end === 'object' ? end.id : String(end));

/**
 * Untangling swaps actors' places, a trainee's too; an actor held only by
 * closeness ties goes along (by the mean move of the actors it is tied to),
 * so it stays by its trainee. Writes the untangled positions into the nodes.
 */
function followTrainees(nodes: Node[], untangled: ReadonlyMap<string, Position>, tieOnly: ReadonlySet<string>, ties: readonly Spring[]) {
  const moves = new Map<string, Position>();
  for (const node of nodes) {
    const p = untangled.get(node.id);
    if (!p) continue;
    moves.set(node.id, { x: p.x - (node.x ?? 0), y: p.y - (node.y ?? 0) });
    node.x = p.x;
    node.y = p.y;
  }
  const partners = new Map<string, string[]>();
  for (const tie of ties) {
    const [a, b] = [idOf(tie.source), idOf(tie.target)];
    partners.set(a, [...(partners.get(a) ?? []), b]);
    partners.set(b, [...(partners.get(b) ?? []), a]);
  }
  for (const node of nodes) {
    if (!tieOnly.has(node.id)) continue;
    const shifts = (partners.get(node.id) ?? []).map((id) => moves.get(id) ?? { x: 0, y: 0 });
    if (shifts.length === 0) continue;
    node.x = (node.x ?? 0) + shifts.reduce((sum, m) => sum + m.x, 0) / shifts.length;
    node.y = (node.y ?? 0) + shifts.reduce((sum, m) => sum + m.y, 0) / shifts.length;
  }
}

/**
 * The n-th point of a sunflower spiral whose points lie about `spacing` apart.
 * Actors without a position start here: d3's own start spiral is ten units
 * apart, which makes the first hundred steps of collision handling very costly.
 */
function spiralPoint(n: number, spacing: number, centre: Position): Position {
  const r = spacing * Math.sqrt(n + 0.5);
  return { x: centre.x + r * Math.cos(n * GOLDEN_ANGLE), y: centre.y + r * Math.sin(n * GOLDEN_ANGLE) };
}

/** Whole units within the format's range (a runaway simulation must not make an invalid map). */
function toCoordinate(value: number): number {
  return Math.round(Math.min(Math.max(value, -LIMITS.coordinate), LIMITS.coordinate));
}

/**
 * A new map with every actor positioned by a force-directed layout (d3-force,
 * run synchronously): relations pull their actors together, all actors push
 * each other apart, boxes of `nodeSize` do not overlap.
 *
 * On a personal map the rings carry meaning, so the layout only arranges actors
 * within them: "me" stays where it is, every other actor is pulled to the middle
 * of its ring and ends inside its ring's band (an actor without a ring gets the
 * ring its position lies in, or the outer ring).
 *
 * Deterministic: the same map and options give the same positions.
 */
export function layoutMap(map: MapDoc, options: LayoutOptions = {}): MapDoc {
  if (map.actors.length === 0) return map;
  const size = options.nodeSize ?? DEFAULT_NODE;
  const personal = map.kind === 'personal';
  const self = personal ? selfOf(map) : undefined;
  const centre = self?.position ?? { x: 0, y: 0 };
  const keep = (options.start ?? 'current') === 'current';
  const collisionRadius = Math.hypot(size.width, size.height) / 2 + GAP / 2;
  const sizeOf = (actor: Actor) => options.sizes?.get(actor.id) ?? (actor === self ? estimateActorBox(actor) : size);

  let unplaced = 0;
  const nodes: Node[] = map.actors.map((actor) => {
    const start = (keep && actor.position) || spiralPoint(unplaced++, collisionRadius, centre);
    const node: Node = { id: actor.id, x: start.x, y: start.y };
    if (actor === self) {
      node.fx = centre.x;
      node.fy = centre.y;
    } else if (personal) {
      node.ring = actor.ring ?? (actor.position ? ringAt(actor.position, centre) : 3);
      node.band = new BandTable(node.ring, sizeOf(actor));
      const arc = arcOfActor(map, actor);
      if (arc) {
        node.arc = arc;
        node.size = sizeOf(actor);
        const inside = keepInArc(start, arc, centre);
        node.x = inside.x;
        node.y = inside.y;
      }
    }
    return node;
  });
  const index = new Set(nodes.map((n) => n.id));
  const links: SimulationLinkDatum<Node>[] = map.relations
    .filter((r) => r.source !== r.target && index.has(r.source) && index.has(r.target))
    .map((r) => ({ source: r.source, target: r.target }));
  // A regional map merged from personal maps: each trainee's closeness as a spring to their "me".
  const ties: Spring[] = personal
    ? []
    : closenessTies(map)
        .filter((t) => index.has(t.from) && index.has(t.to))
        .map((t) => ({ source: t.from, target: t.to, ring: t.ring }));
  const related = new Set(links.flatMap((l) => [idOf(l.source), idOf(l.target)]));
  // How many springs each actor has, for d3's default strength (1 / the busier end's count) and its bias
  // (the end with fewer springs moves more: an actor with one tie goes to its trainee, not the trainee to it).
  const springs: Spring[] = [...links, ...ties];
  const count = new Map<string, number>();
  for (const l of springs) for (const end of [idOf(l.source), idOf(l.target)]) count.set(end, (count.get(end) ?? 0) + 1);
  const springStrength = (l: Spring) => {
    const strength = 1 / Math.min(count.get(idOf(l.source))!, count.get(idOf(l.target))!);
    return l.ring && related.has(idOf(l.target)) ? strength * TIE_WEAK : strength;
  };

  const simulation = forceSimulation<Node>()
    .randomSource(seededRandom())
    .nodes(nodes)
    .force(
      'link',
      forceLink<Node, Spring>(springs)
        .id((n) => n.id)
        .distance((l) => (l.ring ? TIE_DISTANCE[l.ring] : LINK_DISTANCE))
        .strength(springStrength),
    )
    .force('charge', forceManyBody<Node>().strength(CHARGE).distanceMax(CHARGE_RANGE))
    // Circles around the boxes: d3 has no box collision, and the half-diagonal is the radius that never lets two boxes overlap.
    .force('collide', forceCollide<Node>(collisionRadius).iterations(1))
    .stop();
  if (personal) {
    simulation.force('ring', forceBand(centre, RING_PULL, RING_TURN));
  } else {
    simulation.force('x', forceX<Node>(0).strength(GRAVITY)).force('y', forceY<Node>(0).strength(GRAVITY));
  }
  const ticks = Math.max(1, Math.round(options.ticks ?? DEFAULT_TICKS));
  simulation.alphaDecay(1 - simulation.alphaMin() ** (1 / ticks));
  // One tick at a time (d3's tick(n) is the same loop), so actors with a sector are turned back into it after each.
  for (let i = 0; i < ticks; i++) {
    simulation.tick(1);
    keepInSectors(nodes, centre);
  }
  for (const force of ['link', 'charge', 'ring', 'x', 'y']) simulation.force(force, null);
  simulation.force('collide', forceCollide<Node>(collisionRadius).iterations(POLISH_ITERATIONS));
  for (let i = 0; i < POLISH_TICKS; i++) {
    simulation.tick(1);
    // Collisions must not push an actor onto its ring's border: back into the band after each step.
    for (const node of nodes) {
      if (!node.band) continue;
      const p = keepInBand({ x: node.x ?? 0, y: node.y ?? 0 }, node.band, centre);
      node.x = p.x;
      node.y = p.y;
    }
    keepInSectors(nodes, centre);
  }
  // On a regional map, swap nearby actors where that removes crossings (positions are only exchanged).
  // An actor held only by ties is not swapped: it would gain no relation crossing and lose its place by its trainee.
  const tieOnly = new Set(nodes.filter((n) => count.has(n.id) && !related.has(n.id)).map((n) => n.id));
  let untangled = personal
    ? undefined
    : untangle(
        new Map(nodes.filter((n) => !tieOnly.has(n.id)).map((n) => [n.id, { x: n.x ?? 0, y: n.y ?? 0 }])),
        links.map((l) => ({ source: idOf(l.source), target: idOf(l.target) })),
      );
  if (untangled && tieOnly.size) {
    followTrainees(nodes, untangled, tieOnly, ties);
    // Settle the islands where they landed: every other actor stays exactly where untangling put it.
    for (const node of nodes) if (!tieOnly.has(node.id)) [node.fx, node.fy] = [node.x, node.y];
    for (let i = 0; i < POLISH_TICKS; i++) simulation.tick(1);
    for (const node of nodes) [node.fx, node.fy] = [undefined, undefined];
    untangled = undefined;
  }

  const byId = new Map(nodes.map((n) => [n.id, n]));
  // On a personal map, last: every box clear of "me" and of the others, and inside its band where there is room.
  const seated = self
    ? seatInRings(
        map.actors.flatMap((actor) => {
          const node = byId.get(actor.id)!;
          return node.ring
            ? [{ id: actor.id, ring: node.ring, size: sizeOf(actor), position: { x: node.x ?? 0, y: node.y ?? 0 }, ...(node.arc ? { arc: node.arc } : {}) }]
            : [];
        }),
        centre,
        { cx: centre.x, cy: centre.y, hw: sizeOf(self).width / 2, hh: sizeOf(self).height / 2 },
      )
    : undefined;
  const actors = map.actors.map((actor): Actor => {
    if (actor === self) return { ...actor, position: { x: centre.x, y: centre.y } };
    const node = byId.get(actor.id)!;
    const point: Position = seated?.get(actor.id) ?? untangled?.get(actor.id) ?? { x: node.x ?? 0, y: node.y ?? 0 };
    const position = { x: toCoordinate(point.x), y: toCoordinate(point.y) };
    if (!node.ring) return { ...actor, position };
    // An actor without a sector of the map's scheme (none to keep) gets the one it ended in.
    const placed = { ...actor, position, ring: node.ring };
    return node.arc ? placed : withSectorAt(placed, schemeOf(map), centre);
  });
  return { ...map, actors };
}
