/** The figures of the Insights panel and the table view: plain data, so a worker can post them. */

/** Figures of one actor (docs/insights.md). */
export interface ActorFigures {
  /** Other actors it has at least one relation with, in any direction. */
  degree: number;
  /** Other actors with an arrow towards it (↔ counts). */
  inDegree: number;
  /** Other actors it has an arrow towards (↔ counts). */
  outDegree: number;
  /** Share of shortest paths between other actors that pass through it, 0…1 (networkx normalised). */
  betweenness: number;
}

export interface MergedFigures {
  /** Distinct source maps the merged map was made from. */
  sourceCount: number;
  /** Actors that appear in exactly one source map, in map order. */
  singleSource: string[];
  /** Relations drawn in two or more source maps, most drawn first (ties in map order). */
  shared: { relation: string; weight: number }[];
}

export interface Insights {
  actorCount: number;
  relationCount: number;
  /** Adjacent pairs of actors in the undirected graph. */
  pairCount: number;
  /** Figures by actor id. */
  figures: Record<string, ActorFigures>;
  /** Actor ids, most relations first (ties in map order). */
  byDegree: string[];
  /** Actor ids with betweenness above zero, highest first (ties in map order). */
  byBetweenness: string[];
  /** Actors whose absence would split their part of the network, in map order. */
  articulationPoints: string[];
  /** Separate parts with at least two actors, largest first; ids in map order. */
  parts: string[][];
  /** Actors with no relation to another actor, in map order. */
  isolated: string[];
  /** Groups that work closely together (two or more actors), largest first; ids in map order. */
  communities: string[][];
  /** Relations by direction class. */
  mutual: string[];
  oneWay: string[];
  /** Adjacent pairs / possible pairs, 0…1. */
  density: number;
  /** Only on merged maps (a regional map whose actors carry sources). */
  merged: MergedFigures | null;
}
