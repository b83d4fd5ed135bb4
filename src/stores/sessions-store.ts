// Interview sessions and their turns: every transition and every answer is written here before any reply.
import type { Knex } from 'knex';
import { insertReturningId } from '../db/insert.js';
import { fromJson, numOrNull, toJson } from '../db/json.js';
import type {
  Evaluation,
  Language,
  Platform,
  Position,
  QuestionKind,
  SessionState,
} from '../domain/types.js';
import type { ConversationRef, MessageHandle } from '../platform/types.js';

/** How many questions of each kind a session asks; fixed when the session starts. */
export interface SessionPlan {
  technical: number;
  behavioural: number;
  personal: number;
  followUps: boolean;
  /** Set when the user ended the interview before the last question. */
  endedEarly?: boolean | undefined;
}

export interface SessionRecord {
  id: number;
  userId: number;
  platform: Platform;
  workspaceId: string;
  cvId: number | null;
  position: Position;
  language: Language;
  state: SessionState;
  conversationRef: ConversationRef;
  plan: SessionPlan;
  currentTurnId: number | null;
  progressRef: MessageHandle | null;
  startedAt: number;
  updatedAt: number;
  finishedAt: number | null;
  overallScore: number | null;
  report: unknown;
  reportSentAt: number | null;
}

/** What the question was when it was asked, so reports never depend on later bank edits. */
export interface TurnMeta {
  exampleAnswer?: string | undefined;
  keyPoints?: string[] | undefined;
  difficulty?: number | undefined;
  competency?: string | undefined;
  cvQuote?: string | undefined;
  /** The key point a follow-up asks about. */
  followUpPoint?: string | undefined;
}

export type TurnStatus = 'asked' | 'answered' | 'skipped';

export interface TurnRecord {
  id: number;
  sessionId: number;
  seq: number;
  kind: QuestionKind;
  questionId: number | null;
  parentTurnId: number | null;
  topic: string | null;
  question: string;
  meta: TurnMeta;
  status: TurnStatus;
  askedAt: number;
  answeredAt: number | null;
  answer: string | null;
  score: number | null;
  evaluation: Evaluation | null;
  evaluator: string | null;
  degraded: boolean;
  evaluatedAt: number | null;
}

export interface NewTurn {
  sessionId: number;
  kind: QuestionKind;
  questionId?: number | null | undefined;
  parentTurnId?: number | null | undefined;
  topic?: string | null | undefined;
  question: string;
  meta: TurnMeta;
}

export interface GeneratedQuestionRecord {
  id: number;
  sessionId: number;
  seq: number;
  question: string;
  quote: string;
  criteria: string[];
  generator: string;
  degraded: boolean;
}

/** A bank question a user was asked in some session. */
export interface PastQuestion {
  sessionId: number;
  questionId: number;
  kind: QuestionKind;
  topic: string | null;
  score: number | null;
  askedAt: number;
}

const ACTIVE_STATES: SessionState[] = ['awaiting_cv', 'technical', 'behavioural', 'personal'];

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
   * when another worker or message moved it first.
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

function toSession(row: Record<string, unknown>): SessionRecord {
  return {
    id: Number(row.id),
    userId: Number(row.user_id),
    platform: row.platform as Platform,
    workspaceId: String(row.workspace_id),
    cvId: numOrNull(row.cv_id),
    position: row.position as Position,
    language: row.language as Language,
    state: row.state as SessionState,
    conversationRef: fromJson<ConversationRef>(row.conversation_ref, {
      platform: row.platform as Platform,
      workspaceId: String(row.workspace_id),
      channelId: '',
    }),
    plan: fromJson<SessionPlan>(row.plan, { technical: 0, behavioural: 0, personal: 0, followUps: false }),
    currentTurnId: numOrNull(row.current_turn_id),
    progressRef: fromJson<MessageHandle | null>(row.progress_ref, null),
    startedAt: Number(row.started_at),
    updatedAt: Number(row.updated_at),
    finishedAt: numOrNull(row.finished_at),
    overallScore: numOrNull(row.overall_score),
    report: fromJson<unknown>(row.report, null),
    reportSentAt: numOrNull(row.report_sent_at),
  };
}

function toTurn(row: Record<string, unknown>): TurnRecord {
  return {
    id: Number(row.id),
    sessionId: Number(row.session_id),
    seq: Number(row.seq),
    kind: row.kind as QuestionKind,
    questionId: numOrNull(row.question_id),
    parentTurnId: numOrNull(row.parent_turn_id),
    topic: (row.topic as string | null) ?? null,
    question: String(row.question),
    meta: fromJson<TurnMeta>(row.question_meta, {}),
    status: row.status as TurnStatus,
    askedAt: Number(row.asked_at),
    answeredAt: numOrNull(row.answered_at),
    answer: (row.answer as string | null) ?? null,
    score: numOrNull(row.score),
    evaluation: fromJson<Evaluation | null>(row.evaluation, null),
    evaluator: (row.evaluator as string | null) ?? null,
    degraded: Boolean(row.degraded),
    evaluatedAt: numOrNull(row.evaluated_at),
  };
}

/** Knex-backed sessions store. */
export function createSessionsStore(knex: Knex): SessionsStore {
  const getSession = async (id: number) => {
    const row = await knex('sessions').where({ id }).first();
    return row ? toSession(row) : undefined;
  };
  const getTurn = async (id: number) => {
    const row = await knex('turns').where({ id }).first();
    return row ? toTurn(row) : undefined;
  };

  return {
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
        .whereIn('state', ACTIVE_STATES)
        .orderBy('id', 'desc')
        .first();
      return row ? toSession(row) : undefined;
    },
    async findActiveByPlatformUser(platform, platformUserId) {
      const row = await knex('sessions')
        .join('users', 'users.id', 'sessions.user_id')
        .where({ 'users.platform': platform, 'users.platform_user_id': platformUserId })
        .whereIn('sessions.state', ACTIVE_STATES)
        .orderBy('sessions.id', 'desc')
        .first('sessions.*');
      return row ? toSession(row) : undefined;
    },
    async listEvaluating() {
      const rows = await knex('sessions').where({ state: 'evaluating' }).orderBy('id');
      return rows.map(toSession);
    },
    async listActive() {
      const rows = await knex('sessions').whereIn('state', ACTIVE_STATES).orderBy('id');
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
      const states: readonly SessionState[] = typeof from === 'string' ? [from] : from;
      const changed = await knex('sessions').where({ id }).whereIn('state', states).update(update);
      return Number(changed) > 0;
    },
    async setProgressRef(id, ref, now) {
      await knex('sessions')
        .where({ id })
        .update({ progress_ref: ref ? toJson(ref) : null, updated_at: now });
    },
    async startedSince(userId, since) {
      const rows = await knex('sessions')
        .where({ user_id: userId })
        .where('started_at', '>=', since)
        .orderBy('started_at')
        .select('started_at');
      return rows.map((row) => Number(row.started_at));
    },
    async history(userId, limit) {
      const rows = await knex('sessions').where({ user_id: userId }).orderBy('id', 'desc').limit(limit);
      return rows.map(toSession);
    },
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
      const last = await knex('turns').where({ session_id: turn.sessionId }).max({ seq: 'seq' }).first();
      const seq = Number(last?.seq ?? 0) + 1;
      const id = await insertReturningId(knex, 'turns', {
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
      });
      return (await getTurn(id))!;
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
          .update({ report: null, progress_ref: null, updated_at: now });
        return { sessions: sessionIds.length, answers: Number(answers) };
      });
    },
  };
}
