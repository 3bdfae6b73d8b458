import { useReactFlow } from '@xyflow/react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { centreOf, RING_RADII, type MapDoc } from '../model';
import { downloadBlob, fileNameFor } from '../io/download';
import { useEditorStoreApi } from '../store/EditorStoreContext';

export type PngScale = 1 | 2 | 3;

/** Export the whole map as PNG; the export code is loaded only when first used. */
export function usePngExport() {
  const { t, i18n } = useTranslation();
  const { getNodes } = useReactFlow();
  const store = useEditorStoreApi();
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const exportPng = useCallback(
    async (map: MapDoc, scale: PngScale) => {
      const viewportElement = document.querySelector<HTMLElement>('.react-flow__viewport');
      if (!viewportElement) return;
      setBusy(true);
      // The canvas keeps only visible elements in the DOM; bring them all in for the picture.
      store.getState().setExporting(true);
      try {
        const { renderMapPng } = await import('../io/exportPng');
        await allElementsRendered(map.actors.length, map.relations.length);
        const centre = centreOf(map);
        const r = RING_RADII[3];
        const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date(map.updatedAt));
        const result = await renderMapPng({
          viewportElement,
          nodes: getNodes(),
          extraBounds: map.kind === 'personal' ? [{ x: centre.x - r, y: centre.y - r, width: 2 * r, height: 2 * r }] : [],
          title: map.title,
          subtitle: [map.author, map.region, date].filter(Boolean).join(' · '),
          scale,
        });
        const fileName = fileNameFor(map.title, 'png');
        downloadBlob(result.blob, fileName);
        setMessage(result.scale < scale ? t('export.scaledDown', { scale: result.scale.toFixed(2) }) : t('export.pngDone', { file: fileName }));
      } catch {
        setMessage(t('export.failed'));
      } finally {
        store.getState().setExporting(false);
        setBusy(false);
      }
    },
    [getNodes, i18n.language, store, t],
  );
  return { exportPng, message, busy, clearMessage: () => setMessage(null) };
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Wait until React Flow has rendered and measured every node and edge (a few frames at most). */
async function allElementsRendered(nodes: number, edges: number, maxFrames = 120) {
  for (let frame = 0; frame < maxFrames; frame++) {
    await nextFrame();
    const rendered = document.querySelectorAll('.react-flow__node:not([style*="visibility: hidden"])').length;
    const drawn = document.querySelectorAll('.react-flow__edge').length;
    if (rendered >= nodes && drawn >= edges) return;
  }
}
