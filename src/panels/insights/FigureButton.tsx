import { useEditor, useEditorStoreApi } from '../../store/EditorStoreContext';

export interface Highlight {
  actors: string[];
  relations: string[];
}

/**
 * A figure or a name in the Insights panel: pressing it highlights on the map
 * the actors (and relations) it is about; pressing it again clears that. The
 * visible text is the accessible name and the emphasis's reason (shown with
 * the highlight); aria-pressed says whether it is on.
 */
export function FigureButton({ highlight, text }: { highlight: Highlight; text: string }) {
  const store = useEditorStoreApi();
  const active = useEditor((s) => s.emphasis?.reason === text);
  return (
    <button
      type="button"
      className="insight-figure"
      aria-pressed={active}
      onClick={() => store.getState().setEmphasis(active ? null : { ...highlight, reason: text })}
    >
      {text}
    </button>
  );
}
