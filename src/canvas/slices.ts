/**
 * Long work on the main thread in short tasks: runs render/steps for at most
 * SLICE_MS at a time, then gives the page back (input, frames) before going on.
 */
import { runStepsUntil, type Steps } from '../render';

/** Well under the 50 ms of a "long task", so a pan or a key press waits at most this long. */
export const SLICE_MS = 25;

/**
 * Start `make()`'s steps after `delayMs`, run them in slices and hand the result
 * to `done`. Returns a cancel function (the work is dropped, `done` never called):
 * a newer input starts over rather than finish a result that is already stale.
 */
export function runInSlices<T>(make: () => Steps<T>, done: (value: T) => void, delayMs = 0): () => void {
  let cancelled = false;
  let steps: Steps<T> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const slice = () => {
    timer = undefined;
    if (cancelled) return;
    steps ??= make();
    const end = performance.now() + SLICE_MS;
    const result = runStepsUntil(steps, () => performance.now() >= end);
    if (result.done) done(result.value);
    else timer = setTimeout(slice, 0);
  };
  timer = setTimeout(slice, delayMs);
  return () => {
    cancelled = true;
    if (timer !== undefined) clearTimeout(timer);
  };
}
