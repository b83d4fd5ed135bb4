// The admin charts' figures over time: sessions per week, evaluated answers per day and evaluator,
// model p95 latency per day, for one workspace only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLlmCallsStore } from '../../src/stores/llm-calls-store.js';
import { createSessionsStore } from '../../src/stores/sessions-store.js';
import { createStatsStore, type StatsStore } from '../../src/stores/stats-store.js';
import { dayStart, weekStart } from '../../src/stores/stats-timeline.js';
import { createUsersStore } from '../../src/stores/users-store.js';
import { testDatabases } from '../helpers/databases.js';

const DAY = 24 * 60 * 60 * 1000;
/** Wednesday 21 May 2025, noon UTC: its week starts on Monday the 19th. */
const NOW = Date.UTC(2025, 4, 21, 12);
const SCOPE = { platform: 'discord' as const, workspaceId: 'g1' };

describe('week and day buckets', () => {
  it('starts weeks on Monday and days at midnight UTC', () => {
    expect(new Date(weekStart(NOW)).toISOString()).toBe('2025-05-19T00:00:00.000Z');
    expect(new Date(weekStart(Date.UTC(2025, 4, 19))).toISOString()).toBe('2025-05-19T00:00:00.000Z');
    expect(new Date(weekStart(Date.UTC(2025, 4, 18, 23, 59))).toISOString()).toBe('2025-05-12T00:00:00.000Z');
    expect(new Date(dayStart(NOW)).toISOString()).toBe('2025-05-21T00:00:00.000Z');
  });
});

describe.each(testDatabases())('stats timeline on $name', (database) => {
  let stats: StatsStore;
  let destroy: () => Promise<void>;

  beforeAll(async () => {
    const created = await database.create();
    destroy = created.destroy;
    const { knex } = created;
    stats = createStatsStore(knex);
    const users = createUsersStore(knex);
    const sessions = createSessionsStore(knex);
    const calls = createLlmCallsStore(knex);

    /** A session started `startedDaysAgo` days ago; finished `finishedDaysAgo` days ago in `state`. */
    const session = async (
      where: { platform: 'discord' | 'slack'; workspaceId: string },
      startedDaysAgo: number,
      state: 'completed' | 'ended' | 'technical',
      finishedDaysAgo?: number,
      evaluations: { evaluator: string; degraded?: boolean }[] = [],
    ) => {
      const startedAt = NOW - startedDaysAgo * DAY;
      const user = await users.upsert({ ...where, userId: `u${startedDaysAgo}` }, startedAt);
      const created = await sessions.create({
        userId: user.id,
        ...where,
        position: 'be',
        language: 'en',
        conversationRef: { ...where, channelId: 'dm' },
        plan: { technical: 3, behavioural: 0, personal: 0, followUps: false },
        now: startedAt,
      });
      for (const { evaluator, degraded = false } of evaluations) {
        const turn = await sessions.addTurn(
          {
            sessionId: created.id,
            kind: 'technical',
            parentTurnId: null,
            topic: 'db',
            question: 'Q',
            meta: {},
          },
          startedAt,
        );
        await sessions.recordAnswer(turn.id, 'an answer', startedAt);
        await sessions.saveEvaluation(
          turn.id,
          { score: 5, keyPoints: [], wrongClaims: [], feedback: '', evaluator, degraded },
          startedAt,
        );
      }
      const finishedAt = finishedDaysAgo === undefined ? undefined : NOW - finishedDaysAgo * DAY;
      const patch = { state, ...(finishedAt ? { finishedAt } : {}) };
      if (state === 'technical') await sessions.transition(created.id, 'awaiting_cv', patch, startedAt);
      else {
        // The enforced state graph: a finished interview went through evaluation.
        await sessions.transition(created.id, 'awaiting_cv', { state: 'evaluating' }, startedAt);
        await sessions.transition(created.id, 'evaluating', patch, startedAt);
      }
    };
    const gpt = { evaluator: 'openai:gpt-4o-mini' };
    const fallback = { evaluator: 'offline', degraded: true };
    await session(SCOPE, 1, 'completed', 1, [gpt, gpt, fallback]);
    await session(SCOPE, 9, 'completed', 1, [gpt]);
    await session(SCOPE, 10, 'ended', 10);
    await session(SCOPE, 2, 'technical', undefined, [gpt]);
    await session(SCOPE, 70, 'completed', 70);
    await session({ platform: 'slack', workspaceId: 'g1' }, 1, 'completed', 1, [gpt, gpt]);
    await session({ platform: 'discord', workspaceId: 'g2' }, 1, 'completed', 1, [gpt]);

    const call = (workspaceKey: string, daysAgo: number, latencyMs: number, outcome = 'ok' as const) =>
      calls.record({
        provider: 'openai',
        model: 'gpt-4o-mini',
        operation: 'evaluate',
        workspaceKey,
        startedAt: NOW - daysAgo * DAY,
        latencyMs,
        promptTokens: 10,
        completionTokens: 10,
        costUsd: 0,
        outcome,
      });
    for (const latency of [1000, 2000, 3000, 4000, 20_000]) await call('discord:g1', 1, latency);
    await call('discord:g1', 2, 5000);
    await calls.record({
      provider: 'openai',
      model: 'gpt-4o-mini',
      operation: 'evaluate',
      workspaceKey: 'discord:g1',
      startedAt: NOW - 2 * DAY,
      latencyMs: 99_000,
      promptTokens: 0,
      completionTokens: 0,
      costUsd: 0,
      outcome: 'skipped_circuit',
    });
    await call('discord:g2', 1, 60_000);
  });
  afterAll(async () => {
    await destroy();
  });

  it('counts sessions started and completed per week, every week present, this workspace only', async () => {
    const { weeks } = await stats.timeline(SCOPE, NOW, { weeks: 3, days: 3 });
    expect(weeks.map((w) => new Date(w.weekStart).toISOString().slice(0, 10))).toEqual([
      '2025-05-05',
      '2025-05-12',
      '2025-05-19',
    ]);
    // 10 days ago (Sun 11th) belongs to the week of the 5th; 9 days ago (Mon 12th) to the 12th.
    expect(weeks.map((w) => [w.started, w.completed])).toEqual([
      [1, 0],
      [1, 0],
      [2, 2],
    ]);
  });

  it('counts evaluated answers per day and evaluator, fallbacks apart, and the p95 of model calls', async () => {
    const { days } = await stats.timeline(SCOPE, NOW, { weeks: 1, days: 3 });
    expect(days.map((d) => new Date(d.dayStart).toISOString().slice(0, 10))).toEqual([
      '2025-05-19',
      '2025-05-20',
      '2025-05-21',
    ]);
    const sorted = (e: { evaluator: string; degraded: boolean; count: number }[]) =>
      [...e].sort((a, b) => a.evaluator.localeCompare(b.evaluator));
    expect(sorted(days[0]!.evaluators)).toEqual([
      { evaluator: 'openai:gpt-4o-mini', degraded: false, count: 1 },
    ]);
    expect(sorted(days[1]!.evaluators)).toEqual([
      { evaluator: 'offline', degraded: true, count: 1 },
      { evaluator: 'openai:gpt-4o-mini', degraded: false, count: 2 },
    ]);
    expect(days[2]!.evaluators).toEqual([]);
    // Skipped calls never reached a model and do not count; day 19th: one call of 5 s.
    expect(days.map((d) => d.p95Ms)).toEqual([5000, 20_000, undefined]);
  });
});
