// The sessions store: creation, active sessions, optimistic transitions, history and past questions,
// on every dialect.
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionState } from '../../src/domain/types.js';
import { ANSWERING_STATES, type IllegalTransitionError } from '../../src/domain/session-states.js';
import { createSessionsStore, type SessionsStore } from '../../src/stores/sessions-store.js';
import { testDatabases } from '../helpers/databases.js';
import { driveSession } from './drive-session.js';
import { evaluation, NOW, PLAN, REF, useSessionsRig } from './sessions-rig.js';

const DAY = 24 * 60 * 60 * 1000;

describe.each(testDatabases())('sessions store on $name', (database) => {
  const rig = useSessionsRig(database);
  const { newUser, newSession, technicalTurn } = rig;
  let store: SessionsStore;
  beforeAll(() => {
    store = rig.store;
  });

  it('creates a session awaiting its CV, with the plan and conversation it was given', async () => {
    const userId = await newUser();
    const session = await newSession(userId);
    expect(session).toEqual({
      id: session.id,
      userId,
      platform: 'discord',
      workspaceId: 'g1',
      cvId: null,
      position: 'be',
      language: 'ko',
      state: 'awaiting_cv',
      conversationRef: REF,
      plan: PLAN,
      currentTurnId: null,
      progressRef: null,
      startedAt: NOW,
      updatedAt: NOW,
      finishedAt: null,
      overallScore: null,
      report: null,
      reportSentAt: null,
      forgottenAt: null,
    });
    expect(await store.get(session.id)).toEqual(session);
    expect(await store.get(9_999_999)).toBeUndefined();
  });

  it('counts only the answering states as active', async () => {
    const answering: SessionState[] = ['awaiting_cv', 'technical', 'behavioural', 'personal'];
    const finished: SessionState[] = ['evaluating', 'completed', 'ended', 'aborted'];
    for (const state of [...answering, ...finished]) {
      const userId = await newUser();
      const session = await newSession(userId);
      expect(await driveSession(store, session.id, state, {}, NOW)).toBe(true);
      const active = await store.findActive(userId);
      if (answering.includes(state)) expect(active?.id).toBe(session.id);
      else expect(active).toBeUndefined();
      expect((await store.listActive()).some((s) => s.id === session.id)).toBe(answering.includes(state));
      expect((await store.listEvaluating()).some((s) => s.id === session.id)).toBe(state === 'evaluating');
    }
  });

  it('finds the active session of the right user only', async () => {
    const mine = await newUser();
    const theirs = await newUser();
    const old = await newSession(mine, NOW - DAY);
    await driveSession(store, old.id, 'completed', {}, NOW);
    const current = await newSession(mine);
    await newSession(theirs);
    expect((await store.findActive(mine))?.id).toBe(current.id);
    expect(await store.findActive(await newUser())).toBeUndefined();
  });

  it('applies a transition only from the state it expects, and changes nothing otherwise', async () => {
    const session = await newSession(await newUser());
    expect(await store.transition(session.id, 'awaiting_cv', { state: 'technical' }, NOW + 1)).toBe(true);
    const before = await store.get(session.id);

    // A second worker still believes the session is awaiting its CV: its move must not land.
    const stale = await store.transition(
      session.id,
      'awaiting_cv',
      { state: 'aborted', finishedAt: NOW + 2, overallScore: 1, report: { lost: true } },
      NOW + 2,
    );
    expect(stale).toBe(false);
    expect(await store.get(session.id)).toEqual(before);
    expect(before).toMatchObject({ state: 'technical', updatedAt: NOW + 1 });
  });

  it('accepts any of several expected states and writes every field of the patch', async () => {
    const session = await newSession(await newUser());
    await store.transition(session.id, 'awaiting_cv', { state: 'behavioural' }, NOW);
    const report = { summary: '좋은 답변 👍', scores: [7, 8] };
    const moved = await store.transition(
      session.id,
      ['technical', 'behavioural', 'personal'],
      {
        state: 'evaluating',
        currentTurnId: 42,
        plan: { ...PLAN, endedEarly: true },
        finishedAt: NOW + 10,
        overallScore: 7.5,
        report,
        reportSentAt: NOW + 11,
      },
      NOW + 12,
    );
    expect(moved).toBe(true);
    expect(await store.get(session.id)).toMatchObject({
      state: 'evaluating',
      currentTurnId: 42,
      plan: { ...PLAN, endedEarly: true },
      finishedAt: NOW + 10,
      overallScore: 7.5,
      report,
      reportSentAt: NOW + 11,
      updatedAt: NOW + 12,
    });
    expect(await store.transition(session.id, ['technical', 'personal'], { state: 'aborted' }, NOW)).toBe(
      false,
    );
    expect(await store.transition(9_999_999, 'technical', { state: 'aborted' }, NOW)).toBe(false);
  });

  it('refuses a move the graph forbids: it throws, names the session, and writes nothing', async () => {
    const session = await newSession(await newUser());
    await driveSession(store, session.id, 'completed', {}, NOW);
    const before = await store.get(session.id);
    await expect(
      store.transition(session.id, ['evaluating', 'completed'], { state: 'technical' }, NOW + 1),
    ).rejects.toMatchObject({
      name: 'IllegalTransitionError',
      sessionId: session.id,
      from: 'completed',
      to: 'technical',
    });
    expect(await store.get(session.id)).toEqual(before);
  });

  it('still writes a legal move when another expected state would have been illegal', async () => {
    const session = await newSession(await newUser());
    await driveSession(store, session.id, 'personal', {}, NOW);
    expect(await store.transition(session.id, ANSWERING_STATES, { state: 'personal' }, NOW + 1)).toBe(true);
    expect((await store.get(session.id))?.updatedAt).toBe(NOW + 1);
  });

  it('hands an illegal move to onIllegalMove instead, when one is given (production logs it)', async () => {
    const reported: IllegalTransitionError[] = [];
    const lenient = createSessionsStore(rig.knex, { onIllegalMove: (error) => reported.push(error) });
    const session = await newSession(await newUser());
    await driveSession(store, session.id, 'behavioural', {}, NOW);
    expect(await lenient.transition(session.id, ANSWERING_STATES, { state: 'technical' }, NOW)).toBe(false);
    expect(reported.map(({ sessionId, from, to }) => ({ sessionId, from, to }))).toEqual([
      { sessionId: session.id, from: 'behavioural', to: 'technical' },
    ]);
    expect((await store.get(session.id))?.state).toBe('behavioural');
  });

  it('lets only one of two racing transitions from the same state win', async () => {
    const session = await newSession(await newUser());
    const results = await Promise.all([
      store.transition(session.id, 'awaiting_cv', { state: 'technical' }, NOW),
      store.transition(session.id, 'awaiting_cv', { state: 'aborted' }, NOW),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    const state = (await store.get(session.id))?.state;
    expect(state).toBe(results[0] ? 'technical' : 'aborted');
  });

  it('stores and clears the progress message handle', async () => {
    const session = await newSession(await newUser());
    const handle = { ref: { ...REF, threadId: 't-1' }, messageId: 'm-1' };
    await store.setProgressRef(session.id, handle, NOW + 1);
    expect((await store.get(session.id))?.progressRef).toEqual(handle);
    await store.setProgressRef(session.id, null, NOW + 2);
    expect(await store.get(session.id)).toMatchObject({ progressRef: null, updatedAt: NOW + 2 });
  });

  it('lists the start times since a moment, oldest first, for one user', async () => {
    const userId = await newUser();
    for (const startedAt of [NOW - 10 * DAY, NOW - 2 * DAY, NOW - 5 * DAY, NOW]) {
      const session = await newSession(userId, startedAt);
      await store.addTurn(technicalTurn(session.id), startedAt);
    }
    const other = await newSession(await newUser(), NOW - DAY);
    await store.addTurn(technicalTurn(other.id), NOW - DAY);
    expect(await store.startedSince(userId, NOW - 5 * DAY)).toEqual([NOW - 5 * DAY, NOW - 2 * DAY, NOW]);
    expect(await store.startedSince(userId, NOW + 1)).toEqual([]);
  });

  it('counts for the quota only sessions that asked a question: starts abandoned before it are free', async () => {
    const userId = await newUser();
    await newSession(userId, NOW - 3 * DAY);
    const asked = await newSession(userId, NOW - 2 * DAY);
    await store.addTurn(technicalTurn(asked.id), NOW - 2 * DAY);
    await newSession(userId, NOW - DAY);
    expect(await store.startedSince(userId, NOW - 5 * DAY)).toEqual([NOW - 2 * DAY]);
  });

  it('returns history newest first, limited', async () => {
    const userId = await newUser();
    const ids: number[] = [];
    for (let i = 0; i < 4; i += 1) ids.push((await newSession(userId, NOW + i)).id);
    await newSession(await newUser());
    expect((await store.history(userId, 3)).map((s) => s.id)).toEqual([ids[3], ids[2], ids[1]]);
    expect((await store.history(userId, 10)).map((s) => s.startedAt)).toEqual([
      NOW + 3,
      NOW + 2,
      NOW + 1,
      NOW,
    ]);
  });

  it('lists every bank question a user was asked, oldest first, with its score', async () => {
    const userId = await newUser();
    const first = await newSession(userId, NOW - DAY);
    const second = await newSession(userId);
    const t1 = await store.addTurn(technicalTurn(first.id, 101, 'database'), NOW - DAY);
    await store.recordAnswer(t1.id, 'answer', NOW - DAY);
    await store.saveEvaluation(t1.id, evaluation(4, 'offline', true), NOW - DAY);
    await store.addTurn(
      { sessionId: first.id, kind: 'personal', question: 'CV question', meta: {} },
      NOW - DAY + 1,
    );
    await store.addTurn(
      {
        sessionId: second.id,
        kind: 'behavioural',
        questionId: 202,
        topic: 'teamwork',
        question: 'Tell me',
        meta: {},
      },
      NOW,
    );
    const other = await newSession(await newUser());
    await store.addTurn(technicalTurn(other.id, 303), NOW);

    expect(await store.pastQuestions(userId)).toEqual([
      {
        sessionId: first.id,
        questionId: 101,
        kind: 'technical',
        topic: 'database',
        score: 4,
        askedAt: NOW - DAY,
      },
      {
        sessionId: second.id,
        questionId: 202,
        kind: 'behavioural',
        topic: 'teamwork',
        score: null,
        askedAt: NOW,
      },
    ]);
    expect(await store.pastQuestions(await newUser())).toEqual([]);
  });
});
