import { useReactFlow } from '@xyflow/react';
import { useCallback, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { measuredSizes } from '../canvas/useScene';
import { downloadBlob, fileNameFor } from '../io/download';
import { toMapJson, type MapDoc } from '../model';
import type { FileFormat } from '../io/formats';
import { MIN_PRINT_TEXT_MM } from '../render/picture';
import { useEditorStoreApi } from '../store/EditorStoreContext';
import { selectViewSpec } from '../store/viewStore';
import { mapPictureInput, type PictureLens } from './pictureInput';

export type PngScale = 1 | 2 | 3;

export interface ExportProgress {
  done: number;
  phase: 'drawing' | 'encoding';
}

type ExportMessage =
  | { key: 'export.scaledDown'; scale: string }
  | { key: 'export.pngDone'; file: string }
  | { key: 'export.failed' }
  | { key: 'exportProgress.cancelled' }
  | { key: 'report.smallText'; mm: string };

function translateMessage(t: TFunction, message: ExportMessage): string {
  if (message.key === 'export.scaledDown') return t(message.key, { scale: message.scale });
  if (message.key === 'export.pngDone') return t(message.key, { file: message.file });
  if (message.key === 'report.smallText') return t(message.key, { mm: message.mm, min: MIN_PRINT_TEXT_MM });
  return t(message.key);
}

/**
 * PNG export of the whole map or of the current view, both through the lens the
 * user is looking through (filters, focus, search) and framed with the title,
 * "author · region · date", the legend and the lens in words. The export code is
 * loaded only when first used.
 */
export function usePngExport() {
  const { t, i18n } = useTranslation();
  const { getNodes, getViewport } = useReactFlow();
  /** The part of the map on screen, in map units: what React Flow's viewport shows of the canvas. */
  const visibleFrame = useCallback(() => {
    const element = document.querySelector<HTMLElement>('.map-canvas .react-flow');
    if (!element) return undefined;
    const box = element.getBoundingClientRect();
    const { x, y, zoom } = getViewport();
    return { x: -x / zoom, y: -y / zoom, width: box.width / zoom, height: box.height / zoom };
  }, [getViewport]);
  const store = useEditorStoreApi();
  // The keys and values, not the text: the messages are translated when shown, so they follow a language switch.
  const [messages, setMessages] = useState<ExportMessage[]>([]);
  const [busy, setBusy] = useState(false);
  /** While a whole-map picture is drawn (tile by tile, then encoded): the share done, 0–1, and the phase; null otherwise. */
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const abortRef = useRef<AbortController | null>(null);

  const run = useCallback(
    async (map: MapDoc, scale: PngScale, what: 'map' | 'view') => {
      setBusy(true);
      const abort = new AbortController();
      abortRef.current = abort;
      try {
        const { wholeMapPng, ExportCancelled } = await import('../io/exportPng');
        const state = store.getState();
        const lens: PictureLens = { ...selectViewSpec(state), emphasis: state.emphasis, sizeBy: state.sizeBy?.figure ?? null };
        const next: ExportMessage[] = [];
        // The current view is the part of the map on screen, drawn like the whole map (render layer, a worker):
        // copying the live canvas (html-to-image) froze the page, 24 s at 1000 actors.
        const frame = what === 'view' ? visibleFrame() : undefined;
        if (what === 'view' && !frame) return;
        setProgress({ done: 0, phase: 'drawing' });
        const [{ renderPicture }, { embedMapInPng }] = await Promise.all([import('../io/renderPicture'), import('../io/formats/png')]);
        // Gathering the input of a 5000-actor map is 20–30 ms: in a task of its own, not in the click's (which closes the menu and shows the progress).
        await new Promise((resolve) => setTimeout(resolve, 0));
        // Sizes the canvas measured; nodes it never drew (off screen) get an estimate. The scene is built in a worker.
        const input = mapPictureInput({ map, lens, t, language: i18n.language, sizes: measuredSizes(getNodes()), ...(frame ? { frame } : {}) });
        const picture = await renderPicture(input, 'tiles', abort.signal);
        // In steps of 5 %: each change lays the page out, and after a layout the browser hit-tests the map under the
        // pointer again (300 ms on a busy machine at 5000 actors), so a hundred steps were a hundred long tasks.
        const step = (share: number) => Math.floor(share * 20);
        const onProgress = (done: number, phase: ExportProgress['phase']) =>
          setProgress((last) => (last && last.phase === phase && step(last.done) === step(done) ? last : { done, phase }));
        // The whole map's picture carries the map (not only what the lens shows): dropped back into the library, it is the
        // editable map again. The worker that draws a big picture puts it in (a 5000-actor map's JSON and putting it in were
        // 50 + 70 ms on the page); the current view's picture carries none.
        let result = await wholeMapPng(picture, scale, { onProgress, signal: abort.signal, ...(what === 'map' ? { embed: map } : {}) });
        if (abort.signal.aborted) throw new ExportCancelled();
        if (what === 'map' && !result.embedded) {
          const json = toMapJson(map);
          await new Promise((resolve) => setTimeout(resolve, 0));
          result = { ...result, blob: await embedMapInPng(result.blob, json) };
        }
        // Fitting a big map to A3 shrinks its text; say so rather than let a report go out unreadable.
        if (picture.mapTextMm < MIN_PRINT_TEXT_MM) next.push({ key: 'report.smallText', mm: picture.mapTextMm.toFixed(1) });
        const fileName = fileNameFor(what === 'view' ? `${map.title} ${t('toolbar.viewSuffix')}` : map.title, 'png');
        downloadBlob(result.blob, fileName);
        next.unshift(result.scale < scale ? { key: 'export.scaledDown', scale: result.scale.toFixed(2) } : { key: 'export.pngDone', file: fileName });
        setMessages(next);
      } catch (error) {
        // A cancelled export writes no file and says so; the app stays as it was.
        setMessages([
          { key: error instanceof Error && (error.name === 'ExportCancelled' || error.name === 'AbortError') ? 'exportProgress.cancelled' : 'export.failed' },
        ]);
      } finally {
        abortRef.current = null;
        setProgress(null);
        setBusy(false);
      }
    },
    [getNodes, visibleFrame, i18n.language, t, store],
  );
  const cancel = useCallback(() => abortRef.current?.abort(), []);
  /** The whole map's picture input through the current lens, as the whole-map PNG draws it (for the SVG and other picture formats). */
  const picture = useCallback(
    (map: MapDoc) => {
      const state = store.getState();
      const lens: PictureLens = { ...selectViewSpec(state), emphasis: state.emphasis, sizeBy: state.sizeBy?.figure ?? null };
      return mapPictureInput({ map, lens, t, language: i18n.language, sizes: measuredSizes(getNodes()) });
    },
    [getNodes, i18n.language, t, store],
  );

  /** Export the map as a file of a format from the registry. */
  const exportFile = useCallback(
    async (map: MapDoc, format: FileFormat) => {
      try {
        // A big map's file is written in a worker (io/writeFormat): zipping a workbook would freeze the page.
        const { writeFormat } = await import('../io/writeFormat');
        const { blob, extension } = await writeFormat(map, format, { picture: () => picture(map) });
        downloadBlob(blob, fileNameFor(map.title, extension));
      } catch {
        setMessages([{ key: 'export.failed' }]);
      }
    },
    [picture],
  );

  return {
    exportFile,
    picture,
    exportMap: (map: MapDoc, scale: PngScale) => run(map, scale, 'map'),
    exportView: (map: MapDoc, scale: PngScale) => run(map, scale, 'view'),
    message: messages.length ? messages.map((m) => translateMessage(t, m)).join(' ') : null,
    busy,
    progress,
    cancel,
    clearMessage: () => setMessages([]),
  };
}
