// The per-workspace daily token budget: once spent, that workspace is served offline and the engine can say so.
import type { Knex } from 'knex';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLlmCallsStore, type LlmCallsStore } from '../../../src/stores/llm-calls-store.js';
import { testDatabases } from '../../helpers/databases.js';
import { technicalInput } from '../openai/helpers.js';
import { type ChainRig, startChainRig } from './setup.js';

describe('daily token budget', () => {
  let rig: ChainRig;
  let store: LlmCallsStore;
  let knex: Knex;
  let destroy: () => Promise<void>;

  beforeEach(async () => {
    const created = await testDatabases()[0]!.create();
    knex = created.knex;
    destroy = created.destroy;
    store = createLlmCallsStore(knex);
    rig = await startChainRig({ recorder: store });
  });
  afterEach(async () => {
    await rig.close();
    await destroy();
  });

  it('switches a workspace that spent its budget to the offline provider, and only that workspace', async () => {
    const chain = rig.chain({
      budget: { dailyTokens: 50_000, spentToday: (key) => store.tokensSpentToday(key) },
    });
    const first = await chain.evaluateAnswer(technicalInput(), { workspaceId: 'discord:g1', sessionId: 3 });
    expect(first.evaluator).toBe('primary:gpt-4o-mini');
    expect(await chain.budgetExhausted('discord:g1')).toBe(false);

    await store.record({
      provider: 'primary',
      model: 'gpt-4o-mini',
      operation: 'evaluate',
      workspaceKey: 'discord:g1',
      startedAt: Date.now(),
      latencyMs: 10,
      promptTokens: 49_000,
      completionTokens: 1_000,
      costUsd: 0,
      outcome: 'ok',
    });
    expect(await chain.budgetExhausted('discord:g1')).toBe(true);
    const requestsBefore = rig.primary.requests.length;
    const capped = await chain.evaluateAnswer(technicalInput(), { workspaceId: 'discord:g1', sessionId: 3 });
    expect(capped).toMatchObject({ evaluator: 'offline', degraded: true });
    expect(rig.primary.requests).toHaveLength(requestsBefore);
    expect(rig.secondary.requests).toHaveLength(0);
    const skipped = await knex('llm_calls')
      .where({ outcome: 'skipped_budget' })
      .select('provider', 'session_id');
    expect(skipped).toEqual([
      { provider: 'primary', session_id: 3 },
      { provider: 'secondary', session_id: 3 },
    ]);

    const other = await chain.evaluateAnswer(technicalInput(), { workspaceId: 'slack:T9' });
    expect(other.evaluator).toBe('primary:gpt-4o-mini');
  });

  it('treats a budget of 0 as unlimited', async () => {
    const chain = rig.chain({ budget: { dailyTokens: 0, spentToday: async () => 1e9 } });
    expect(await chain.budgetExhausted('discord:g1')).toBe(false);
    expect((await chain.evaluateAnswer(technicalInput(), { workspaceId: 'discord:g1' })).evaluator).toBe(
      'primary:gpt-4o-mini',
    );
  });
});
