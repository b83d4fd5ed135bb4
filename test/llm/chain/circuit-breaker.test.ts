// The circuit breaker opens on errors or a slow p95, skips the provider for a cool-down, then probes once.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LlmCallRecord } from '../../../src/llm/chain/call-record.js';
import { createCircuitBreaker } from '../../../src/llm/chain/circuit-breaker.js';
import { createProviderChain } from '../../../src/llm/chain/provider-chain.js';
import { createOfflineProvider } from '../../../src/llm/offline/offline-provider.js';
import type { Evaluation } from '../../../src/domain/types.js';
import type { LlmProvider } from '../../../src/llm/types.js';
import { logger, memoryRecorder, technicalInput } from '../openai/helpers.js';
import { type ChainRig, startChainRig } from './setup.js';

const options = { p95ThresholdMs: 1_000, maxConsecutiveErrors: 3, cooldownMs: 10_000, minSamples: 5 };

describe('circuit breaker', () => {
  it('opens after the configured number of consecutive errors, not before', () => {
    const breaker = createCircuitBreaker(options);
    breaker.onFailure('503', 0);
    breaker.onFailure('503', 1);
    expect(breaker.tryAcquire(2)).toBe(true);
    breaker.onFailure('503', 3);
    expect(breaker.tryAcquire(4)).toBe(false);
    expect(breaker.snapshot(4)).toMatchObject({
      state: 'open',
      openReason: '3 consecutive errors',
      probeAt: 10_003,
    });
  });

  it('resets the error count on a success', () => {
    const breaker = createCircuitBreaker(options);
    breaker.onFailure('503', 0);
    breaker.onFailure('503', 0);
    breaker.onSuccess(100, 0);
    breaker.onFailure('503', 0);
    expect(breaker.snapshot(0).state).toBe('closed');
  });

  it('opens when the p95 of recent successful calls passes the threshold', () => {
    const breaker = createCircuitBreaker(options);
    for (const latency of [200, 300, 250, 2_000]) breaker.onSuccess(latency, 0);
    expect(breaker.snapshot(0).state).toBe('closed');
    breaker.onSuccess(2_500, 0);
    expect(breaker.snapshot(0)).toMatchObject({ state: 'open', openReason: 'p95 2500 ms over 1000 ms' });
  });

  it('lets exactly one probe through after the cool-down and closes when it succeeds', () => {
    const breaker = createCircuitBreaker(options);
    for (let i = 0; i < 3; i += 1) breaker.onFailure('timeout', 0);
    expect(breaker.tryAcquire(9_999)).toBe(false);
    expect(breaker.tryAcquire(10_000)).toBe(true);
    expect(breaker.tryAcquire(10_001)).toBe(false);
    breaker.onSuccess(120, 10_050);
    expect(breaker.snapshot(10_050)).toMatchObject({ state: 'closed', samples: 1, p95Ms: 120 });
    expect(breaker.tryAcquire(10_060)).toBe(true);
  });

  it('re-opens for another cool-down when the probe fails', () => {
    const breaker = createCircuitBreaker(options);
    for (let i = 0; i < 3; i += 1) breaker.onFailure('500', 0);
    expect(breaker.tryAcquire(10_000)).toBe(true);
    breaker.onFailure('500', 10_100);
    expect(breaker.snapshot(10_200)).toMatchObject({ state: 'open', probeAt: 20_100 });
  });

  it('frees the probe slot when the caller abandons the probe', () => {
    const breaker = createCircuitBreaker(options);
    for (let i = 0; i < 3; i += 1) breaker.onFailure('500', 0);
    expect(breaker.tryAcquire(10_000)).toBe(true);
    breaker.onAbandon();
    expect(breaker.tryAcquire(10_001)).toBe(true);
  });
});

describe('provider chain with an open circuit', () => {
  let rig: ChainRig;
  beforeEach(async () => {
    rig = await startChainRig({ maxRetries: 0 });
  });
  afterEach(async () => {
    await rig.close();
  });

  it('skips a failing primary during the cool-down, probes it after, and closes again', async () => {
    const chain = rig.chain({
      breaker: { p95ThresholdMs: 40_000, maxConsecutiveErrors: 2, cooldownMs: 60_000 },
    });
    rig.primary.setDefault({ kind: 'status', status: 500 });
    await chain.evaluateAnswer(technicalInput());
    await chain.evaluateAnswer(technicalInput());
    expect(chain.health()[0]).toMatchObject({ name: 'primary', state: 'open', consecutiveErrors: 2 });

    const skipped = await chain.evaluateAnswer(technicalInput());
    expect(skipped.evaluator).toBe('secondary:llama3.1');
    expect(rig.primary.requests).toHaveLength(2);
    const records = (rig.recorder as unknown as { calls: LlmCallRecord[] }).calls;
    expect(records.filter((call) => call.outcome === 'skipped_circuit')).toHaveLength(1);

    rig.clock.now += 60_000;
    expect(chain.health()[0]?.state).toBe('half-open');
    rig.primary.setDefault({ kind: 'reasonable' });
    const probed = await chain.evaluateAnswer(technicalInput());
    expect(probed).toMatchObject({ evaluator: 'primary:gpt-4o-mini', degraded: false });
    expect(chain.health()[0]?.state).toBe('closed');
  });

  it('opens on slow replies measured by the injected clock and lets the next provider serve', async () => {
    const clock = { now: 0 };
    const slowEvaluation: Evaluation = {
      score: 5,
      keyPoints: [],
      wrongClaims: [],
      feedback: 'ok',
      evaluator: 'slow:model',
      degraded: false,
    };
    const slow: LlmProvider & { metered: true; calls: number } = {
      name: 'slow',
      model: 'model',
      metered: true,
      calls: 0,
      async evaluateAnswer() {
        slow.calls += 1;
        clock.now += 5_000;
        return slowEvaluation;
      },
      generateQuestions: async () => [],
      deriveKeyPoints: async () => ({ keyPoints: [], derivedBy: 'slow:model', degraded: false }),
    };
    const chain = createProviderChain({
      providers: [slow, createOfflineProvider({ corpus: [] })],
      timeouts: { evaluate: 1_000, generate: 1_000 },
      breaker: { p95ThresholdMs: 4_000, maxConsecutiveErrors: 3, cooldownMs: 30_000, minSamples: 5 },
      recorder: memoryRecorder(),
      logger,
      now: () => clock.now,
    });
    for (let i = 0; i < 5; i += 1)
      expect((await chain.evaluateAnswer(technicalInput())).evaluator).toBe('slow:model');
    const next = await chain.evaluateAnswer(technicalInput());
    expect(next).toMatchObject({ evaluator: 'offline', degraded: true });
    expect(slow.calls).toBe(5);
    expect(chain.health()[0]).toMatchObject({ state: 'open', openReason: 'p95 5000 ms over 4000 ms' });
  });
});
