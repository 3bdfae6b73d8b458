/// <reference lib="webworker" />
/** Runs the force-directed layout off the main thread, so a large map does not freeze the page. */
import { layoutMap, type LayoutOptions } from '../model/layout';
import type { MapDoc } from '../model/schema';

self.onmessage = (event: MessageEvent<{ map: MapDoc; options?: LayoutOptions }>) => {
  const { map, options } = event.data;
  (self as unknown as Worker).postMessage(layoutMap(map, options));
};
