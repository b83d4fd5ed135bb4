// The records of the sessions aggregate (sessions, turns, CV questions) and how rows become records.
import { fromJson, numOrNull } from '../db/json.js';
import type { SessionPlan } from '../domain/session-states.js';
import type {
  Evaluation,
  Language,
  Platform,
  Position,
  QuestionKind,
  SessionState,
} from '../domain/types.js';
import type { ConversationRef, MessageHandle } from '../platform/types.js';

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
  /** When `/interview forget` deleted this session's answers and report (its scores stay). */
  forgottenAt: number | null;
}

/** What the question was when it was asked, so reports never depend on later bank edits. */
export interface TurnMeta {
  exampleAnswer?: string | undefined;
  keyPoints?: string[] | undefined;
  /** The bank's follow-up question for each key point, aligned with `keyPoints`, when it has them. */
  followUps?: string[] | undefined;
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
  /** The next seq when the caller holds the session's turns already (saves a query); read otherwise. */
  seq?: number | undefined;
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

/** A sessions row as a record. */
export function toSession(row: Record<string, unknown>): SessionRecord {
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
    forgottenAt: numOrNull(row.forgotten_at),
  };
}

/** A turns row as a record. */
export function toTurn(row: Record<string, unknown>): TurnRecord {
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
