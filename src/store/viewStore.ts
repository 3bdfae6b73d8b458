/**
 * View state: what the user is looking at and pointing to, never the document.
 * It lives beside the map in the editor store (one source of truth for the
 * selection) but history never records it and autosave never writes it: undo
 * only ever restores the map, and `prune` keeps the view consistent with it.
 */
import type { ActorType, Emphasis, Focus, MapDoc, ViewFilters, ViewSpec } from '../model';
import type { SizeFigure } from '../model/insights/sizeScale';

export interface Selection {
  actors: string[];
  relations: string[];
}

/** A short message for the polite status region (e.g. "drop the arrow on another actor"); `at` makes a repeat announce again. */
export interface StatusMessage {
  key: 'connectMissed' | 'directionChanged' | 'noneThatWay' | 'markChanged';
  values?: Record<string, string>;
  at: number;
}

/** Actors drawn larger by a figure of the Insights panel: which figure, and each actor's scale (1 = normal size). */
export interface SizeBy {
  figure: SizeFigure;
  scale: Record<string, number>;
}

export type AddableType = Exclude<ActorType, 'self'>;

export interface ViewState {
  selection: Selection;
  /** The actor whose name is being edited on the canvas, if any. */
  editing: string | null;
  /** True while a connection is being dragged: labels then let the pointer through. */
  connecting: boolean;
  status: StatusMessage | null;
  /** The type a double-click on the empty map adds: the last one the user added. */
  lastAddedType: AddableType;
  /** A relation just drawn: its inspector puts the cursor in the topic field (typing + Enter describes it). */
  describing: string | null;
  /** The lens on the map (model/view): what is shown, and what stands out. A saved view stores these. */
  filters: ViewFilters;
  focus: Focus | null;
  /** Ids that stand out: a search hit or an insight; `reason` says why (the query, or the insight's name). */
  emphasis: (Emphasis & { reason?: string }) | null;
  /** Hide instead of dim what is outside the focus or emphasis. */
  hideOthers: boolean;
  /** Presentation mode: projector theme, no editing chrome, nothing can be moved or edited. */
  presenting: boolean;
  /** The editor shows the map as a picture or as tables of actors and relations. */
  layout: 'map' | 'table';
  /** Size actors by a figure (Insights panel); null: every actor at its normal size. */
  sizeBy: SizeBy | null;
}

export interface ViewActions {
  select: (selection: Selection) => void;
  setEditing: (actorId: string | null) => void;
  setConnecting: (connecting: boolean) => void;
  announce: (key: StatusMessage['key'], values?: Record<string, string>) => void;
  setLastAddedType: (type: AddableType) => void;
  setDescribing: (relationId: string | null) => void;
  setFilters: (filters: ViewFilters) => void;
  setFocus: (focus: Focus | null) => void;
  setEmphasis: (emphasis: ViewState['emphasis']) => void;
  setHideOthers: (hideOthers: boolean) => void;
  setPresenting: (presenting: boolean) => void;
  setLayout: (layout: ViewState['layout']) => void;
  setSizeBy: (sizeBy: SizeBy | null) => void;
}

export const noSelection: Selection = { actors: [], relations: [] };

export const initialView = (): ViewState => ({
  selection: noSelection,
  editing: null,
  connecting: false,
  status: null,
  lastAddedType: 'person',
  describing: null,
  filters: {},
  focus: null,
  emphasis: null,
  hideOthers: false,
  presenting: false,
  layout: 'map',
  sizeBy: null,
});

/** The parts of the view state that model/view derives the picture from. */
export const selectViewSpec = (s: ViewState): ViewSpec => ({
  filters: s.filters,
  focus: s.focus,
  emphasis: s.emphasis,
  hideOthers: s.hideOthers,
});

export function createViewActions(set: (partial: Partial<ViewState>) => void, now: () => number): ViewActions {
  return {
    select: (selection) => set({ selection }),
    setEditing: (editing) => set({ editing }),
    setConnecting: (connecting) => set({ connecting }),
    announce: (key, values) => set({ status: { key, ...(values ? { values } : {}), at: now() } }),
    setLastAddedType: (lastAddedType) => set({ lastAddedType }),
    setDescribing: (describing) => set({ describing }),
    setFilters: (filters) => set({ filters }),
    setFocus: (focus) => set({ focus }),
    setEmphasis: (emphasis) => set({ emphasis }),
    setHideOthers: (hideOthers) => set({ hideOthers }),
    setPresenting: (presenting) => set({ presenting }),
    setLayout: (layout) => set({ layout }),
    setSizeBy: (sizeBy) => set({ sizeBy }),
  };
}

/** Drop from the view what the map no longer has (after an edit, undo or redo). Same object when nothing changed. */
type Pruned = Pick<ViewState, 'selection' | 'editing' | 'focus'>;

export function pruneView(view: Pruned, map: MapDoc): Pruned {
  const actorIds = new Set(map.actors.map((a) => a.id));
  const relationIds = new Set(map.relations.map((r) => r.id));
  const { selection } = view;
  const actors = selection.actors.filter((id) => actorIds.has(id));
  const relations = selection.relations.filter((id) => relationIds.has(id));
  const sameSelection = actors.length === selection.actors.length && relations.length === selection.relations.length;
  return {
    selection: sameSelection ? selection : { actors, relations },
    editing: view.editing && actorIds.has(view.editing) ? view.editing : null,
    focus: view.focus && actorIds.has(view.focus.actor) ? view.focus : null,
  };
}
