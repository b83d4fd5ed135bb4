// Retry timing decisions, Retry-After parsing, the price table and the schema sent for structured output.
import { describe, expect, it } from 'vitest';
import { LlmCallFailure } from '../../../src/llm/call-failure.js';
import { retryAfterMs } from '../../../src/llm/openai/failures.js';
import { costUsd, mergePrices } from '../../../src/llm/openai/prices.js';
import { backoffDelay, nextRetryDelay } from '../../../src/llm/openai/retry-policy.js';
import { replyJsonSchema } from '../../../src/llm/schemas.js';

const policy = { maxRetries: 2, baseDelayMs: 500, maxDelayMs: 3_000 };
const transient = new LlmCallFailure('error', '503', { retryable: true });

describe('retry policy', () => {
  it('backs off exponentially with full jitter, capped', () => {
    expect([0, 1, 2, 5].map((retry) => backoffDelay(retry, policy, () => 1))).toEqual([
      500, 1_000, 2_000, 3_000,
    ]);
    expect(backoffDelay(1, policy, () => 0.25)).toBe(250);
  });

  it('stops after maxRetries and for failures that are not retryable', () => {
    expect(nextRetryDelay(transient, 2, policy, 60_000)).toBeUndefined();
    expect(nextRetryDelay(new LlmCallFailure('error', '401'), 0, policy, 60_000)).toBeUndefined();
  });

  it('waits Retry-After when it ends before the deadline, and gives up when it does not', () => {
    const limited = new LlmCallFailure('rate_limited', '429', { retryable: true, retryAfterMs: 4_000 });
    expect(nextRetryDelay(limited, 0, policy, 10_000)).toBe(4_000);
    expect(nextRetryDelay(limited, 0, policy, 3_000)).toBeUndefined();
  });

  it('reads retry-after-ms, Retry-After seconds and Retry-After dates', () => {
    expect(retryAfterMs(new Headers({ 'retry-after-ms': '1500', 'retry-after': '9' }))).toBe(1_500);
    expect(retryAfterMs(new Headers({ 'retry-after': '3' }))).toBe(3_000);
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(retryAfterMs(new Headers({ 'retry-after': 'Wed, 01 Jan 2025 00:00:05 GMT' }), now)).toBe(5_000);
    expect(retryAfterMs(new Headers({}))).toBeUndefined();
  });
});

describe('prices', () => {
  it('prices dated snapshots by their base model and lets LLM_PRICES override', () => {
    const prices = mergePrices({ 'my-model': { input: 1, output: 2 } });
    expect(
      costUsd('gpt-4o-mini-2024-07-18', { promptTokens: 1_000_000, completionTokens: 0 }, prices),
    ).toBeCloseTo(0.15);
    expect(costUsd('my-model', { promptTokens: 500_000, completionTokens: 500_000 }, prices)).toBeCloseTo(
      1.5,
    );
    expect(costUsd('llama3.1', { promptTokens: 1_000, completionTokens: 1_000 }, prices)).toBe(0);
  });
});

describe('structured output schema', () => {
  it('requires every key and forbids extras, without keywords strict mode rejects', () => {
    const schema = replyJsonSchema('evaluation') as { required: string[]; additionalProperties: boolean };
    expect(schema.required).toEqual([
      'keyPoints',
      'wrongClaims',
      'score',
      'feedback',
      'modelAnswer',
      'followUpQuestion',
      'star',
    ]);
    expect(schema.additionalProperties).toBe(false);
    expect(JSON.stringify(schema)).not.toMatch(/"(minimum|maximum|minItems|\$schema)"/);
  });
});
