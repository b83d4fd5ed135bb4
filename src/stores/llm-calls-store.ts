// Every model call as a row of llm_calls, and the figures built from them: budgets and per-provider statistics.
import type { Knex } from 'knex';
import { RETRIED_PREFIX } from '../domain/llm-calls.js';
import type { LlmCallRecord, LlmCallRecorder } from '../llm/chain/call-record.js';
import { percentile } from '../math/percentile.js';

/** One provider's (and model's) figures over a period. */
export interface ProviderStats {
  provider: string;
  model: string;
  /** Attempts that reached the provider (skips excluded). */
  calls: number;
  errors: number;
  /** errors / calls. */
  errorRate: number;
  /** Requests this provider was offered: served, skipped, or failed after its retries. */
  requests: number;
  /** Requests it passed on to the next provider (skipped by circuit or budget, or failed for good). */
  fallbacks: number;
  /** fallbacks / requests. */
  fallbackRate: number;
  skippedCircuit: number;
  skippedBudget: number;
  p50Ms: number | undefined;
  p95Ms: number | undefined;
  p99Ms: number | undefined;
  promptTokens: number;
  completionTokens: number;
  costUsd: number;
}

export interface LlmCallsStore extends LlmCallRecorder {
  /** Prompt + completion tokens `workspaceKey` has spent since midnight UTC of `now`. */
  tokensSpentToday(workspaceKey: string, now?: number): Promise<number>;
  /** Figures per provider and model since `since` (epoch ms), optionally for one workspace. */
  providerStats(query: { since: number; workspaceKey?: string | undefined }): Promise<ProviderStats[]>;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Midnight UTC of the day containing `now`. */
export function startOfUtcDay(now: number): number {
  return Math.floor(now / DAY_MS) * DAY_MS;
}

interface StatsRow {
  provider: string;
  model: string;
  outcome: string;
  latency_ms: number | string;
  prompt_tokens: number | string;
  completion_tokens: number | string;
  cost_usd: number | string;
  retried: number | string | boolean;
}

/** The llm_calls store on any supported database; percentiles are computed in JavaScript. */
export function createLlmCallsStore(knex: Knex): LlmCallsStore {
  return {
    async record(call: LlmCallRecord) {
      await knex('llm_calls').insert({
        provider: call.provider.slice(0, 48),
        model: call.model.slice(0, 100),
        operation: call.operation,
        workspace_key: call.workspaceKey ?? null,
        session_id: call.sessionId ?? null,
        started_at: Math.round(call.startedAt),
        latency_ms: Math.round(call.latencyMs),
        prompt_tokens: call.promptTokens,
        completion_tokens: call.completionTokens,
        cost_usd: call.costUsd,
        outcome: call.outcome,
        error: call.error?.slice(0, 2000) ?? null,
      });
    },

    async tokensSpentToday(workspaceKey, now = Date.now()) {
      const row = await knex('llm_calls')
        .where('workspace_key', workspaceKey)
        .andWhere('started_at', '>=', startOfUtcDay(now))
        .select(knex.raw('coalesce(sum(prompt_tokens + completion_tokens), 0) as spent'))
        .first();
      return Number((row as { spent?: unknown } | undefined)?.spent ?? 0);
    },

    async providerStats({ since, workspaceKey }) {
      const query = knex('llm_calls')
        .select(
          'provider',
          'model',
          'outcome',
          'latency_ms',
          'prompt_tokens',
          'completion_tokens',
          'cost_usd',
          knex.raw('case when error like ? then 1 else 0 end as retried', [`${RETRIED_PREFIX}%`]),
        )
        .where('started_at', '>=', since);
      if (workspaceKey !== undefined) query.andWhere('workspace_key', workspaceKey);
      const rows = (await query) as StatsRow[];
      return summarise(rows);
    },
  };
}

function summarise(rows: StatsRow[]): ProviderStats[] {
  const groups = new Map<string, StatsRow[]>();
  for (const row of rows) {
    const key = `${row.provider}\u0000${row.model}`;
    const list = groups.get(key) ?? [];
    list.push(row);
    groups.set(key, list);
  }
  const stats: ProviderStats[] = [];
  for (const list of groups.values()) {
    const first = list[0]!;
    const attempts = list.filter((row) => !row.outcome.startsWith('skipped_'));
    const failures = attempts.filter((row) => row.outcome !== 'ok');
    const finalFailures = failures.filter((row) => !Number(row.retried)).length;
    const skippedCircuit = list.filter((row) => row.outcome === 'skipped_circuit').length;
    const skippedBudget = list.filter((row) => row.outcome === 'skipped_budget').length;
    const served = attempts.length - failures.length;
    const fallbacks = skippedCircuit + skippedBudget + finalFailures;
    const requests = served + fallbacks;
    const latencies = attempts.map((row) => Number(row.latency_ms));
    stats.push({
      provider: first.provider,
      model: first.model,
      calls: attempts.length,
      errors: failures.length,
      errorRate: ratio(failures.length, attempts.length),
      requests,
      fallbacks,
      fallbackRate: ratio(fallbacks, requests),
      skippedCircuit,
      skippedBudget,
      p50Ms: percentile(latencies, 50),
      p95Ms: percentile(latencies, 95),
      p99Ms: percentile(latencies, 99),
      promptTokens: sum(list.map((row) => Number(row.prompt_tokens))),
      completionTokens: sum(list.map((row) => Number(row.completion_tokens))),
      costUsd: sum(list.map((row) => Number(row.cost_usd))),
    });
  }
  return stats.sort((a, b) => a.provider.localeCompare(b.provider) || a.model.localeCompare(b.model));
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
