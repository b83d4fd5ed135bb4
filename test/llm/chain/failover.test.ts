// Every failure of a model provider ends in a good, labelled result from the next provider.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LlmCallRecord } from '../../../src/llm/chain/call-record.js';
import { createProviderChain } from '../../../src/llm/chain/provider-chain.js';
import { createOfflineProvider } from '../../../src/llm/offline/offline-provider.js';
import { INDEX_ANSWER, logger, REDACTED_CV, technicalInput } from '../openai/helpers.js';
import { type ChainRig, startChainRig } from './setup.js';

let rig: ChainRig;
beforeEach(async () => {
  rig = await startChainRig();
});
afterEach(async () => {
  await rig.close();
});

const calls = () => (rig.recorder as unknown as { calls: LlmCallRecord[] }).calls;

describe('provider chain failover', () => {
  it('serves from a healthy primary, not degraded', async () => {
    const evaluation = await rig.chain().evaluateAnswer(technicalInput());
    expect(evaluation).toMatchObject({ evaluator: 'primary:gpt-4o-mini', degraded: false });
    expect(rig.secondary.requests).toHaveLength(0);
  });

  it('moves to the secondary when the primary keeps failing with 5xx', async () => {
    rig.primary.setDefault({ kind: 'status', status: 503 });
    const evaluation = await rig.chain().evaluateAnswer(technicalInput());
    expect(evaluation).toMatchObject({ evaluator: 'secondary:llama3.1', degraded: true });
    expect(rig.primary.requests).toHaveLength(2);
  });

  it('ends with the offline provider, labelled, when every model fails', async () => {
    rig.primary.setDefault({ kind: 'status', status: 500 });
    rig.secondary.setDefault({ kind: 'close' });
    const evaluation = await rig.chain().evaluateAnswer(technicalInput());
    expect(evaluation.evaluator).toBe('offline');
    expect(evaluation.degraded).toBe(true);
    expect(evaluation.score).toBeGreaterThan(0);
    expect(calls().at(-1)).toMatchObject({ provider: 'offline', outcome: 'ok' });
  });

  it('retries a malformed reply once on the same provider, then lets the next one serve', async () => {
    rig.primary.enqueue({ kind: 'invalid_json' }, { kind: 'made_up_quotes' });
    const evaluation = await rig.chain().evaluateAnswer(technicalInput());
    expect(evaluation.evaluator).toBe('secondary:llama3.1');
    expect(rig.primary.requests).toHaveLength(2);
    expect(
      calls()
        .filter((call) => call.provider === 'primary')
        .map((call) => call.outcome),
    ).toEqual(['malformed', 'malformed']);
  });

  it('gives up on a hanging primary at the chain deadline', async () => {
    rig.primary.setDefault({ kind: 'hang' });
    const evaluation = await rig
      .chain({ timeouts: { evaluate: 300, generate: 300 } })
      .evaluateAnswer(technicalInput());
    expect(evaluation.evaluator).toBe('secondary:llama3.1');
    expect(calls().find((call) => call.provider === 'primary')?.outcome).toBe('timeout');
  });

  it('waits out a Retry-After that fits the deadline and stays on the primary', async () => {
    rig.primary.enqueue({ kind: 'rate_limit', retryAfterSeconds: 1 });
    const evaluation = await rig.chain().evaluateAnswer(technicalInput());
    expect(evaluation.evaluator).toBe('primary:gpt-4o-mini');
    expect(rig.sleep.waits).toEqual([1000]);
  });

  it('hands over at once when Retry-After passes the deadline', async () => {
    rig.primary.enqueue({ kind: 'rate_limit', retryAfterSeconds: 60 });
    const evaluation = await rig.chain().evaluateAnswer(technicalInput());
    expect(evaluation.evaluator).toBe('secondary:llama3.1');
    expect(rig.sleep.waits).toEqual([]);
    expect(rig.primary.requests).toHaveLength(1);
  });

  it('scores a pre-check answer without any provider', async () => {
    const evaluation = await rig.chain().evaluateAnswer(technicalInput({ answer: '' }));
    expect(evaluation).toMatchObject({ precheck: 'empty', score: 0, evaluator: 'precheck', degraded: false });
    expect(rig.primary.requests).toHaveLength(0);
    expect(calls()).toHaveLength(0);
  });

  it('fills missing CV questions from the next provider and says who generated each', async () => {
    rig.primary.setDefault({
      kind: 'reply',
      content: {
        questions: [
          {
            question: 'How did you cut checkout latency?',
            quote: 'Cut p99 checkout latency',
            criteria: ['a', 'b', 'c'],
          },
          {
            question: 'Tell me about your Nobel prize.',
            quote: 'Nobel prize in physics',
            criteria: ['a', 'b', 'c'],
          },
        ],
      },
    });
    const questions = await rig.chain().generateQuestions({
      language: 'en',
      position: 'be',
      cvText: REDACTED_CV,
      sections: {},
      count: 3,
    });
    expect(questions).toHaveLength(3);
    expect(questions[0]).toMatchObject({ generatedBy: 'primary:gpt-4o-mini', degraded: false });
    expect(questions.slice(1).map((question) => [question.generatedBy, question.degraded])).toEqual([
      ['secondary:llama3.1', true],
      ['secondary:llama3.1', true],
    ]);
    expect(rig.secondary.requests[0]?.user).toContain('Number of questions: 2');
    for (const question of questions) expect(REDACTED_CV).toContain(question.quote);
  });

  it('does not call an offline-only setup degraded', async () => {
    const chain = createProviderChain({
      providers: [createOfflineProvider({ corpus: [] })],
      timeouts: { evaluate: 1_000, generate: 1_000 },
      breaker: { p95ThresholdMs: 1_000, maxConsecutiveErrors: 3, cooldownMs: 1_000 },
      logger,
    });
    const evaluation = await chain.evaluateAnswer(technicalInput({ answer: INDEX_ANSWER }));
    expect(evaluation).toMatchObject({ evaluator: 'offline', degraded: false });
  });
});
