// A provider's deadline in the provider's own time: it runs from when the request is actually sent, and time
// our event loop spent blocked (so the reply sat unread) is given back. The breaker judges the provider only.
import { AsyncLocalStorage } from 'node:async_hooks';
import { performance } from 'node:perf_hooks';
import { LlmCallFailure } from '../call-failure.js';
import { loopStallMeter, type StallMeter } from './loop-stall.js';

/** One call's clock: started by the first request on the wire, paused while our event loop is blocked. */
export interface ProviderClock {
  /** Called by the HTTP layer when a request leaves; the first one starts the provider's time. */
  sent(): void;
  /** Time the provider has had so far, in ms (0 before anything was sent). */
  providerMs(): number;
  /** Time that was ours: waiting to send, and our event loop blocked after sending. */
  ourMs(): number;
}

// Every clock of the calls in progress on this async path: the chain's, and the attempt's inside it.
const currentClocks = new AsyncLocalStorage<ProviderClock[]>();

/** For the HTTP layer (the openai SDK's fetch): the request of the call in progress is leaving now. */
export function markRequestSent(): void {
  for (const clock of currentClocks.getStore() ?? []) clock.sent();
}

/** A clock for one call; `meter` is the process's stall meter unless a test passes its own. */
export function createProviderClock(meter: StallMeter = loopStallMeter()): ProviderClock {
  const began = performance.now();
  let sentAt: number | undefined;
  let stalledAtSend = 0;
  const providerMs = () =>
    sentAt === undefined ? 0 : Math.max(0, performance.now() - sentAt - (meter.stalledMs() - stalledAtSend));
  return {
    sent() {
      if (sentAt !== undefined) return;
      sentAt = performance.now();
      stalledAtSend = meter.stalledMs();
    },
    providerMs,
    ourMs: () => Math.max(0, performance.now() - began - providerMs()),
  };
}

/** Why a call was stopped: the provider used up its time, or we never managed to send it. */
export type DeadlineVerdict = 'provider' | 'ours';

export interface DeadlineOptions {
  /** Give up when nothing was sent within this much wall time (default: three times the timeout). */
  sendWithinMs?: number | undefined;
  /** Whether another attempt may follow the timeout (a single attempt's deadline), or not (the chain's). */
  retryable?: boolean | undefined;
}

/**
 * Run `call` under `clock`, aborting `controller` when the provider has had `timeoutMs` of its own time,
 * or when nothing was sent within `sendWithinMs` of wall time (our fault, reported as 'ours').
 * When a timer fires, judgement waits one turn of the loop so a reply already received is read first.
 */
export function withProviderDeadline<T>(
  call: () => Promise<T>,
  clock: ProviderClock,
  controller: AbortController,
  timeoutMs: number,
  options: DeadlineOptions = {},
): Promise<T> {
  const began = performance.now();
  const sendWithinMs = options.sendWithinMs ?? timeoutMs * 3;
  return new Promise<T>((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    let settled = false;
    const stop = (verdict: DeadlineVerdict) => {
      settled = true;
      controller.abort();
      const failure = new LlmCallFailure(
        'timeout',
        verdict === 'provider' ? `no reply within ${timeoutMs} ms` : 'the request could not be sent in time',
        { retryable: options.retryable ?? false },
      );
      reject(Object.assign(failure, { verdict }));
    };
    const judge = () => {
      if (settled) return;
      const used = clock.providerMs();
      const waitedToSend = performance.now() - began;
      if (used >= timeoutMs) return stop('provider');
      if (used === 0 && waitedToSend >= sendWithinMs) return stop('ours');
      arm(used === 0 ? Math.min(timeoutMs, sendWithinMs - waitedToSend) : timeoutMs - used);
    };
    const arm = (ms: number) => {
      timer = setTimeout(() => setImmediate(judge), Math.max(1, ms));
    };
    arm(timeoutMs);
    currentClocks.run([...(currentClocks.getStore() ?? []), clock], call).then(
      (value) => {
        settled = true;
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        settled = true;
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/** The verdict a deadline failure carries, if `error` is one. */
export function deadlineVerdict(error: unknown): DeadlineVerdict | undefined {
  return (error as { verdict?: DeadlineVerdict } | undefined)?.verdict;
}
