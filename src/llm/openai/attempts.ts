// Run one logical call as attempts: transient failures and 429 retried with backoff, a malformed reply once.
import type { Logger } from '../../logger.js';
import { RETRIED_PREFIX } from '../../domain/llm-calls.js';
import { LlmCallFailure } from '../call-failure.js';
import type { LlmCallRecorder, LlmOperation, ProviderCallOptions } from '../chain/call-record.js';
import { createProviderClock, withProviderDeadline } from '../chain/provider-deadline.js';
import { classifyError } from './failures.js';
import type { TokenUsage } from './json-chat.js';
import { costUsd, type PriceTable } from './prices.js';
import { nextRetryDelay, type RetryPolicy } from './retry-policy.js';

/** Sleep that ends early, with a rejection, when `signal` aborts. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export const realSleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    const aborted = () =>
      new LlmCallFailure('timeout', 'aborted by the caller', { retryable: false, aborted: true });
    if (signal?.aborted) return reject(aborted());
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(aborted());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });

export interface AttemptRunner {
  provider: string;
  model: string;
  policy: RetryPolicy;
  /** Per-attempt timeout; without a deadline from the chain, the call may last (1 + maxRetries) of these. */
  timeoutMs: number;
  prices: PriceTable;
  recorder?: LlmCallRecorder | undefined;
  logger: Logger;
  now: () => number;
  sleep: Sleep;
  random: () => number;
}

/**
 * Call `attempt` until it succeeds or the failure is final, recording every attempt. A malformed
 * reply is retried once at once; 429 waits Retry-After when it ends before the deadline; other
 * transient failures back off with jitter, up to `policy.maxRetries`. Throws the last LlmCallFailure.
 */
export async function runAttempts<T>(
  runner: AttemptRunner,
  operation: LlmOperation,
  opts: ProviderCallOptions | undefined,
  attempt: (signal: AbortSignal | undefined) => Promise<{ value: T; usage: TokenUsage }>,
): Promise<T> {
  const signal = opts?.signal;
  const callStart = runner.now();
  const deadlineAt = opts?.deadlineAt ?? callStart + runner.timeoutMs * (runner.policy.maxRetries + 1);
  let retries = 0;
  let malformedRetried = false;
  for (;;) {
    const startedAt = runner.now();
    // Each attempt gets the per-attempt timeout in the provider's own time (see provider-deadline.ts).
    const controller = new AbortController();
    const attemptSignal = signal ? AbortSignal.any([signal, controller.signal]) : controller.signal;
    try {
      const { value, usage } = await withProviderDeadline(
        () => attempt(attemptSignal),
        createProviderClock(),
        controller,
        runner.timeoutMs,
        { retryable: true },
      );
      await record(runner, operation, opts, startedAt, usage, 'ok');
      return value;
    } catch (error) {
      const failure = classifyError(error, Boolean(signal?.aborted));
      let delay: number | undefined;
      if (failure.outcome === 'malformed') {
        delay = malformedRetried ? undefined : 0;
        malformedRetried = true;
      } else if (!failure.options.aborted) {
        delay = nextRetryDelay(failure, retries, runner.policy, deadlineAt - runner.now(), runner.random);
        if (delay !== undefined) retries += 1;
      }
      const message = delay === undefined ? failure.message : `${RETRIED_PREFIX}${failure.message}`;
      await record(runner, operation, opts, startedAt, failure.options.usage, failure.outcome, message);
      runner.logger.warn(
        {
          provider: runner.provider,
          model: runner.model,
          operation,
          outcome: failure.outcome,
          retryInMs: delay,
        },
        `llm call failed: ${failure.message}`,
      );
      if (delay === undefined) throw failure;
      await runner.sleep(delay, signal);
    }
  }
}

async function record(
  runner: AttemptRunner,
  operation: LlmOperation,
  opts: ProviderCallOptions | undefined,
  startedAt: number,
  usage: TokenUsage | undefined,
  outcome: LlmCallFailure['outcome'] | 'ok',
  error?: string,
): Promise<void> {
  if (!runner.recorder) return;
  const tokens = usage ?? { promptTokens: 0, completionTokens: 0 };
  try {
    await runner.recorder.record({
      provider: runner.provider,
      model: runner.model,
      operation,
      workspaceKey: opts?.workspaceId,
      sessionId: opts?.sessionId,
      startedAt,
      latencyMs: Math.max(0, Math.round(runner.now() - startedAt)),
      promptTokens: tokens.promptTokens,
      completionTokens: tokens.completionTokens,
      costUsd: costUsd(runner.model, tokens, runner.prices),
      outcome,
      error,
    });
  } catch (recordError) {
    // Losing a statistics row must never cost the user an evaluation.
    runner.logger.error({ err: recordError }, 'could not record an llm call');
  }
}
