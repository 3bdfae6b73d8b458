/**
 * The open map, its selection and undo history. Components read it through the
 * selectors below and change the map only through `apply(modelCommand)`, so
 * every edit is one undoable step and reaches autosave.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { MapDoc } from '../model';
import { emptyHistory, record, redo, undo, type History } from './history';

export interface Selection {
  actors: string[];
  relations: string[];
}

export interface EditorState {
  map: MapDoc | null;
  history: History;
  selection: Selection;
  /** The actor whose name is being edited on the canvas, if any. */
  editing: string | null;

  /** Replace the open map without history (opening, or a newer version from another tab). */
  load: (map: MapDoc | null) => void;
  /** Apply an edit; edits sharing a `coalesce` key within a moment are one undo step. */
  apply: (edit: (map: MapDoc) => MapDoc, options?: { coalesce?: string }) => void;
  undo: () => void;
  redo: () => void;
  select: (selection: Selection) => void;
  setEditing: (actorId: string | null) => void;
}

const noSelection: Selection = { actors: [], relations: [] };

export type EditorStore = StoreApi<EditorState>;

export function createEditorStore(now: () => number = Date.now): EditorStore {
  return createStore<EditorState>()((set, get) => ({
    map: null,
    history: emptyHistory(),
    selection: noSelection,
    editing: null,
    load: (map) => set({ map, history: emptyHistory(), selection: noSelection, editing: null }),
    apply: (edit, options) => {
      const { map, history } = get();
      if (!map) return;
      const edited = edit(map);
      if (edited === map) return;
      const at = now();
      set({
        map: { ...edited, updatedAt: new Date(at).toISOString() },
        history: record(history, map, options?.coalesce, at),
        selection: pruneSelection(get().selection, edited),
      });
    },
    undo: () => step(get, set, undo, now),
    redo: () => step(get, set, redo, now),
    select: (selection) => set({ selection }),
    setEditing: (editing) => set({ editing }),
  }));
}

function step(get: () => EditorState, set: (partial: Partial<EditorState>) => void, move: typeof undo, now: () => number) {
  const { map, history, selection } = get();
  if (!map) return;
  const result = move(history, map);
  if (!result) return;
  // The restored version is a new edit as far as saving is concerned.
  set({ map: { ...result.map, updatedAt: new Date(now()).toISOString() }, history: result.history, selection: pruneSelection(selection, result.map) });
}

function pruneSelection(selection: Selection, map: MapDoc): Selection {
  const actorIds = new Set(map.actors.map((a) => a.id));
  const relationIds = new Set(map.relations.map((r) => r.id));
  const actors = selection.actors.filter((id) => actorIds.has(id));
  const relations = selection.relations.filter((id) => relationIds.has(id));
  return actors.length === selection.actors.length && relations.length === selection.relations.length ? selection : { actors, relations };
}

export const selectCanUndo = (s: EditorState) => s.history.past.length > 0;
export const selectCanRedo = (s: EditorState) => s.history.future.length > 0;
