/**
 * The open map and its undo history, with the view state beside it (viewStore).
 * Components read it through selectors and change the map only through
 * `apply(modelCommand)`, so every edit is one undoable step and reaches autosave.
 * History records the document only: selection, editing and the lens are view
 * state that undo never restores.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { MapDoc } from '../model';
import { emptyHistory, record, redo, undo, type History } from './history';
import { createViewActions, initialView, pruneView, type ViewActions, type ViewState } from './viewStore';

export type { Selection } from './viewStore';

/** A model command either returns the new map or the new map with what it made (`{ map, actor }`, `{ map, relation }`). */
type Edit<T> = (map: MapDoc) => T;

export interface EditorState extends ViewState, ViewActions {
  map: MapDoc | null;
  history: History;
  /** Replace the open map without history (opening, or a newer version from another tab). */
  load: (map: MapDoc | null) => void;
  /**
   * Apply an edit; edits sharing a `coalesce` key within a moment are one undo step.
   * Returns the command's result (the new map, or `{ map, … }`), or undefined without an open map.
   */
  apply: <T extends MapDoc | { map: MapDoc }>(edit: Edit<T>, options?: { coalesce?: string }) => T | undefined;
  undo: () => void;
  redo: () => void;
}

export type EditorStore = StoreApi<EditorState>;

const mapOf = (result: MapDoc | { map: MapDoc }): MapDoc => ('map' in result ? result.map : result);

export function createEditorStore(now: () => number = Date.now): EditorStore {
  return createStore<EditorState>()((set, get) => ({
    map: null,
    history: emptyHistory(),
    ...initialView(),
    ...createViewActions(set, now),
    load: (map) => set({ map, history: emptyHistory(), ...initialView() }),
    apply: (edit, options) => {
      const { map, history } = get();
      if (!map) return undefined;
      const result = edit(map);
      const edited = mapOf(result);
      if (edited === map) return result;
      const at = now();
      set({
        map: { ...edited, updatedAt: new Date(at).toISOString() },
        history: record(history, map, options?.coalesce, at),
        ...pruneView(get(), edited),
      });
      return result;
    },
    undo: () => step(get, set, undo, now),
    redo: () => step(get, set, redo, now),
  }));
}

function step(get: () => EditorState, set: (partial: Partial<EditorState>) => void, move: typeof undo, now: () => number) {
  const { map, history } = get();
  if (!map) return;
  const result = move(history, map);
  if (!result) return;
  // The restored version is a new edit as far as saving is concerned.
  set({ map: { ...result.map, updatedAt: new Date(now()).toISOString() }, history: result.history, ...pruneView(get(), result.map) });
}

export const selectCanUndo = (s: EditorState) => s.history.past.length > 0;
export const selectCanRedo = (s: EditorState) => s.history.future.length > 0;
