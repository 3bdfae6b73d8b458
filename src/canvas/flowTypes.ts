import type { Edge, Node } from '@xyflow/react';
import type { Actor, Relation } from '../model';

/** `dimmed`: outside the focus, emphasis or highlight (model/view): drawn faintly. */
export type ActorNodeData = { actor: Actor; editing: boolean; dimmed?: boolean };
export type ActorFlowNode = Node<ActorNodeData, 'actor'>;

export type RelationEdgeData = { relation: Relation; dimmed?: boolean };
export type RelationFlowEdge = Edge<RelationEdgeData, 'relation'>;
