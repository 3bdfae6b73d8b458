/**
 * Draws the whole-map picture (render/mapSvg) off the main thread: building the
 * scene of a 1000-actor map (routes, label places) took half a second in one task.
 */
import { renderMapSvg } from '../render/mapSvg';
import { fromMapSvgJob, type MapSvgJob } from '../render/mapSvgJob';

self.onmessage = (event: MessageEvent<MapSvgJob>) => {
  try {
    (self as unknown as Worker).postMessage({ picture: renderMapSvg(fromMapSvgJob(event.data)) });
  } catch (error) {
    (self as unknown as Worker).postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
};
