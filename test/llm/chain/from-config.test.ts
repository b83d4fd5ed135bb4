// The chain built from environment variables talks to the configured endpoint and ends with the offline provider.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.js';
import type { LlmCallRecord } from '../../../src/llm/chain/call-record.js';
import { createLlmChainFromConfig } from '../../../src/llm/chain/from-config.js';
import { createOfflineProvider } from '../../../src/llm/offline/offline-provider.js';
import type { LlmCallsStore } from '../../../src/stores/llm-calls-store.js';
import { type FakeOpenAiServer, startFakeOpenAiServer } from '../../fakes/openai-server.js';
import { logger, memoryRecorder, technicalInput } from '../openai/helpers.js';

let fake: FakeOpenAiServer;
beforeEach(async () => {
  fake = await startFakeOpenAiServer();
});
afterEach(async () => {
  await fake.close();
});

function callsStore(): LlmCallsStore & { calls: LlmCallRecord[] } {
  return {
    ...memoryRecorder(),
    tokensSpentToday: async () => 0,
    providerStats: async () => [],
  } as LlmCallsStore & {
    calls: LlmCallRecord[];
  };
}

describe('llm chain from config', () => {
  it('uses an Ollama-style endpoint from OPENAI_BASE_URL with the configured model', async () => {
    const config = loadConfig({
      OPENAI_BASE_URL: fake.baseUrl,
      OPENAI_API_KEY: 'ollama',
      OPENAI_MODEL: 'llama3.1',
    });
    const chain = createLlmChainFromConfig({
      config,
      calls: callsStore(),
      offline: createOfflineProvider({ corpus: [] }),
      logger,
    });
    const evaluation = await chain.evaluateAnswer(technicalInput());
    expect(evaluation.evaluator).toBe('primary:llama3.1');
    expect(fake.requests[0]?.body.model).toBe('llama3.1');
    expect(chain.health().map((provider) => provider.name)).toEqual(['primary', 'offline']);
  });

  it('is the offline provider alone, not degraded, without any key', async () => {
    const chain = createLlmChainFromConfig({
      config: loadConfig({}),
      calls: callsStore(),
      offline: createOfflineProvider({ corpus: [] }),
      logger,
    });
    expect(await chain.evaluateAnswer(technicalInput())).toMatchObject({
      evaluator: 'offline',
      degraded: false,
    });
  });
});
