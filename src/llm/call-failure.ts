// One failure type for a model call, shared by the providers that raise it and the chain that reads it.
import type { LlmCallOutcome } from './chain/call-record.js';

/** The failing outcomes a single attempt can have. */
export type FailureOutcome = Exclude<LlmCallOutcome, 'ok' | 'skipped_circuit' | 'skipped_budget'>;

/** A failed model call, classified. `retryable` says whether another attempt may succeed. */
export class LlmCallFailure extends Error {
  constructor(
    readonly outcome: FailureOutcome,
    message: string,
    readonly options: {
      retryable: boolean;
      retryAfterMs?: number | undefined;
      /** Tokens the failed attempt still spent (a malformed reply is paid for). */
      usage?: { promptTokens: number; completionTokens: number } | undefined;
      /** The caller aborted: not the provider's fault, so the breaker must not count it. */
      aborted?: boolean | undefined;
    } = { retryable: false },
  ) {
    super(message);
    this.name = 'LlmCallFailure';
  }
}
