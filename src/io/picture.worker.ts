/**
 * Draws the whole-map picture (render/mapSvg) off the main thread: building the
 * scene of a 1000-actor map (routes, label places) took half a second in one task.
 */
import { renderMapSvg } from '../render/mapSvg';
import { fromMapSvgJob, type MapSvgJob } from '../render/mapSvgJob';

/** `want`: the SVG text (the SVG file, print) or its tiles (the PNG); copying both back for a 5000-actor map costs the page. */
self.onmessage = (event: MessageEvent<{ job: MapSvgJob; want: 'svg' | 'tiles' }>) => {
  try {
    const picture = renderMapSvg(fromMapSvgJob(event.data.job));
    const trimmed = event.data.want === 'svg' ? { ...picture, tiled: undefined } : { ...picture, svg: '' };
    (self as unknown as Worker).postMessage({ picture: trimmed });
  } catch (error) {
    (self as unknown as Worker).postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
};
