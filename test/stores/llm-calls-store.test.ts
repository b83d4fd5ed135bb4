// The llm_calls store records every call and answers budget and per-provider questions on every dialect.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LlmCallRecord } from '../../src/llm/chain/call-record.js';
import { createLlmCallsStore, type LlmCallsStore, startOfUtcDay } from '../../src/stores/llm-calls-store.js';
import { testDatabases } from '../helpers/databases.js';

const NOW = Date.UTC(2025, 4, 20, 15, 0, 0);
const TODAY = startOfUtcDay(NOW);

function call(overrides: Partial<LlmCallRecord>): LlmCallRecord {
  return {
    provider: 'primary',
    model: 'gpt-4o-mini',
    operation: 'evaluate',
    workspaceKey: 'discord:g1',
    sessionId: 7,
    startedAt: TODAY + 1_000,
    latencyMs: 1_000,
    promptTokens: 100,
    completionTokens: 50,
    costUsd: 0.0001,
    outcome: 'ok',
    ...overrides,
  };
}

describe.each(testDatabases())('llm calls store on $name', (database) => {
  let store: LlmCallsStore;
  let destroy: () => Promise<void>;

  beforeAll(async () => {
    const created = await database.create();
    destroy = created.destroy;
    store = createLlmCallsStore(created.knex);
    // Primary: 10 attempts today with latencies 100..1000 ms; one 503 retried, one final timeout.
    for (let i = 1; i <= 8; i += 1) await store.record(call({ latencyMs: i * 100 }));
    await store.record(
      call({
        latencyMs: 900,
        outcome: 'error',
        error: 'retried: 503 upstream',
        promptTokens: 0,
        completionTokens: 0,
        costUsd: 0,
      }),
    );
    await store.record(
      call({
        latencyMs: 1_000,
        outcome: 'timeout',
        error: 'no reply within 1000 ms',
        promptTokens: 0,
        completionTokens: 0,
        costUsd: 0,
      }),
    );
    await store.record(
      call({ latencyMs: 0, outcome: 'skipped_circuit', promptTokens: 0, completionTokens: 0, costUsd: 0 }),
    );
    // Offline served the fallbacks; another workspace and yesterday's calls must not count for g1 today.
    await store.record(
      call({
        provider: 'offline',
        model: 'lexical-v1',
        latencyMs: 3,
        promptTokens: 0,
        completionTokens: 0,
        costUsd: 0,
      }),
    );
    await store.record(call({ workspaceKey: 'slack:T2', promptTokens: 5_000 }));
    await store.record(call({ startedAt: TODAY - 1_000, promptTokens: 9_000 }));
  });
  afterAll(async () => {
    await destroy();
  });

  it('sums the tokens a workspace spent since midnight UTC', async () => {
    expect(await store.tokensSpentToday('discord:g1', NOW)).toBe(8 * 150);
    expect(await store.tokensSpentToday('slack:T2', NOW)).toBe(5_050);
    expect(await store.tokensSpentToday('nobody', NOW)).toBe(0);
  });

  it('reports latency percentiles, error and fallback rates, tokens and cost per provider', async () => {
    const stats = await store.providerStats({ since: TODAY, workspaceKey: 'discord:g1' });
    expect(stats.map((row) => row.provider)).toEqual(['offline', 'primary']);
    const primary = stats[1]!;
    expect(primary).toMatchObject({
      model: 'gpt-4o-mini',
      calls: 10,
      errors: 2,
      errorRate: 0.2,
      skippedCircuit: 1,
      skippedBudget: 0,
      requests: 10,
      fallbacks: 2,
      fallbackRate: 0.2,
      p50Ms: 500,
      p95Ms: 1_000,
      p99Ms: 1_000,
      promptTokens: 800,
      completionTokens: 400,
    });
    expect(primary.costUsd).toBeCloseTo(0.0008, 6);
    expect(stats[0]).toMatchObject({ calls: 1, errors: 0, p50Ms: 3, fallbackRate: 0 });
  });

  it('covers every workspace when none is given, and only calls since the given time', async () => {
    const all = await store.providerStats({ since: TODAY });
    expect(all.find((row) => row.provider === 'primary')?.calls).toBe(11);
    const older = await store.providerStats({ since: TODAY - 10_000 });
    expect(older.find((row) => row.provider === 'primary')?.calls).toBe(12);
    expect(await store.providerStats({ since: NOW + 1 })).toEqual([]);
  });
});
