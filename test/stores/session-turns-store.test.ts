// Turns of a session: numbered questions, once-only answers, evaluations that never downgrade,
// once-only generated questions, and forgetting what a user wrote — on every dialect.
import { driveSession } from './drive-session.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionsStore } from '../../src/stores/sessions-store.js';
import { testDatabases } from '../helpers/databases.js';
import { evaluation, NOW, REF, useSessionsRig } from './sessions-rig.js';

describe.each(testDatabases())('session turns store on $name', (database) => {
  const rig = useSessionsRig(database);
  const { newUser, newSession, technicalTurn } = rig;
  let store: SessionsStore;
  beforeAll(() => {
    store = rig.store;
  });

  describe('turns', () => {
    it('numbers turns 1..n per session and keeps what was asked', async () => {
      const a = await newSession(await newUser());
      const b = await newSession(await newUser());
      const first = await store.addTurn(technicalTurn(a.id, 11), NOW);
      await store.addTurn(technicalTurn(b.id, 11), NOW);
      const second = await store.addTurn(
        {
          sessionId: a.id,
          kind: 'technical',
          parentTurnId: first.id,
          question: 'Why?',
          meta: { followUpPoint: 'selectivity' },
        },
        NOW + 1,
      );
      const third = await store.addTurn(
        {
          sessionId: a.id,
          kind: 'personal',
          question: 'Tell me about 결제 🚀',
          meta: { cvQuote: '결제 시스템' },
        },
        NOW + 2,
      );
      expect([first.seq, second.seq, third.seq]).toEqual([1, 2, 3]);
      expect(first).toEqual({
        id: first.id,
        sessionId: a.id,
        seq: 1,
        kind: 'technical',
        questionId: 11,
        parentTurnId: null,
        topic: 'database',
        question: '인덱스는 어떻게 동작하나요?',
        meta: { exampleAnswer: 'B-트리', keyPoints: ['B-tree', 'selectivity'], difficulty: 2 },
        status: 'asked',
        askedAt: NOW,
        answeredAt: null,
        answer: null,
        score: null,
        evaluation: null,
        evaluator: null,
        degraded: false,
        evaluatedAt: null,
      });
      expect(second).toMatchObject({ parentTurnId: first.id, questionId: null, topic: null });
      expect((await store.listTurns(a.id)).map((t) => t.seq)).toEqual([1, 2, 3]);
      expect((await store.listTurns(b.id)).map((t) => t.seq)).toEqual([1]);
      expect(await store.getTurn(third.id)).toEqual(third);
    });

    it('refuses a second answer to the same turn and keeps the first', async () => {
      const turn = await store.addTurn(technicalTurn((await newSession(await newUser())).id), NOW);
      expect(await store.recordAnswer(turn.id, '첫 답변: B-트리 인덱스 🌲', NOW + 1)).toBe(true);
      expect(await store.recordAnswer(turn.id, 'a second answer', NOW + 2)).toBe(false);
      expect(await store.skipTurn(turn.id, NOW + 3)).toBe(false);
      expect(await store.getTurn(turn.id)).toMatchObject({
        status: 'answered',
        answer: '첫 답변: B-트리 인덱스 🌲',
        answeredAt: NOW + 1,
      });
    });

    it('lets only one of two simultaneous answers land', async () => {
      const turn = await store.addTurn(technicalTurn((await newSession(await newUser())).id), NOW);
      const results = await Promise.all([
        store.recordAnswer(turn.id, 'from the first message', NOW),
        store.recordAnswer(turn.id, 'from the retried message', NOW),
      ]);
      expect(results.filter(Boolean)).toHaveLength(1);
      expect((await store.getTurn(turn.id))?.answer).toBe(
        results[0] ? 'from the first message' : 'from the retried message',
      );
    });

    it('skips an open turn once, after which it cannot be answered', async () => {
      const turn = await store.addTurn(technicalTurn((await newSession(await newUser())).id), NOW);
      expect(await store.skipTurn(turn.id, NOW + 1)).toBe(true);
      expect(await store.skipTurn(turn.id, NOW + 2)).toBe(false);
      expect(await store.recordAnswer(turn.id, 'too late', NOW + 3)).toBe(false);
      expect(await store.getTurn(turn.id)).toMatchObject({
        status: 'skipped',
        answer: null,
        answeredAt: NOW + 1,
      });
    });
  });

  describe('evaluations', () => {
    const answeredTurn = async () => {
      const turn = await store.addTurn(technicalTurn((await newSession(await newUser())).id), NOW);
      await store.recordAnswer(turn.id, 'B-tree with high selectivity', NOW);
      return turn.id;
    };

    it('stores no evaluation for a turn that was skipped or is still open', async () => {
      const session = await newSession(await newUser());
      const open = await store.addTurn(technicalTurn(session.id), NOW);
      const skipped = await store.addTurn(technicalTurn(session.id), NOW);
      await store.skipTurn(skipped.id, NOW);
      for (const turn of [open, skipped]) {
        expect(await store.saveEvaluation(turn.id, evaluation(5, 'offline', false), NOW)).toBe(false);
        expect(await store.getTurn(turn.id)).toMatchObject({
          score: null,
          evaluation: null,
          evaluatedAt: null,
        });
      }
    });

    it('stores a full evaluation with its score, evaluator and time', async () => {
      const turnId = await answeredTurn();
      const full = evaluation(8, 'openai:gpt-4o-mini', false);
      expect(await store.saveEvaluation(turnId, full, NOW + 5)).toBe(true);
      expect(await store.getTurn(turnId)).toMatchObject({
        score: 8,
        evaluation: full,
        evaluator: 'openai:gpt-4o-mini',
        degraded: false,
        evaluatedAt: NOW + 5,
      });
    });

    it('never lets a degraded evaluation replace a full one', async () => {
      const turnId = await answeredTurn();
      const full = evaluation(8, 'openai:gpt-4o-mini', false);
      await store.saveEvaluation(turnId, full, NOW + 5);
      expect(await store.saveEvaluation(turnId, evaluation(3, 'offline', true), NOW + 6)).toBe(false);
      expect(await store.getTurn(turnId)).toMatchObject({
        score: 8,
        evaluation: full,
        degraded: false,
        evaluatedAt: NOW + 5,
      });
    });

    it('lets a full evaluation replace a degraded one, but a degraded one is written only once', async () => {
      const turnId = await answeredTurn();
      expect(await store.saveEvaluation(turnId, evaluation(4, 'offline', true), NOW + 5)).toBe(true);
      expect(await store.saveEvaluation(turnId, evaluation(2, 'offline', true), NOW + 6)).toBe(false);
      expect(await store.getTurn(turnId)).toMatchObject({ score: 4, degraded: true, evaluator: 'offline' });

      const full = evaluation(9, 'openai:gpt-4o', false);
      expect(await store.saveEvaluation(turnId, full, NOW + 7)).toBe(true);
      expect(await store.getTurn(turnId)).toMatchObject({
        score: 9,
        evaluation: full,
        evaluator: 'openai:gpt-4o',
        degraded: false,
        evaluatedAt: NOW + 7,
      });
      expect(await store.saveEvaluation(turnId, evaluation(1, 'openai:other', false), NOW + 8)).toBe(false);
      expect((await store.getTurn(turnId))?.score).toBe(9);
    });
  });

  describe('generated questions', () => {
    const questions = [
      {
        question: 'How did you migrate 결제?',
        quote: '결제 시스템 migration 🚀',
        criteria: ['scope', 'risk', 'result'],
      },
      { question: 'Why PostgreSQL?', quote: 'PostgreSQL', criteria: ['trade-offs', 'data', 'ops'] },
    ];

    it('saves the questions for a session once, in order', async () => {
      const session = await newSession(await newUser());
      expect(
        await store.saveGeneratedQuestions(session.id, questions, 'openai:gpt-4o-mini', false, NOW),
      ).toBe(true);
      expect(await store.saveGeneratedQuestions(session.id, [questions[1]!], 'offline', true, NOW + 1)).toBe(
        false,
      );
      const saved = await store.listGeneratedQuestions(session.id);
      expect(saved).toEqual(
        questions.map((q, index) => ({
          id: saved[index]!.id,
          sessionId: session.id,
          seq: index + 1,
          ...q,
          generator: 'openai:gpt-4o-mini',
          degraded: false,
        })),
      );
    });

    it('keeps the first of two simultaneous saves and reports the other as not written', async () => {
      const session = await newSession(await newUser());
      const results = await Promise.all([
        store.saveGeneratedQuestions(session.id, questions, 'openai:gpt-4o-mini', false, NOW),
        store.saveGeneratedQuestions(session.id, questions.slice(0, 1), 'offline', true, NOW),
      ]);
      expect(results.filter(Boolean)).toHaveLength(1);
      const saved = await store.listGeneratedQuestions(session.id);
      expect(saved).toHaveLength(results[0] ? 2 : 1);
      expect(new Set(saved.map((q) => q.generator)).size).toBe(1);
    });

    it('returns nothing for a session without generated questions', async () => {
      expect(await store.listGeneratedQuestions((await newSession(await newUser())).id)).toEqual([]);
    });
  });

  it('forgets what a user wrote but keeps scores, evaluators and the session rows', async () => {
    const userId = await newUser();
    const session = await newSession(userId);
    const report = { summary: 'Strong on indexes' };
    await driveSession(store, session.id, 'completed', { overallScore: 7, report }, NOW);
    await store.setProgressRef(session.id, { ref: REF, messageId: 'progress' }, NOW);
    const tech = await store.addTurn(technicalTurn(session.id, 101), NOW);
    await store.recordAnswer(tech.id, 'my private answer', NOW);
    await store.saveEvaluation(tech.id, evaluation(7, 'openai:gpt-4o-mini', false), NOW);
    const personal = await store.addTurn(
      {
        sessionId: session.id,
        kind: 'personal',
        question: 'About your time at Kakao?',
        meta: { cvQuote: 'Kakao' },
      },
      NOW,
    );
    await store.recordAnswer(personal.id, 'I built payments', NOW);
    await store.saveEvaluation(personal.id, evaluation(6, 'offline', true), NOW);
    const skipped = await store.addTurn(technicalTurn(session.id, 102), NOW);
    await store.skipTurn(skipped.id, NOW);
    await store.saveGeneratedQuestions(
      session.id,
      [{ question: 'Kakao?', quote: 'Kakao', criteria: [] }],
      'offline',
      true,
      NOW,
    );
    const bystander = await newSession(await newUser());
    const bystanderTurn = await store.addTurn(technicalTurn(bystander.id, 101), NOW);
    await store.recordAnswer(bystanderTurn.id, 'not mine to forget', NOW);
    await store.saveGeneratedQuestions(
      bystander.id,
      [{ question: 'Q', quote: 'q', criteria: [] }],
      'offline',
      true,
      NOW,
    );

    expect(await store.forgetUser(userId, NOW + 100)).toEqual({ sessions: 1, answers: 2 });

    expect(await store.get(session.id)).toMatchObject({
      state: 'completed',
      overallScore: 7,
      report: null,
      progressRef: null,
      updatedAt: NOW + 100,
    });
    const turns = await store.listTurns(session.id);
    expect(turns.map((t) => [t.status, t.answer, t.evaluation, t.score, t.evaluator, t.degraded])).toEqual([
      ['answered', null, null, 7, 'openai:gpt-4o-mini', false],
      ['answered', null, null, 6, 'offline', true],
      ['skipped', null, null, null, null, false],
    ]);
    expect(turns[1]).toMatchObject({ question: '[deleted]', meta: {} });
    expect(turns[0]?.question).toBe('인덱스는 어떻게 동작하나요?');
    expect(await store.listGeneratedQuestions(session.id)).toEqual([]);
    expect(await store.pastQuestions(userId)).toHaveLength(2);

    expect((await store.getTurn(bystanderTurn.id))?.answer).toBe('not mine to forget');
    expect(await store.listGeneratedQuestions(bystander.id)).toHaveLength(1);
    expect(await store.forgetUser(await newUser(), NOW)).toEqual({ sessions: 0, answers: 0 });
  });

  it('does not let an evaluation that finishes after forgetting write the answer evidence back', async () => {
    const userId = await newUser();
    const session = await newSession(userId);
    const turn = await store.addTurn(technicalTurn(session.id, 101), NOW);
    await store.recordAnswer(turn.id, 'my private answer', NOW);
    await store.saveEvaluation(turn.id, evaluation(4, 'offline', true), NOW);
    await store.forgetUser(userId, NOW + 1);
    // The full evaluation was already running when the user asked to be forgotten.
    expect(await store.saveEvaluation(turn.id, evaluation(8, 'openai:gpt-4o-mini', false), NOW + 2)).toBe(
      false,
    );
    expect(await store.getTurn(turn.id)).toMatchObject({ answer: null, evaluation: null, score: 4 });
  });
});
