// When to try a failed call again and how long to wait first: jittered exponential backoff, Retry-After honoured.
import type { LlmCallFailure } from '../call-failure.js';

export interface RetryPolicy {
  maxRetries: number;
  /** First backoff step; each retry doubles it. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxRetries: 2, baseDelayMs: 500, maxDelayMs: 8_000 };

/** "Full jitter" backoff: a random wait between 0 and base·2^retry, capped. */
export function backoffDelay(retry: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return Math.round(ceiling * random());
}

/**
 * How long to wait before retry number `retry` (0-based) after `failure`, or undefined to stop.
 * A Retry-After that would end past the deadline stops the retries: the next provider serves.
 */
export function nextRetryDelay(
  failure: LlmCallFailure,
  retry: number,
  policy: RetryPolicy,
  remainingMs: number,
  random: () => number = Math.random,
): number | undefined {
  if (!failure.options.retryable || retry >= policy.maxRetries) return undefined;
  const wait = failure.options.retryAfterMs ?? backoffDelay(retry, policy, random);
  return wait < remainingMs ? wait : undefined;
}
