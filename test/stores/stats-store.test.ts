// Group statistics: exact figures for one workspace from a known scenario, and nothing from any other.
import { driveSession } from './drive-session.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Platform, Position, QuestionKind, SessionState } from '../../src/domain/types.js';
import { createSessionsStore, type SessionsStore } from '../../src/stores/sessions-store.js';
import { createStatsStore, type StatsStore } from '../../src/stores/stats-store.js';
import { createUsersStore, type UsersStore } from '../../src/stores/users-store.js';
import { testDatabases } from '../helpers/databases.js';

const NOW = Date.UTC(2025, 4, 20, 12, 0, 0);
const DAY = 24 * 60 * 60 * 1000;
const GPT = 'openai:gpt-4o-mini';

interface TurnSpec {
  topic: string | null;
  /** null: answered but not evaluated yet. */
  score: number | null;
  evaluator?: string;
  degraded?: boolean;
  kind?: QuestionKind;
  /** A follow-up to the previous turn; follow-ups never count in topic figures. */
  followUp?: boolean;
}

interface SessionSpec {
  platform?: Platform;
  workspaceId?: string;
  user: string;
  position: Position;
  daysAgo: number;
  state: SessionState;
  overall?: number;
  turns?: TurnSpec[];
}

/**
 * discord:g1 is the workspace under test. slack:g1 (same id, other platform) and discord:g2 hold data
 * that would change every figure if it leaked in; dave's session is older than the 30-day period.
 */
const SCENARIO: SessionSpec[] = [
  {
    user: 'alice',
    position: 'be',
    daysAgo: 1,
    state: 'completed',
    overall: 8,
    turns: [
      { topic: 'database', score: 8, evaluator: GPT },
      { topic: 'database', score: 2, evaluator: GPT, followUp: true },
      { topic: 'network', score: 6, evaluator: GPT },
      { topic: 'teamwork', score: 1, evaluator: GPT, kind: 'behavioural' },
    ],
  },
  {
    user: 'bob',
    position: 'be',
    daysAgo: 3,
    state: 'completed',
    overall: 6.5,
    turns: [
      { topic: 'database', score: 4, evaluator: 'offline', degraded: true },
      { topic: 'network', score: 5, evaluator: GPT },
      { topic: 'os', score: 9, evaluator: GPT },
      { topic: null, score: 7, evaluator: GPT, kind: 'personal' },
    ],
  },
  {
    user: 'carol',
    position: 'fe',
    daysAgo: 10,
    state: 'ended',
    overall: 5,
    turns: [
      { topic: 'browser', score: 5, evaluator: 'offline' },
      { topic: 'browser', score: null },
    ],
  },
  {
    user: 'carol',
    position: 'fe',
    daysAgo: 2,
    state: 'technical',
    turns: [
      { topic: 'browser', score: 3, evaluator: 'offline' },
      { topic: 'os', score: 9, evaluator: 'offline' },
    ],
  },
  { user: 'alice', position: 'be', daysAgo: 20, state: 'aborted' },
  { user: 'bob', position: 'ai', daysAgo: 5, state: 'evaluating' },
  { user: 'erin', position: 'ai', daysAgo: 25, state: 'awaiting_cv' },
  {
    user: 'dave',
    position: 'be',
    daysAgo: 40,
    state: 'completed',
    overall: 2,
    turns: [{ topic: 'database', score: 0, evaluator: 'offline', degraded: true }],
  },
  {
    platform: 'slack',
    user: 'slack-member',
    position: 'fe',
    daysAgo: 1,
    state: 'completed',
    overall: 10,
    turns: [{ topic: 'browser', score: 10, evaluator: 'openai:gpt-4o' }],
  },
  {
    workspaceId: 'g2',
    user: 'frank',
    position: 'be',
    daysAgo: 2,
    state: 'ended',
    overall: 1,
    turns: [
      { topic: 'database', score: 0, evaluator: 'offline', degraded: true },
      { topic: 'network', score: 0, evaluator: 'offline', degraded: true },
    ],
  },
];

async function build(users: UsersStore, sessions: SessionsStore, stats: StatsStore, specs: SessionSpec[]) {
  for (const spec of specs) {
    const platform = spec.platform ?? 'discord';
    const workspaceId = spec.workspaceId ?? 'g1';
    const startedAt = NOW - spec.daysAgo * DAY;
    const user = await users.upsert({ platform, workspaceId, userId: spec.user }, startedAt);
    const session = await sessions.create({
      userId: user.id,
      platform,
      workspaceId,
      position: spec.position,
      language: 'en',
      conversationRef: { platform, workspaceId, channelId: `dm-${spec.user}` },
      plan: { technical: 3, behavioural: 1, personal: 1, followUps: true },
      now: startedAt,
    });
    let previous: number | null = null;
    for (const turnSpec of spec.turns ?? []) {
      const turn = await sessions.addTurn(
        {
          sessionId: session.id,
          kind: turnSpec.kind ?? 'technical',
          parentTurnId: turnSpec.followUp ? previous : null,
          topic: turnSpec.topic,
          question: 'Q',
          meta: {},
        },
        startedAt,
      );
      previous = turn.id;
      await sessions.recordAnswer(turn.id, 'an answer', startedAt);
      if (turnSpec.score === null) continue;
      const evaluator = turnSpec.evaluator ?? 'offline';
      const degraded = turnSpec.degraded ?? false;
      const evaluation = {
        score: turnSpec.score,
        keyPoints: [],
        wrongClaims: [],
        feedback: '',
        evaluator,
        degraded,
      };
      expect(await sessions.saveEvaluation(turn.id, evaluation, startedAt)).toBe(true);
    }
    const patch = spec.overall === undefined ? {} : { overallScore: spec.overall };
    expect(await driveSession(sessions, session.id, spec.state, patch, startedAt)).toBe(true);
  }
  const refuse = async (platform: Platform, workspaceId: string, daysAgo: number) => {
    const user = await users.upsert({ platform, workspaceId, userId: 'over-quota' }, NOW);
    await stats.recordQuotaRefusal(user.id, platform, workspaceId, NOW - daysAgo * DAY);
  };
  await refuse('discord', 'g1', 0);
  await refuse('discord', 'g1', 29);
  await refuse('discord', 'g1', 31);
  await refuse('discord', 'g2', 1);
  await refuse('slack', 'g1', 1);
}

