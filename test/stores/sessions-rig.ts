// Setup the sessions and session-turns store suites share: one database per dialect, fresh users and sessions.
import type { Knex } from 'knex';
import { afterAll, beforeAll } from 'vitest';
import type { Evaluation } from '../../src/domain/types.js';
import type { ConversationRef } from '../../src/platform/types.js';
import type { SessionPlan } from '../../src/domain/session-states.js';
import { createSessionsStore, type SessionsStore } from '../../src/stores/sessions-store.js';
import { createUsersStore } from '../../src/stores/users-store.js';
import type { TestDatabase } from '../helpers/databases.js';

export const NOW = Date.UTC(2025, 4, 20, 12, 0, 0);
export const PLAN: SessionPlan = { technical: 3, behavioural: 1, personal: 2, followUps: true };
export const REF: ConversationRef = { platform: 'discord', workspaceId: 'g1', channelId: 'dm-1' };

/** An evaluation whose feedback names who scored it. */
export function evaluation(score: number, evaluator: string, degraded: boolean): Evaluation {
  return {
    score,
    keyPoints: [{ point: 'B-tree', status: 'covered', evidence: 'uses a B-tree' }],
    wrongClaims: [],
    feedback: `scored by ${evaluator}`,
    evaluator,
    degraded,
  };
}

/** What a sessions suite works with; `store` is ready once the suite's beforeAll hooks have run. */
export interface SessionsRig {
  readonly store: SessionsStore;
  /** The rig's database, for a second store over the same rows. */
  readonly knex: Knex;
  /** A fresh user, so each specification reads its own rows. */
  newUser(): Promise<number>;
  newSession(userId: number, now?: number): ReturnType<SessionsStore['create']>;
  technicalTurn(
    sessionId: number,
    questionId?: number | null,
    topic?: string,
  ): Parameters<SessionsStore['addTurn']>[0];
}

/** Call inside a `describe`: opens the database before its specifications and destroys it after. */
export function useSessionsRig(database: TestDatabase): SessionsRig {
  let knex: Knex | undefined;
  let store: SessionsStore | undefined;
  let destroy: (() => Promise<void>) | undefined;
  let userCount = 0;

  beforeAll(async () => {
    const created = await database.create();
    destroy = created.destroy;
    knex = created.knex;
    store = createSessionsStore(knex);
  });
  afterAll(async () => {
    await destroy?.();
  });

  const ready = (): SessionsStore => {
    if (!store) throw new Error('the sessions rig is used before its beforeAll ran');
    return store;
  };
  return {
    get store() {
      return ready();
    },
    get knex() {
      if (!knex) throw new Error('the sessions rig is used before its beforeAll ran');
      return knex;
    },
    async newUser() {
      userCount += 1;
      const users = createUsersStore(knex!);
      return (await users.upsert({ platform: 'discord', workspaceId: 'g1', userId: `u${userCount}` }, NOW))
        .id;
    },
    newSession: (userId, now = NOW) =>
      ready().create({
        userId,
        platform: 'discord',
        workspaceId: 'g1',
        position: 'be',
        language: 'ko',
        conversationRef: REF,
        plan: PLAN,
        now,
      }),
    technicalTurn: (sessionId, questionId = null, topic = 'database') => ({
      sessionId,
      kind: 'technical' as const,
      questionId,
      topic,
      question: '인덱스는 어떻게 동작하나요?',
      meta: { exampleAnswer: 'B-트리', keyPoints: ['B-tree', 'selectivity'], difficulty: 2 },
    }),
  };
}
