import { useReactFlow } from '@xyflow/react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { centreOf, RING_RADII, type MapDoc } from '../model';
import { downloadBlob, fileNameFor } from '../io/download';

export type PngScale = 1 | 2 | 3;

/** Export the whole map as PNG; the export code is loaded only when first used. */
export function usePngExport() {
  const { t, i18n } = useTranslation();
  const { getNodes } = useReactFlow();
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const exportPng = useCallback(
    async (map: MapDoc, scale: PngScale) => {
      const viewportElement = document.querySelector<HTMLElement>('.react-flow__viewport');
      if (!viewportElement) return;
      setBusy(true);
      try {
        const { renderMapPng } = await import('../io/exportPng');
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
        setBusy(false);
      }
    },
    [getNodes, i18n.language, t],
  );
  return { exportPng, message, busy, clearMessage: () => setMessage(null) };
}
