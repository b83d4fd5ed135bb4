// Shared set-up for the chain specs: two fake endpoints, real OpenAI providers, the real offline provider.
import { createProviderChain, type ProviderChainOptions } from '../../../src/llm/chain/provider-chain.js';
import { createOfflineProvider } from '../../../src/llm/offline/offline-provider.js';
import { createOpenAiProvider } from '../../../src/llm/openai/openai-provider.js';
import type { LlmCallRecorder } from '../../../src/llm/chain/call-record.js';
import { type FakeOpenAiServer, startFakeOpenAiServer } from '../../fakes/openai-server.js';
import { logger, memoryRecorder, notingSleep, technicalInput } from '../openai/helpers.js';

export interface ChainRig {
  primary: FakeOpenAiServer;
  secondary: FakeOpenAiServer;
  recorder: LlmCallRecorder;
  /** The fake clock the chain's breaker reads; tests move it forward. */
  clock: { now: number };
  sleep: ReturnType<typeof notingSleep>;
  chain(overrides?: Partial<ProviderChainOptions>): ReturnType<typeof createProviderChain>;
  close(): Promise<void>;
}

/** Primary and secondary OpenAI-compatible fakes, then the offline provider, with one shared recorder. */
export async function startChainRig(
  options: { recorder?: LlmCallRecorder; maxRetries?: number } = {},
): Promise<ChainRig> {
  const primary = await startFakeOpenAiServer();
  const secondary = await startFakeOpenAiServer();
  const recorder = options.recorder ?? memoryRecorder();
  const sleep = notingSleep();
  const clock = { now: 1_000_000 };
  const common = {
    apiKey: 'sk-test',
    timeoutMs: 5_000,
    maxRetries: options.maxRetries ?? 1,
    recorder,
    logger,
    sleep,
  };
  const offline = createOfflineProvider({
    corpus: [technicalInput().exampleAnswer ?? '', technicalInput().question],
  });
  return {
    primary,
    secondary,
    recorder,
    clock,
    sleep,
    chain: (overrides = {}) =>
      createProviderChain({
        providers: [
          createOpenAiProvider({
            ...common,
            name: 'primary',
            baseUrl: primary.baseUrl,
            model: 'gpt-4o-mini',
          }),
          createOpenAiProvider({
            ...common,
            name: 'secondary',
            baseUrl: secondary.baseUrl,
            model: 'llama3.1',
          }),
          offline,
        ],
        timeouts: { evaluate: 2_000, generate: 2_000 },
        breaker: { p95ThresholdMs: 40_000, maxConsecutiveErrors: 3, cooldownMs: 60_000 },
        recorder,
        logger,
        now: () => clock.now,
        ...overrides,
      }),
    async close() {
      await primary.close();
      await secondary.close();
    },
  };
}
