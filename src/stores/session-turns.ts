// The turns half of the sessions store: questions asked, answers, evaluations, and CV questions.
import type { Knex } from 'knex';
import { insertReturningId } from '../db/insert.js';
import { fromJson, numOrNull, toJson } from '../db/json.js';
import type { QuestionKind } from '../domain/types.js';
import { toTurn } from './session-records.js';
import type { SessionsStore } from './sessions-store.js';

type TurnMethods = Pick<
  SessionsStore,
  | 'pastQuestions'
  | 'addTurn'
  | 'getTurn'
  | 'listTurns'
  | 'recordAnswer'
  | 'skipTurn'
  | 'saveEvaluation'
  | 'saveGeneratedQuestions'
  | 'listGeneratedQuestions'
>;

/** The turn and CV-question methods of the sessions store. */
export function createTurnMethods(knex: Knex): TurnMethods {
  const getTurn = async (id: number) => {
    const row = await knex('turns').where({ id }).first();
    return row ? toTurn(row) : undefined;
  };

  return {
    async pastQuestions(userId) {
      const rows: Record<string, unknown>[] = await knex('turns')
        .join('sessions', 'sessions.id', 'turns.session_id')
        .where('sessions.user_id', userId)
        .whereNotNull('turns.question_id')
        .select(
          'turns.session_id as session_id',
          'turns.question_id as question_id',
          'turns.kind as kind',
          'turns.topic as topic',
          'turns.score as score',
          'turns.asked_at as asked_at',
        )
        .orderBy('turns.asked_at');
      return rows.map((row) => ({
        sessionId: Number(row.session_id),
        questionId: Number(row.question_id),
        kind: row.kind as QuestionKind,
        topic: (row.topic as string | null) ?? null,
        score: numOrNull(row.score),
        askedAt: Number(row.asked_at),
      }));
    },

    async addTurn(turn, now) {
      // seq is unique per session; a concurrent insert for the same seq fails instead of doubling a question.
      const seq =
        turn.seq ??
        Number(
          (await knex('turns').where({ session_id: turn.sessionId }).max({ seq: 'seq' }).first())?.seq ?? 0,
        ) + 1;
      const row = {
        session_id: turn.sessionId,
        seq,
        kind: turn.kind,
        question_id: turn.questionId ?? null,
        parent_turn_id: turn.parentTurnId ?? null,
        topic: turn.topic ?? null,
        question: turn.question,
        question_meta: toJson(turn.meta),
        status: 'asked',
        asked_at: now,
      };
      const id = await insertReturningId(knex, 'turns', row);
      // Everything in the row is known here; reading it back would only cost a round trip.
      return toTurn({ ...row, id, question_meta: turn.meta });
    },
    getTurn,
    async listTurns(sessionId) {
      const rows = await knex('turns').where({ session_id: sessionId }).orderBy('seq');
      return rows.map(toTurn);
    },
    async recordAnswer(turnId, answer, now) {
      const changed = await knex('turns')
        .where({ id: turnId, status: 'asked' })
        .update({ status: 'answered', answer, answered_at: now });
      return Number(changed) > 0;
    },
    async skipTurn(turnId, now) {
      const changed = await knex('turns')
        .where({ id: turnId, status: 'asked' })
        .update({ status: 'skipped', answered_at: now });
      return Number(changed) > 0;
    },
    async saveEvaluation(turnId, evaluation, now) {
      // No answer (forgotten meanwhile): an evaluation finishing late must not write its evidence back.
      const query = knex('turns').where({ id: turnId }).whereNotNull('answer');
      if (evaluation.degraded) query.whereNull('evaluated_at');
      else query.where((q) => q.whereNull('evaluated_at').orWhere({ degraded: true }));
      const changed = await query.update({
        score: evaluation.score,
        evaluation: toJson(evaluation),
        evaluator: evaluation.evaluator.slice(0, 100),
        degraded: evaluation.degraded,
        evaluated_at: now,
      });
      return Number(changed) > 0;
    },

    async saveGeneratedQuestions(sessionId, questions, generator, degraded, now) {
      const existing = await knex('generated_questions').where({ session_id: sessionId }).first();
      if (existing) return false;
      try {
        await knex('generated_questions').insert(
          questions.map((q, index) => ({
            session_id: sessionId,
            seq: index + 1,
            question: q.question,
            quote: q.quote,
            criteria: toJson(q.criteria),
            generator: generator.slice(0, 100),
            degraded,
            created_at: now,
          })),
        );
        return true;
      } catch (error) {
        // Another worker saved them first (unique session_id, seq): theirs stand.
        const again = await knex('generated_questions').where({ session_id: sessionId }).first();
        if (again) return false;
        throw error;
      }
    },
    async listGeneratedQuestions(sessionId) {
      const rows = await knex('generated_questions').where({ session_id: sessionId }).orderBy('seq');
      return rows.map((row) => ({
        id: Number(row.id),
        sessionId: Number(row.session_id),
        seq: Number(row.seq),
        question: String(row.question),
        quote: String(row.quote),
        criteria: fromJson<string[]>(row.criteria, []),
        generator: String(row.generator),
        degraded: Boolean(row.degraded),
      }));
    },
  };
}
