import type { Edge, Node } from '@xyflow/react';
import type { Actor, Relation } from '../model';

export type ActorNodeData = { actor: Actor; editing: boolean };
export type ActorFlowNode = Node<ActorNodeData, 'actor'>;

export type RelationEdgeData = { relation: Relation };
export type RelationFlowEdge = Edge<RelationEdgeData, 'relation'>;
