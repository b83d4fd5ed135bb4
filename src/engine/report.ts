// Pure assembly of the end-of-interview report from stored turns and evaluations. Rendering lives in
// report-short.ts (what a member receives) and report-full.ts (each question in full, on request).
import type { Evaluation, Language, Position, QuestionKind, StarAnalysis } from '../domain/types.js';
import { excerpt } from '../domain/excerpt.js';
import type { SessionRecord, TurnRecord } from '../stores/sessions-store.js';
import type { ReportBaseline } from './report-update.js';

/** How much of the member's own answer the full report shows beside the model answer. */
export const ANSWER_EXCERPT_CHARS = 400;

export interface ReportItem {
  turnId: number;
  number: number;
  kind: QuestionKind;
  question: string;
  /** The technical topic's slug (named through the catalogue when shown). */
  topic?: string | undefined;
  /** The behavioural competency's slug (reports stored before 2026-12 hold its display name). */
  competency?: string | undefined;
  cvQuote?: string | undefined;
  status: 'answered' | 'skipped' | 'unanswered';
  score: number | null;
  evaluator: string | null;
  degraded: boolean;
  covered: string[];
  partial: string[];
  missing: string[];
  wrong: { claim: string; why: string }[];
  feedback: string;
  /** The member's own answer, cut at a word or sentence boundary. */
  answer?: string | undefined;
  modelAnswer?: string | undefined;
  star?: StarAnalysis | undefined;
  followUp?: { question: string; answered: boolean } | undefined;
}

export interface ReportData {
  /** The session the report belongs to (absent in reports stored before 2026-12). */
  sessionId?: number | undefined;
  position: Position;
  language: Language;
  overallScore: number;
  answered: number;
  skipped: number;
  total: number;
  endedEarly: boolean;
  items: ReportItem[];
  evaluators: string[];
  /**
   * The report as the member was last told about it, kept while later evaluations rebuild it quietly
   * (see report-update.ts); absent once the member has been told.
   */
  baseline?: ReportBaseline | undefined;
}

/** Build the report. Skipped questions count as 0; questions never reached (ended early) do not count. */
export function buildReport(session: SessionRecord, turns: TurnRecord[]): ReportData {
  const main = turns.filter((turn) => turn.parentTurnId === null);
  const items = main.map((turn, index): ReportItem => {
    const evaluation: Evaluation | null = turn.evaluation;
    const followUp = turns.find((other) => other.parentTurnId === turn.id);
    const byStatus = (status: string) =>
      (evaluation?.keyPoints ?? []).filter((kp) => kp.status === status).map((kp) => kp.point);
    const status = turn.status === 'asked' ? 'unanswered' : turn.status;
    const score = status === 'skipped' ? 0 : (turn.score ?? null);
    return {
      turnId: turn.id,
      number: index + 1,
      kind: turn.kind,
      question: turn.question,
      topic: turn.kind === 'technical' ? (turn.topic ?? undefined) : undefined,
      competency: turn.meta.competency || undefined,
      cvQuote: turn.meta.cvQuote || undefined,
      status,
      score,
      evaluator: turn.evaluator,
      degraded: turn.degraded,
      covered: byStatus('covered'),
      partial: byStatus('partial'),
      missing: byStatus('missing'),
      wrong: evaluation?.wrongClaims ?? [],
      feedback: evaluation?.feedback ?? '',
      answer: turn.answer ? excerpt(turn.answer, ANSWER_EXCERPT_CHARS) : undefined,
      // Every question asked gets its model answer: the member's words beside it is what they study from.
      modelAnswer:
        status !== 'unanswered'
          ? (evaluation?.modelAnswer ?? turn.meta.exampleAnswer) || undefined
          : undefined,
      star: evaluation?.star,
      followUp: followUp
        ? { question: followUp.question, answered: followUp.status === 'answered' }
        : undefined,
    };
  });
  const counted = items.filter((item) => item.status !== 'unanswered');
  const overall =
    counted.length === 0 ? 0 : counted.reduce((sum, item) => sum + (item.score ?? 0), 0) / counted.length;
  return {
    sessionId: session.id,
    position: session.position,
    language: session.language,
    overallScore: Math.round(overall * 10) / 10,
    answered: items.filter((item) => item.status === 'answered').length,
    skipped: items.filter((item) => item.status === 'skipped').length,
    total: items.length,
    endedEarly: Boolean(session.plan.endedEarly),
    items,
    evaluators: [...new Set(items.map((item) => item.evaluator).filter((e): e is string => Boolean(e)))],
  };
}
