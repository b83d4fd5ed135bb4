// The shape of one recorded model call, shared by the providers that make calls and the store that keeps them.
import type { CallOptions } from '../types.js';

/** What a call was for. */
export type LlmOperation = 'evaluate' | 'generate' | 'derive_key_points' | 'derive_follow_ups';

/** How a call ended; the two `skipped_*` outcomes are calls the chain chose not to make. */
export type LlmCallOutcome =
  | 'ok'
  | 'error'
  | 'timeout'
  | 'rate_limited'
  | 'malformed'
  | 'skipped_circuit'
  | 'skipped_budget';

/** One row of `llm_calls`: a single attempt (or skip) against one provider. */
export interface LlmCallRecord {
  provider: string;
  model: string;
  operation: LlmOperation;
  workspaceKey?: string | undefined;
  sessionId?: number | undefined;
  startedAt: number;
  latencyMs: number;
  promptTokens: number;
  completionTokens: number;
  costUsd: number;
  outcome: LlmCallOutcome;
  /**
   * Short description of a failure. An attempt that the provider retried starts with
   * RETRIED_PREFIX, so statistics can tell retries from failures that handed the request on.
   */
  error?: string | undefined;
}

/** Where calls are recorded (the llm-calls store, or an in-memory list in tests). */
export interface LlmCallRecorder {
  record(call: LlmCallRecord): Promise<void>;
}

/**
 * Options the chain passes to the providers it wraps, beyond the public CallOptions (whose
 * `workspaceId` carries the workspace key used for budgets and records).
 */
export interface ProviderCallOptions extends CallOptions {
  /** Session the call serves, for the record. */
  sessionId?: number | undefined;
  /** Epoch ms after which the chain gives up on this provider; a Retry-After wait must end before it. */
  deadlineAt?: number | undefined;
}
