// How long this process's event loop has been blocked, so a provider is never blamed for our own stalls.
import { performance } from 'node:perf_hooks';

/** Reads the cumulative time the event loop could not run timers, since the meter started. */
export interface StallMeter {
  stalledMs(): number;
}

const TICK_MS = 20;
let shared: StallMeter | undefined;

/**
 * The process-wide meter: a small unreferenced interval that adds up how late each tick fires. A reply
 * that arrives while the loop is blocked is read only after the block; that wait is ours, not the model's.
 */
export function loopStallMeter(): StallMeter {
  if (shared) return shared;
  let stalled = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const at = performance.now();
    stalled += Math.max(0, at - last - TICK_MS);
    last = at;
  }, TICK_MS);
  timer.unref();
  shared = {
    // A block still going on when this is read has not been ticked yet: count it up to now.
    stalledMs: () => stalled + Math.max(0, performance.now() - last - TICK_MS),
  };
  return shared;
}
