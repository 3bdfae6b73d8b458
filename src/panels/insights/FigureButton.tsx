import type { ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useEditor, useEditorStoreApi } from '../../store/EditorStoreContext';

export interface Highlight {
  actors: string[];
  relations: string[];
}

/**
 * A figure or a name in the Insights panel: pressing it highlights on the map
 * the actors (and relations) it is about; pressing it again clears that. The
 * visible text is the accessible name; aria-pressed says whether it is on.
 */
export function FigureButton({ highlight, reason, children }: { highlight: Highlight; reason: string; children: ReactNode }) {
  const store = useEditorStoreApi();
  const active = useEditor(useShallow((s) => s.emphasis?.reason === reason));
  return (
    <button
      type="button"
      className="insight-figure"
      aria-pressed={active}
      title={reason}
      onClick={() => store.getState().setEmphasis(active ? null : { ...highlight, reason })}
    >
      {children}
    </button>
  );
}
