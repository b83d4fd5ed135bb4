// One circuit breaker per provider: open on a slow recent p95 or on consecutive errors, probe after a cool-down.
import { percentile } from '../../math/percentile.js';

export type CircuitState = 'closed' | 'open' | 'half-open';

export interface BreakerOptions {
  /** Open when the p95 of the recent successful calls exceeds this. */
  p95ThresholdMs: number;
  /** Open after this many failures in a row. */
  maxConsecutiveErrors: number;
  /** How long an open circuit skips the provider before one probe is let through. */
  cooldownMs: number;
  /** Sliding window: the latencies of the last N successful calls. */
  windowSize?: number | undefined;
  /** The p95 rule needs this many samples, so one slow call does not open the circuit. */
  minSamples?: number | undefined;
}

export interface BreakerSnapshot {
  state: CircuitState;
  p50Ms: number | undefined;
  p95Ms: number | undefined;
  samples: number;
  consecutiveErrors: number;
  recentErrors: { at: number; message: string }[];
  /** Why the circuit last opened. */
  openReason: string | undefined;
  /** When an open circuit will let a probe through. */
  probeAt: number | undefined;
}

export interface CircuitBreaker {
  /** May a call go to the provider now? In half-open state only one probe is let through. */
  tryAcquire(now: number): boolean;
  onSuccess(latencyMs: number, now: number): void;
  onFailure(message: string, now: number): void;
  /** The caller gave up on its own (not the provider's fault): free the probe slot. */
  onAbandon(): void;
  snapshot(now: number): BreakerSnapshot;
}

const RECENT_ERRORS = 5;

/** Create a breaker; time is passed in by the caller, so tests drive it with a fake clock. */
export function createCircuitBreaker(options: BreakerOptions): CircuitBreaker {
  const windowSize = options.windowSize ?? 20;
  const minSamples = options.minSamples ?? 5;
  let state: CircuitState = 'closed';
  let window: number[] = [];
  let consecutiveErrors = 0;
  let openedAt = 0;
  let openReason: string | undefined;
  let probeInFlight = false;
  const recentErrors: { at: number; message: string }[] = [];

  function open(now: number, reason: string) {
    state = 'open';
    openedAt = now;
    openReason = reason;
    probeInFlight = false;
    window = [];
  }

  return {
    tryAcquire(now) {
      if (state === 'open' && now - openedAt >= options.cooldownMs) state = 'half-open';
      if (state === 'closed') return true;
      if (state === 'half-open' && !probeInFlight) {
        probeInFlight = true;
        return true;
      }
      return false;
    },
    onSuccess(latencyMs, now) {
      consecutiveErrors = 0;
      if (state === 'half-open') {
        state = 'closed';
        probeInFlight = false;
        window = [latencyMs];
        return;
      }
      window.push(latencyMs);
      if (window.length > windowSize) window.shift();
      const p95 = percentile(window, 95) ?? 0;
      if (window.length >= minSamples && p95 > options.p95ThresholdMs) {
        open(now, `p95 ${Math.round(p95)} ms over ${options.p95ThresholdMs} ms`);
      }
    },
    onFailure(message, now) {
      consecutiveErrors += 1;
      recentErrors.push({ at: now, message });
      if (recentErrors.length > RECENT_ERRORS) recentErrors.shift();
      if (state === 'half-open') open(now, `probe failed: ${message}`);
      else if (state === 'closed' && consecutiveErrors >= options.maxConsecutiveErrors) {
        open(now, `${consecutiveErrors} consecutive errors`);
      }
    },
    onAbandon() {
      probeInFlight = false;
    },
    snapshot(now) {
      if (state === 'open' && now - openedAt >= options.cooldownMs) state = 'half-open';
      return {
        state,
        p50Ms: percentile(window, 50),
        p95Ms: percentile(window, 95),
        samples: window.length,
        consecutiveErrors,
        recentErrors: [...recentErrors],
        openReason: state === 'closed' ? undefined : openReason,
        probeAt: state === 'open' ? openedAt + options.cooldownMs : undefined,
      };
    },
  };
}
