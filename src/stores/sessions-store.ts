// Interview sessions and their turns: every transition and every answer is written here before any reply.
// Session methods live here; turn methods in session-turns.ts; records and row mapping in session-records.ts.
import type { Knex } from 'knex';
import { insertReturningId } from '../db/insert.js';
import { toJson } from '../db/json.js';
import type { Evaluation, Language, Platform, Position, SessionState } from '../domain/types.js';
import type { ConversationRef, MessageHandle } from '../platform/types.js';
import {
  ANSWERING_STATES,
  canTransition,
  IllegalTransitionError,
  type SessionPlan,
} from '../domain/session-states.js';
import {
  type GeneratedQuestionRecord,
  type NewTurn,
  type PastQuestion,
  type SessionRecord,
  type TurnRecord,
  toSession,
} from './session-records.js';
import { createTurnMethods } from './session-turns.js';

export type {
  GeneratedQuestionRecord,
  NewTurn,
  PastQuestion,
  SessionRecord,
  TurnMeta,
  TurnRecord,
  TurnStatus,
} from './session-records.js';

export interface SessionsStore {
  create(session: {
    userId: number;
    platform: Platform;
    workspaceId: string;
    position: Position;
    language: Language;
    conversationRef: ConversationRef;
    plan: SessionPlan;
    now: number;
  }): Promise<SessionRecord>;
  get(id: number): Promise<SessionRecord | undefined>;
  /** The session the user is still answering, if any (one per user per workspace). */
  findActive(userId: number): Promise<SessionRecord | undefined>;
  /** The active session of a platform user in any workspace (a Discord DM carries no server id). */
  findActiveByPlatformUser(platform: Platform, platformUserId: string): Promise<SessionRecord | undefined>;
  /** Sessions waiting for their report (after a restart these are finished again). */
  listEvaluating(): Promise<SessionRecord[]>;
  /** Sessions the user is answering, across users (used to resume after a restart). */
  listActive(): Promise<SessionRecord[]>;
  /**
   * Apply `patch` only if the session is still in `from` (optimistic concurrency). Returns false
   * when another worker or message moved it first. A `patch.state` is written only along an edge
   * of the graph (src/domain/session-states.ts): a session found in one of `from` from which that
   * move is illegal is reported to `onIllegalMove` and left as it is.
   */
  transition(
    id: number,
    from: SessionState | readonly SessionState[],
    patch: Partial<
      Pick<
        SessionRecord,
        | 'state'
        | 'currentTurnId'
        | 'cvId'
        | 'plan'
        | 'finishedAt'
        | 'overallScore'
        | 'report'
        | 'reportSentAt'
      >
    >,
    now: number,
  ): Promise<boolean>;
  setProgressRef(id: number, ref: MessageHandle | null, now: number): Promise<void>;
  /**
   * Start times (oldest first) of the user's sessions started since `since` that asked at least one
   * question: what the quota counts.
   */
  startedSince(userId: number, since: number): Promise<number[]>;
  history(userId: number, limit: number): Promise<SessionRecord[]>;
  /** Every bank question the user was asked before, with its score: for no-repeat and weak-topic choice. */
  pastQuestions(userId: number): Promise<PastQuestion[]>;

  addTurn(turn: NewTurn, now: number): Promise<TurnRecord>;
  getTurn(id: number): Promise<TurnRecord | undefined>;
  listTurns(sessionId: number): Promise<TurnRecord[]>;
  /** Store the answer if the turn is still open. Returns false for a turn already answered or skipped. */
  recordAnswer(turnId: number, answer: string, now: number): Promise<boolean>;
  skipTurn(turnId: number, now: number): Promise<boolean>;
  /**
   * Save an evaluation. A degraded (fallback) result never replaces a full one; a full one replaces
   * a degraded one. Nothing is written for a turn without an answer (never given, or forgotten).
   * Returns whether it was written.
   */
  saveEvaluation(turnId: number, evaluation: Evaluation, now: number): Promise<boolean>;

  saveGeneratedQuestions(
    sessionId: number,
    questions: { question: string; quote: string; criteria: string[] }[],
    generator: string,
    degraded: boolean,
    now: number,
  ): Promise<boolean>;
  listGeneratedQuestions(sessionId: number): Promise<GeneratedQuestionRecord[]>;

  /** Delete what the user wrote (answers, evaluations' evidence, reports, CV questions), keep scores. */
  forgetUser(userId: number, now: number): Promise<{ sessions: number; answers: number }>;
}

/** Knex-backed sessions store. */
export interface SessionsStoreOptions {
  /**
   * Called with a move the graph forbids; nothing was written. Default: throw it, so a test that
   * makes one fails. In production the core logs it with the session id instead (create-core.ts).
   */
  onIllegalMove?: ((error: IllegalTransitionError) => void) | undefined;
}

const throwIllegalMove = (error: IllegalTransitionError): never => {
  throw error;
};

