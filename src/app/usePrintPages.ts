import { useReactFlow } from '@xyflow/react';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { measuredSizes } from '../canvas/useScene';
import type { MapDoc } from '../model';
import { useEditorStoreApi } from '../store/EditorStoreContext';
import { selectViewSpec } from '../store/viewStore';
import type { MapSvgInput } from '../render/mapSvg';
import { lensOfView, mapPictureInput, type PictureLens } from './pictureInput';
import { type PrintPage, PRINT_PAGES_ID, removePrintPages, showPrintPages } from './printPages';

type Renderer = typeof import('../render/mapSvg');

/**
 * Pages to print: `views` gives one page per saved view (each through its own
 * filters, focus and emphasis, cropped to its frame), or the map as the user
 * sees it when there are none; `current` gives that one page.
 */
function usePageBuilder() {
  const { t, i18n } = useTranslation();
  const { getNodes } = useReactFlow();
  const store = useEditorStoreApi();
  return useCallback(
    (which: 'views' | 'current'): { heading?: string; input: MapSvgInput }[] => {
      const state = store.getState();
      const map = state.map;
      if (!map) return [];
      const sizes = measuredSizes(getNodes());
      // The sizes are the canvas's, so the note on what size means goes with every page.
      const picture = (lens: PictureLens, frame?: NonNullable<MapDoc['views']>[number]['frame']) =>
        mapPictureInput({ map, lens: { ...lens, sizeBy: state.sizeBy?.figure ?? null }, t, language: i18n.language, sizes, frame });
      const views = which === 'views' ? (map.views ?? []) : [];
      if (views.length > 0) return views.map((view) => ({ heading: view.name, input: picture(lensOfView(view), view.frame) }));
      return [{ input: picture({ ...selectViewSpec(state), emphasis: state.emphasis }) }];
    },
    [getNodes, i18n.language, store, t],
  );
}

/** The menu's "Print views": build the pages (a big map's pictures in a worker, io/renderPicture), then open the browser's print dialog. */
export function usePrintViews() {
  const build = usePageBuilder();
  return useCallback(async () => {
    const { renderPicture } = await import('../io/renderPicture');
    const pages: PrintPage[] = [];
    for (const { heading, input } of build('views'))
      pages.push({ ...(heading === undefined ? {} : { heading }), svg: (await renderPicture(input, 'svg')).svg });
    showPrintPages(pages);
    window.print();
  }, [build]);
}

/**
 * The browser's own Print (Ctrl+P) prints the map as the user sees it, with its
 * title and legend, instead of the editor's screen. `beforeprint` leaves no time
 * to load code, so the renderer is loaded when the editor opens.
 */
export function usePrintOnBrowserPrint() {
  const build = usePageBuilder();
  const renderer = useRef<Renderer | null>(null);
  useEffect(() => {
    let live = true;
    void import('../render/mapSvg').then((module) => {
      if (live) renderer.current = module;
    });
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    const before = () => {
      // "Print views" has built its pages already.
      if (document.getElementById(PRINT_PAGES_ID) || !renderer.current) return;
      // Ctrl+P waits for nothing: drawn here and now (the menu's "Print views" draws in a worker).
      const render = renderer.current;
      const pages = build('current').map(({ heading, input }) => ({ ...(heading === undefined ? {} : { heading }), svg: render.renderMapSvg(input).svg }));
      if (pages.length > 0) showPrintPages(pages);
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', removePrintPages);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', removePrintPages);
      removePrintPages();
    };
  }, [build]);
}
