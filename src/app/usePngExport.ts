import { useReactFlow } from '@xyflow/react';
import { useCallback, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { labelLinesOf } from '../canvas/flowAdapter';
import { measuredSizes } from '../canvas/useScene';
import { downloadBlob, fileNameFor } from '../io/download';
import type { MapDoc } from '../model';
import { printTheme } from '../render/theme';

export type PngScale = 1 | 2 | 3;

type ExportMessage = { key: 'export.scaledDown'; scale: string } | { key: 'export.pngDone'; file: string } | { key: 'export.failed' };

function translateMessage(t: TFunction, message: ExportMessage): string {
  if (message.key === 'export.scaledDown') return t(message.key, { scale: message.scale });
  if (message.key === 'export.pngDone') return t(message.key, { file: message.file });
  return t(message.key);
}

/** PNG export of the whole map or of the current view; the export code is loaded only when first used. */
export function usePngExport() {
  const { t, i18n } = useTranslation();
  const { getNodes } = useReactFlow();
  // The key and values, not the text: the message is translated when shown, so it follows a language switch.
  const [message, setMessage] = useState<ExportMessage | null>(null);
  const [busy, setBusy] = useState(false);

  const run = useCallback(
    async (map: MapDoc, scale: PngScale, what: 'map' | 'view') => {
      setBusy(true);
      try {
        const { wholeMapPng, currentViewPng } = await import('../io/exportPng');
        const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date(map.updatedAt));
        const subtitle = [map.author, map.region, date].filter(Boolean).join(' · ');
        let result: import('../io/exportPng').PngExportResult;
        if (what === 'view') {
          const element = document.querySelector<HTMLElement>('.map-canvas');
          if (!element) return;
          result = await currentViewPng({ element, title: map.title, subtitle, scale });
        } else {
          const { renderMapSvg } = await import('../render/mapSvg');
          const relations = new Map(map.relations.map((r) => [r.id, r]));
          // Sizes the canvas measured; nodes it never drew (off screen) get an estimate.
          const sizes = measuredSizes(getNodes());
          const picture = renderMapSvg({
            map,
            theme: printTheme,
            sizes,
            labelLines: (id) => labelLinesOf(relations.get(id)!, t),
            ringNames: { 1: t('ring.1'), 2: t('ring.2'), 3: t('ring.3') },
            areaNames: { everyday: t('area.short_everyday'), education: t('area.short_education'), employment: t('area.short_employment') },
            legend: {
              title: t('canvas.legend'),
              actorTypes: { self: t('actorType.self'), person: t('actorType.person'), group: t('actorType.group'), organisation: t('actorType.organisation') },
              directions: {
                forward: t('direction.forward', { source: 'A', target: 'B' }),
                backward: t('direction.backward', { source: 'A', target: 'B' }),
                both: t('direction.both', { source: 'A', target: 'B' }),
              },
              weight: (count) => t('provenance.weight', { count }),
              areasTitle: t('area.legend'),
              areas: { everyday: t('area.everyday'), education: t('area.education'), employment: t('area.employment') },
              areaShort: { everyday: t('area.short_everyday'), education: t('area.short_education'), employment: t('area.short_employment') },
              tie: (ring) => ({ 1: t('canvas.tie1'), 2: t('canvas.tie2'), 3: t('canvas.tie3') })[ring],
            },
            title: map.title,
            subtitle,
          });
          result = await wholeMapPng(picture, scale);
        }
        const fileName = fileNameFor(what === 'view' ? `${map.title} ${t('toolbar.viewSuffix')}` : map.title, 'png');
        downloadBlob(result.blob, fileName);
        setMessage(result.scale < scale ? { key: 'export.scaledDown', scale: result.scale.toFixed(2) } : { key: 'export.pngDone', file: fileName });
      } catch {
        setMessage({ key: 'export.failed' });
      } finally {
        setBusy(false);
      }
    },
    [getNodes, i18n.language, t],
  );
  return {
    exportMap: (map: MapDoc, scale: PngScale) => run(map, scale, 'map'),
    exportView: (map: MapDoc, scale: PngScale) => run(map, scale, 'view'),
    message: message ? translateMessage(t, message) : null,
    busy,
    clearMessage: () => setMessage(null),
  };
}
