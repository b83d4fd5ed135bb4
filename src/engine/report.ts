// Pure assembly of the end-of-interview report from stored turns and evaluations, and its rendering.
import type {
  Evaluation,
  Language,
  Position,
  QuestionKind,
  SessionSummary,
  StarAnalysis,
} from '../domain/types.js';
import { WEAK_SCORE } from '../domain/score-bands.js';
import { t } from '../i18n/index.js';
import type { MessageField, OutboundMessage } from '../platform/types.js';
import type { SessionRecord, TurnRecord } from '../stores/sessions-store.js';
import { positionName } from '../i18n/names.js';

export interface ReportItem {
  turnId: number;
  number: number;
  kind: QuestionKind;
  question: string;
  topic?: string | undefined;
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
  modelAnswer?: string | undefined;
  star?: StarAnalysis | undefined;
  followUp?: { question: string; answered: boolean } | undefined;
}

export interface ReportData {
  position: Position;
  language: Language;
  overallScore: number;
  answered: number;
  skipped: number;
  total: number;
  endedEarly: boolean;
  items: ReportItem[];
  summary: SessionSummary;
  evaluators: string[];
}

/** Build the report. Skipped questions count as 0; questions never reached (ended early) do not count. */
export function buildReport(
  session: SessionRecord,
  turns: TurnRecord[],
  summary: SessionSummary,
  competencyNames: ReadonlyMap<string, string>,
): ReportData {
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
      topic: turn.topic ?? undefined,
      competency: turn.meta.competency
        ? (competencyNames.get(turn.meta.competency) ?? turn.meta.competency)
        : undefined,
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
      modelAnswer:
        status !== 'unanswered' && (score ?? 0) < WEAK_SCORE
          ? (evaluation?.modelAnswer ?? turn.meta.exampleAnswer)
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
    position: session.position,
    language: session.language,
    overallScore: Math.round(overall * 10) / 10,
    answered: items.filter((item) => item.status === 'answered').length,
    skipped: items.filter((item) => item.status === 'skipped').length,
    total: items.length,
    endedEarly: Boolean(session.plan.endedEarly),
    items,
    summary,
    evaluators: [...new Set(items.map((item) => item.evaluator).filter((e): e is string => Boolean(e)))],
  };
}

/** Render the report: a summary message, then one message per question. */
export function renderReport(report: ReportData): OutboundMessage[] {
  const lang = report.language;
  const head: OutboundMessage = {
    tone: 'success',
    title: t(lang, 'report.title', { position: positionName(lang, report.position) }),
    text: [
      t(lang, 'report.overall', {
        score: report.overallScore.toFixed(1),
        answered: report.answered,
        total: report.total,
      }),
      report.summary.overall,
    ].join('\n\n'),
    fields: [
      ...(report.summary.strengths.length
        ? [{ name: t(lang, 'report.strengths'), value: bullets(report.summary.strengths) }]
        : []),
      ...(report.summary.improvements.length
        ? [{ name: t(lang, 'report.improvements'), value: bullets(report.summary.improvements) }]
        : []),
    ],
    footer: t(lang, 'report.evaluators', { evaluators: report.evaluators.join(', ') || '—' }),
  };
  return [head, ...report.items.map((item) => renderItem(lang, item))];
}

function renderItem(lang: Language, item: ReportItem): OutboundMessage {
  const fields: MessageField[] = [];
  const add = (key: Parameters<typeof t>[1], values: string[]) => {
    if (values.length) fields.push({ name: t(lang, key), value: bullets(values) });
  };
  add('report.covered', item.covered);
  add('report.partial', item.partial);
  add('report.missing', item.missing);
  add(
    'report.wrong',
    item.wrong.map((w) => `${w.claim} — ${w.why}`),
  );
  if (item.star) {
    const mark = (on: boolean) => (on ? '✓' : '✗');
    fields.push({
      name: t(lang, 'report.star'),
      value: t(lang, 'report.star_value', {
        s: mark(item.star.situation),
        t: mark(item.star.task),
        a: mark(item.star.action),
        r: mark(item.star.result),
      }),
    });
  }
  if (item.followUp) {
    fields.push({
      name: t(lang, 'report.follow_up'),
      value: `${item.followUp.question}${item.followUp.answered ? '' : ` (${t(lang, 'report.not_answered')})`}`,
    });
  }
  if (item.feedback) fields.push({ name: t(lang, 'report.feedback'), value: item.feedback });
  if (item.modelAnswer) fields.push({ name: t(lang, 'report.model_answer'), value: item.modelAnswer });

  const scoreText =
    item.status === 'unanswered'
      ? t(lang, 'report.not_reached')
      : item.status === 'skipped'
        ? t(lang, 'report.skipped')
        : item.score === null
          ? t(lang, 'report.pending')
          : `${item.score}/10`;
  const label = item.competency ?? item.topic;
  const evaluator = item.evaluator
    ? t(lang, item.degraded ? 'report.scored_by_fallback' : 'report.scored_by', { evaluator: item.evaluator })
    : undefined;
  const weak = item.score !== null && item.score < WEAK_SCORE;
  return {
    tone: weak ? 'warning' : 'info',
    title: `${item.number}. ${t(lang, `common.kind.${item.kind}`)}${label ? ` · ${label}` : ''} — ${scoreText}`,
    text: item.question,
    quote: item.cvQuote,
    fields,
    footer: evaluator,
    buttons:
      item.status !== 'unanswered' && !item.modelAnswer && item.kind !== 'personal'
        ? [
            {
              action: 'model-answer',
              label: t(lang, 'common.button.model_answer'),
              value: String(item.turnId),
            },
          ]
        : undefined,
  };
}

function bullets(values: string[]): string {
  return values.map((value) => `- ${value}`).join('\n');
}
