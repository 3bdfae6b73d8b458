import { useEffect } from 'react';
import type { Insights } from '../../model/insights/types';
import { sizeScale } from '../../model/insights/sizeScale';
import { useEditor, useEditorStoreApi } from '../../store/EditorStoreContext';
import { useInsights } from './useInsights';

const sameScale = (a: Record<string, number>, b: Record<string, number>) => {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
};

/** Keeps the store's per-actor sizes in step with the latest insights while actors are sized by a figure. */
export function useKeepSizeScale(insights: Insights | null) {
  const store = useEditorStoreApi();
  const figure = useEditor((s) => s.sizeBy?.figure ?? null);
  useEffect(() => {
    if (!figure || !insights) return;
    const scale = sizeScale(insights, figure);
    const current = store.getState().sizeBy;
    if (current && current.figure === figure && sameScale(current.scale, scale)) return;
    store.getState().setSizeBy({ figure, scale });
  }, [figure, insights, store]);
}

/** While the Insights tab is closed, keeps actor sizes up to date after edits (the open panel does it itself). */
export function InsightsSizing() {
  const { insights } = useInsights();
  useKeepSizeScale(insights);
  return null;
}
