/**
 * The one place where the map model meets React Flow: maps become nodes and
 * edges, and React Flow's change events become model commands. The model
 * never sees React Flow types.
 */
import type { TFunction } from 'i18next';
import type { EdgeChange, NodeChange } from '@xyflow/react';
import { actorTraits, canRemove, isPresetMethod, type MapDoc, type Position, type Relation } from '../model';
import type { Selection } from '../store/editorStore';
import type { ActorFlowNode, RelationFlowEdge } from './flowTypes';

/**
 * Actors as React Flow nodes. "Me" on a personal map is not draggable (it is the
 * centre of the rings) and carries `nopan`, so a touch that lands on it neither
 * moves it nor pans the map. Unchanged nodes keep their identity (no re-render).
 * `role` replaces React Flow's English role description ("node") for screen readers.
 * `readOnly` (presentation): no node can be dragged; a node's own `draggable` wins over the flow's nodesDraggable.
 */
export function toFlowNodes(
  map: MapDoc,
  selection: Selection,
  editing: string | null,
  previous: readonly ActorFlowNode[] = [],
  role?: string,
  readOnly = false,
): ActorFlowNode[] {
  const before = new Map(previous.map((n) => [n.id, n]));
  const selected = new Set(selection.actors);
  return map.actors.map((actor) => {
    const old = before.get(actor.id);
    // While React Flow drags a node, its live position wins over the stored one.
    const position = old?.dragging ? old.position : (actor.position ?? { x: 0, y: 0 });
    const isSelected = selected.has(actor.id);
    // "Me" at the centre of a personal map never moves, and a touch on it does not pan (nopan); read-only, nothing moves.
    const fixed = !(actorTraits(actor.type, map.kind).movable || map.kind !== 'personal');
    const movable = !readOnly && !fixed;
    const isEditing = editing === actor.id;
    if (
      old &&
      old.data.actor === actor &&
      old.selected === isSelected &&
      old.data.editing === isEditing &&
      old.domAttributes?.['aria-roledescription'] === role &&
      old.position.x === position.x &&
      old.position.y === position.y &&
      old.draggable === movable
    ) {
      return old;
    }
    return {
      ...(old ?? {}),
      id: actor.id,
      type: 'actor',
      position,
      data: { actor, editing: isEditing },
      selected: isSelected,
      deletable: canRemove(actor),
      draggable: movable,
      ...(fixed ? { className: 'nopan' } : {}),
      domAttributes: { 'aria-roledescription': role },
    };
  });
}

type Translate = TFunction;

export function labelLinesOf(relation: Relation, t: Translate): string[] {
  const lines: string[] = [];
  if (relation.topics.length) lines.push(relation.topics.join(', '));
  if (relation.methods.length) lines.push(relation.methods.map((m) => (isPresetMethod(m) ? t(`method.${m}`) : m)).join(' · '));
  return lines;
}

/**
 * Relations as React Flow edges. With `t`, each edge is named in the user's language ("Aino → Kela") and
 * says it is a relation: React Flow's own fallback is "Edge from <id> to <id>", in English, with internal ids.
 */
export function toFlowEdges(map: MapDoc, selection: Selection, t?: Translate, previous: readonly RelationFlowEdge[] = []): RelationFlowEdge[] {
  const selected = new Set(selection.relations);
  const names = new Map(map.actors.map((a) => [a.id, a.name]));
  const role = t?.('flow.edgeRole');
  const before = new Map(previous.map((e) => [e.id, e]));
  return map.relations.map((relation) => {
    const isSelected = selected.has(relation.id);
    const old = before.get(relation.id);
    // Unchanged edges keep their identity, so React Flow re-renders only those an edit touched (not 3000 on every save).
    const source = names.get(relation.source) ?? '';
    const target = names.get(relation.target) ?? '';
    const key = t ? `${source}\u0000${target}\u0000${role}` : '';
    const made = old && edgeKeys.get(old);
    if (old && old.data?.relation === relation && old.selected === isSelected && made?.key === key && made.t === t) return old;
    // No markers: RelationEdge draws the heads itself (render/geometry), outside the node and its handle.
    const edge: RelationFlowEdge = {
      id: relation.id,
      type: 'relation',
      source: relation.source,
      target: relation.target,
      selected: isSelected,
      data: { relation },
      ...(t
        ? {
            ariaLabel: t(`direction.${relation.direction}`, { source, target }),
            domAttributes: { 'aria-roledescription': role },
          }
        : {}),
    };
    edgeKeys.set(edge, { key, t });
    return edge;
  });
}

/** What an edge's name was made from (the two actors' names, the role and the language): the same, the edge can stay. */
const edgeKeys = new WeakMap<RelationFlowEdge, { key: string; t: Translate | undefined }>();

/** Positions that React Flow reports as final (drag ended, or moved by arrow keys). */
export function finishedMoves(changes: readonly NodeChange<ActorFlowNode>[]): Map<string, Position> {
  const moves = new Map<string, Position>();
  for (const change of changes) {
    if (change.type === 'position' && change.position && !change.dragging) moves.set(change.id, change.position);
  }
  return moves;
}

export function selectionChanges(changes: readonly (NodeChange | EdgeChange)[]): { id: string; selected: boolean }[] {
  return changes.flatMap((c) => (c.type === 'select' ? [{ id: c.id, selected: c.selected }] : []));
}
