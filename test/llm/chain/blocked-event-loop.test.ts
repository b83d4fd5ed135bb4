// The breaker judges the provider, not us: a blocked event loop never times out a model that answered in time.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createProviderChain } from '../../../src/llm/chain/provider-chain.js';
import { createOfflineProvider } from '../../../src/llm/offline/offline-provider.js';
import { createOpenAiProvider } from '../../../src/llm/openai/openai-provider.js';
import { type FakeOpenAiServer, startFakeOpenAiServer } from '../../fakes/openai-server.js';
import { logger, memoryRecorder, technicalInput } from '../openai/helpers.js';

const TIMEOUT_MS = 300;

/** Hold the event loop, as a burst of CPU-heavy work in the bot would. */
function blockEventLoop(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // busy on purpose
  }
}

let model: FakeOpenAiServer;
beforeEach(async () => {
  model = await startFakeOpenAiServer();
});
afterEach(async () => {
  await model.close();
});

/** One model under tight deadlines, a breaker that opens on the first failure, then the offline provider. */
function chain() {
  const primary = createOpenAiProvider({
    name: 'primary',
    apiKey: 'sk-test',
    baseUrl: model.baseUrl,
    model: 'gpt-4o-mini',
    timeoutMs: TIMEOUT_MS,
    maxRetries: 0,
    logger,
  });
  return createProviderChain({
    providers: [primary, createOfflineProvider({ corpus: [technicalInput().question] })],
    timeouts: { evaluate: TIMEOUT_MS, generate: TIMEOUT_MS },
    breaker: { p95ThresholdMs: TIMEOUT_MS, maxConsecutiveErrors: 1, cooldownMs: 60_000, minSamples: 1 },
    recorder: memoryRecorder(),
    logger,
  });
}

describe('the breaker with a blocked event loop', () => {
  it('keeps a model that replied in 20 ms while our loop was blocked for 3 timeouts', async () => {
    let blocked = false;
    model.addRoute(() => {
      // The request has arrived: our loop now stalls long past every deadline while the model replies.
      if (!blocked) {
        blocked = true;
        setTimeout(() => blockEventLoop(TIMEOUT_MS * 3), 0);
      }
      return { kind: 'reasonable', delayMs: 20 };
    });
    const subject = chain();
    const evaluation = await subject.evaluateAnswer(technicalInput());
    expect(blocked).toBe(true);
    expect(evaluation).toMatchObject({ evaluator: 'primary:gpt-4o-mini', degraded: false });
    expect(subject.health()[0]).toMatchObject({ state: 'closed', consecutiveErrors: 0 });
  });

  it('does not count the time before the request could be sent', async () => {
    const subject = chain();
    const pending = subject.evaluateAnswer(technicalInput());
    blockEventLoop(TIMEOUT_MS * 3);
    const evaluation = await pending;
    expect(evaluation).toMatchObject({ evaluator: 'primary:gpt-4o-mini', degraded: false });
    expect(subject.health()[0]?.state).toBe('closed');
  });

  it('still opens on a model that is slow in its own time', async () => {
    model.setDefault({ kind: 'reasonable', delayMs: TIMEOUT_MS * 3 });
    const subject = chain();
    const evaluation = await subject.evaluateAnswer(technicalInput());
    expect(evaluation).toMatchObject({ evaluator: 'offline', degraded: true });
    expect(subject.health()[0]).toMatchObject({ state: 'open', openReason: '1 consecutive errors' });
  });
});