/** The sessions store over `knex`; see SessionsStoreOptions for what happens to an illegal move. */
export function createSessionsStore(knex: Knex, options: SessionsStoreOptions = {}): SessionsStore {
  const onIllegalMove = options.onIllegalMove ?? throwIllegalMove;
  const getSession = async (id: number) => {
    const row = await knex('sessions').where({ id }).first();
    return row ? toSession(row) : undefined;
  };

  return {
    ...createTurnMethods(knex),
    async create(s) {
      const id = await insertReturningId(knex, 'sessions', {
        user_id: s.userId,
        platform: s.platform,
        workspace_id: s.workspaceId,
        position: s.position,
        language: s.language,
        state: 'awaiting_cv',
        conversation_ref: toJson(s.conversationRef),
        plan: toJson(s.plan),
        started_at: s.now,
        updated_at: s.now,
      });
      return (await getSession(id))!;
    },
    get: getSession,
    async findActive(userId) {
      const row = await knex('sessions')
        .where({ user_id: userId })
        .whereIn('state', ANSWERING_STATES)
        .orderBy('id', 'desc')
        .first();
      return row ? toSession(row) : undefined;
    },
    async findActiveByPlatformUser(platform, platformUserId) {
      const row = await knex('sessions')
        .join('users', 'users.id', 'sessions.user_id')
        .where({ 'users.platform': platform, 'users.platform_user_id': platformUserId })
        .whereIn('sessions.state', ANSWERING_STATES)
        .orderBy('sessions.id', 'desc')
        .first('sessions.*');
      return row ? toSession(row) : undefined;
    },
    async listEvaluating() {
      const rows = await knex('sessions').where({ state: 'evaluating' }).orderBy('id');
      return rows.map(toSession);
    },
    async listActive() {
      const rows = await knex('sessions').whereIn('state', ANSWERING_STATES).orderBy('id');
      return rows.map(toSession);
    },
    async transition(id, from, patch, now) {
      const update: Record<string, unknown> = { updated_at: now };
      if (patch.state !== undefined) update.state = patch.state;
      if (patch.currentTurnId !== undefined) update.current_turn_id = patch.currentTurnId;
      if (patch.cvId !== undefined) update.cv_id = patch.cvId;
      if (patch.plan !== undefined) update.plan = toJson(patch.plan);
      if (patch.finishedAt !== undefined) update.finished_at = patch.finishedAt;
      if (patch.overallScore !== undefined) update.overall_score = patch.overallScore;
      if (patch.report !== undefined) update.report = toJson(patch.report);
      if (patch.reportSentAt !== undefined) update.report_sent_at = patch.reportSentAt;
      const expected: readonly SessionState[] = typeof from === 'string' ? [from] : from;
      const to = patch.state;
      const legal = to === undefined ? expected : expected.filter((state) => canTransition(state, to));
      if (legal.length > 0) {
        const changed = await knex('sessions').where({ id }).whereIn('state', legal).update(update);
        if (Number(changed) > 0) return true;
      }
      if (to !== undefined && legal.length < expected.length) {
        // Not moved: by a race (fine), or because the session sits where this move is illegal (a bug).
        const row = await knex('sessions').where({ id }).first('state');
        const current = row?.state as SessionState | undefined;
        if (current && expected.includes(current) && !canTransition(current, to)) {
          onIllegalMove(new IllegalTransitionError(id, current, to));
        }
      }
      return false;
    },
    async setProgressRef(id, ref, now) {
      await knex('sessions')
        .where({ id })
        .update({ progress_ref: ref ? toJson(ref) : null, updated_at: now });
    },
    async startedSince(userId, since) {
      // A session counts once its first question was asked: starts abandoned before the CV was
      // accepted (or before any question came) use no quota.
      const rows = await knex('sessions')
        .where({ user_id: userId })
        .where('started_at', '>=', since)
        .whereExists(knex('turns').select(knex.raw('1')).whereRaw('turns.session_id = sessions.id'))
        .orderBy('started_at')
        .select('started_at');
      return rows.map((row) => Number(row.started_at));
    },
    async history(userId, limit) {
      const rows = await knex('sessions').where({ user_id: userId }).orderBy('id', 'desc').limit(limit);
      return rows.map(toSession);
    },
    async forgetUser(userId, now) {
      return knex.transaction(async (trx) => {
        const sessionIds = (await trx('sessions').where({ user_id: userId }).select('id')).map((r) =>
          Number(r.id),
        );
        if (sessionIds.length === 0) return { sessions: 0, answers: 0 };
        const answers = await trx('turns')
          .whereIn('session_id', sessionIds)
          .whereNotNull('answer')
          .update({ answer: null, evaluation: null });
        await trx('turns')
          .whereIn('session_id', sessionIds)
          .where({ kind: 'personal' })
          .update({ question: '[deleted]', question_meta: toJson({}) });
        await trx('generated_questions').whereIn('session_id', sessionIds).delete();
        await trx('sessions')
          .whereIn('id', sessionIds)
          .update({ report: null, progress_ref: null, forgotten_at: now, updated_at: now });
        return { sessions: sessionIds.length, answers: Number(answers) };
      });
    },
  };
}