describe.each(testDatabases())('stats store on $name', (database) => {
  let stats: StatsStore;
  let destroy: () => Promise<void>;

  beforeAll(async () => {
    const created = await database.create();
    destroy = created.destroy;
    stats = createStatsStore(created.knex);
    await build(createUsersStore(created.knex), createSessionsStore(created.knex), stats, SCENARIO);
  });
  afterAll(async () => {
    await destroy();
  });

  it('reports the exact figures of one workspace over the last 30 days', async () => {
    expect(await stats.workspace('discord', 'g1', NOW)).toEqual({
      since: NOW - 30 * DAY,
      sessions: { started: 7, completed: 2, abandoned: 2, inProgress: 3 },
      activeMembers: { last7Days: 3, last30Days: 4 },
      averageByPosition: [
        { position: 'be', average: 7.3, sessions: 2 },
        { position: 'fe', average: 5, sessions: 1 },
      ],
      averageByTopic: [
        { topic: 'browser', average: 4, answers: 2 },
        { topic: 'database', average: 6, answers: 2 },
        { topic: 'network', average: 5.5, answers: 2 },
        { topic: 'os', average: 9, answers: 2 },
        { topic: 'teamwork', average: 1, answers: 1 },
      ],
      // Below 6/10 only (database's 6 is not weak), and a topic answered once counts too.
      weakestTopics: [
        { topic: 'teamwork', average: 1, answers: 1 },
        { topic: 'browser', average: 4, answers: 2 },
        { topic: 'network', average: 5.5, answers: 2 },
      ],
      quotaRefusals: 2,
      evaluatorUsage: [
        { evaluator: GPT, degraded: false, count: 6 },
        { evaluator: 'offline', degraded: false, count: 3 },
        { evaluator: 'offline', degraded: true, count: 1 },
      ],
    });
  });

  it('narrows every period-bound figure to a shorter period', async () => {
    const week = await stats.workspace('discord', 'g1', NOW, 7);
    expect(week.since).toBe(NOW - 7 * DAY);
    expect(week.sessions).toEqual({ started: 4, completed: 2, abandoned: 0, inProgress: 2 });
    expect(week.averageByPosition).toEqual([{ position: 'be', average: 7.3, sessions: 2 }]);
    expect(week.averageByTopic.find((topic) => topic.topic === 'browser')).toEqual({
      topic: 'browser',
      average: 3,
      answers: 1,
    });
    expect(week.quotaRefusals).toBe(1);
  });

  it('keeps each workspace to its own data, even with the same workspace id on another platform', async () => {
    expect(await stats.workspace('discord', 'g2', NOW)).toMatchObject({
      sessions: { started: 1, completed: 0, abandoned: 1, inProgress: 0 },
      activeMembers: { last7Days: 1, last30Days: 1 },
      averageByPosition: [{ position: 'be', average: 1, sessions: 1 }],
      averageByTopic: [
        { topic: 'database', average: 0, answers: 1 },
        { topic: 'network', average: 0, answers: 1 },
      ],
      weakestTopics: [
        { topic: 'database', average: 0, answers: 1 },
        { topic: 'network', average: 0, answers: 1 },
      ],
      quotaRefusals: 1,
      evaluatorUsage: [{ evaluator: 'offline', degraded: true, count: 2 }],
    });
    expect(await stats.workspace('slack', 'g1', NOW)).toMatchObject({
      sessions: { started: 1, completed: 1, abandoned: 0, inProgress: 0 },
      averageByTopic: [{ topic: 'browser', average: 10, answers: 1 }],
      quotaRefusals: 1,
      evaluatorUsage: [{ evaluator: 'openai:gpt-4o', degraded: false, count: 1 }],
    });
  });

  it('reports zeros and empty lists for a workspace with no activity', async () => {
    expect(await stats.workspace('discord', 'empty', NOW)).toEqual({
      since: NOW - 30 * DAY,
      sessions: { started: 0, completed: 0, abandoned: 0, inProgress: 0 },
      activeMembers: { last7Days: 0, last30Days: 0 },
      averageByPosition: [],
      averageByTopic: [],
      weakestTopics: [],
      quotaRefusals: 0,
      evaluatorUsage: [],
    });
  });
});
