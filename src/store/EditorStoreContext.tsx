import { createContext, useContext, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createEditorStore, type EditorState, type EditorStore } from './editorStore';

const EditorStoreContext = createContext<EditorStore | null>(null);

/** Provides a fresh editor store to the map editor (one per opened map view). */
export function EditorStoreProvider({ children, store }: { children: ReactNode; store?: EditorStore }) {
  const [value] = useState(() => store ?? createEditorStore());
  return <EditorStoreContext.Provider value={value}>{children}</EditorStoreContext.Provider>;
}

export function useEditorStoreApi(): EditorStore {
  const store = useContext(EditorStoreContext);
  if (!store) throw new Error('useEditorStoreApi outside EditorStoreProvider');
  return store;
}

/** Read from the editor store; re-renders when the selected value changes (use useShallow for objects). */
export function useEditor<T>(selector: (state: EditorState) => T): T {
  return useStore(useEditorStoreApi(), selector);
}
