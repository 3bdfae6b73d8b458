/**
 * View state: what the user is looking at and pointing to, never the document.
 * It lives beside the map in the editor store (one source of truth for the
 * selection) but history never records it and autosave never writes it: undo
 * only ever restores the map, and `prune` keeps the view consistent with it.
 */
import type { ActorType, MapDoc } from '../model';

export interface Selection {
  actors: string[];
  relations: string[];
}

/** A short message for the polite status region (e.g. "drop the arrow on another actor"); `at` makes a repeat announce again. */
export interface StatusMessage {
  key: 'connectMissed' | 'directionChanged';
  values?: Record<string, string>;
  at: number;
}

export type AddableType = Exclude<ActorType, 'self'>;

export interface ViewState {
  selection: Selection;
  /** The actor whose name is being edited on the canvas, if any. */
  editing: string | null;
  /** An actor whose neighbourhood is highlighted (hover or focus); others are dimmed by model/view. */
  highlight: string | null;
  /** True while a connection is being dragged: labels then let the pointer through. */
  connecting: boolean;
  status: StatusMessage | null;
  /** The type a double-click on the empty map adds: the last one the user added. */
  lastAddedType: AddableType;
  /** A relation just drawn: its inspector puts the cursor in the topic field (typing + Enter describes it). */
  describing: string | null;
}

export interface ViewActions {
  select: (selection: Selection) => void;
  setEditing: (actorId: string | null) => void;
  setHighlight: (actorId: string | null) => void;
  setConnecting: (connecting: boolean) => void;
  announce: (key: StatusMessage['key'], values?: Record<string, string>) => void;
  setLastAddedType: (type: AddableType) => void;
  setDescribing: (relationId: string | null) => void;
}

export const noSelection: Selection = { actors: [], relations: [] };

export const initialView = (): ViewState => ({
  selection: noSelection,
  editing: null,
  highlight: null,
  connecting: false,
  status: null,
  lastAddedType: 'person',
  describing: null,
});

export function createViewActions(set: (partial: Partial<ViewState>) => void, now: () => number): ViewActions {
  return {
    select: (selection) => set({ selection }),
    setEditing: (editing) => set({ editing }),
    setHighlight: (highlight) => set({ highlight }),
    setConnecting: (connecting) => set({ connecting }),
    announce: (key, values) => set({ status: { key, ...(values ? { values } : {}), at: now() } }),
    setLastAddedType: (lastAddedType) => set({ lastAddedType }),
    setDescribing: (describing) => set({ describing }),
  };
}

/** Drop from the view what the map no longer has (after an edit, undo or redo). Same object when nothing changed. */
export function pruneView(view: Pick<ViewState, 'selection' | 'editing' | 'highlight'>, map: MapDoc): Pick<ViewState, 'selection' | 'editing' | 'highlight'> {
  const actorIds = new Set(map.actors.map((a) => a.id));
  const relationIds = new Set(map.relations.map((r) => r.id));
  const { selection } = view;
  const actors = selection.actors.filter((id) => actorIds.has(id));
  const relations = selection.relations.filter((id) => relationIds.has(id));
  const sameSelection = actors.length === selection.actors.length && relations.length === selection.relations.length;
  return {
    selection: sameSelection ? selection : { actors, relations },
    editing: view.editing && actorIds.has(view.editing) ? view.editing : null,
    highlight: view.highlight && actorIds.has(view.highlight) ? view.highlight : null,
  };
}
