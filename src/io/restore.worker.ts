/// <reference lib="webworker" />
/** Parses and validates a large map file off the main thread, so the page never freezes on import. */
import { restoreFromText } from '../model/restore';

self.onmessage = (event: MessageEvent<string>) => {
  (self as unknown as Worker).postMessage(restoreFromText(event.data));
};
