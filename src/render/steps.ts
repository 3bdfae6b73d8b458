/**
 * Work in steps: a long computation written as a generator that yields at safe
 * points (after a relation routed, a label placed). The picture runs it to the
 * end at once (runSteps); the canvas spreads it over short tasks, so building
 * the scene of a 1000-actor map never blocks the page for long. Both get the
 * same result: the steps only say where the work may pause.
 */
export type Steps<T> = Generator<void, T>;

/** Run every step now and return the result. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * Run steps until `deadline()` says the time is up (checked every `every` steps,
 * reading a clock is not free); returns the result, or undefined when steps remain.
 */
export function runStepsUntil<T>(steps: Steps<T>, timeUp: () => boolean, every = 8): { done: true; value: T } | { done: false } {
  for (let i = 0; ; i++) {
    const next = steps.next();
    if (next.done) return { done: true, value: next.value };
    if (i % every === every - 1 && timeUp()) return { done: false };
  }
}
