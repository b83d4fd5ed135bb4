// Build the provider chain the config describes: primary, secondary (when set), then the offline provider.
import type { Config } from '../../config/load-config.js';
import type { Logger } from '../../logger.js';
import type { LlmCallsStore } from '../../stores/llm-calls-store.js';
import { createOpenAiProvider } from '../openai/openai-provider.js';
import type { LlmProvider } from '../types.js';
import { createProviderChain, type ProviderChain } from './provider-chain.js';

/**
 * How long one provider may spend on one logical call, retries included, before the next provider
 * serves: twice the per-attempt timeout, so one retry after a slow failure still fits.
 */
export const CHAIN_DEADLINE_FACTOR = 2;

/** The production chain: every model call recorded in `calls`, budgets read from it too. */
export function createLlmChainFromConfig(options: {
  config: Pick<Config, 'env' | 'llm'>;
  calls: LlmCallsStore;
  offline: LlmProvider;
  logger: Logger;
}): ProviderChain {
  const { env, llm } = options.config;
  const models = llm.endpoints.map((endpoint) =>
    createOpenAiProvider({
      name: endpoint.name,
      apiKey: endpoint.apiKey,
      baseUrl: endpoint.baseUrl,
      model: endpoint.model,
      timeoutMs: env.LLM_TIMEOUT_MS,
      maxRetries: env.LLM_MAX_RETRIES,
      recorder: options.calls,
      prices: llm.prices,
      logger: options.logger.child({ provider: endpoint.name }),
    }),
  );
  const deadline = env.LLM_TIMEOUT_MS * CHAIN_DEADLINE_FACTOR;
  return createProviderChain({
    providers: [...models, options.offline],
    timeouts: {
      evaluate: deadline,
      generate: deadline,
      derive_key_points: deadline,
      derive_follow_ups: deadline,
    },
    breaker: {
      p95ThresholdMs: env.LLM_P95_THRESHOLD_MS,
      maxConsecutiveErrors: env.LLM_CIRCUIT_ERRORS,
      cooldownMs: env.LLM_CIRCUIT_COOLDOWN_MS,
    },
    budget: {
      dailyTokens: env.LLM_DAILY_TOKEN_BUDGET,
      spentToday: (workspaceKey) => options.calls.tokensSpentToday(workspaceKey),
    },
    recorder: options.calls,
    logger: options.logger,
  });
}
