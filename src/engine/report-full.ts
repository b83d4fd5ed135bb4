// The full report, shown on request (a button, or `/interview report N full`): every question with the
// member's own answer beside the model answer, the evidence behind the score, and feedback that does
// not repeat the lists above it.
import { WEAK_SCORE } from '../domain/score-bands.js';
import type { Language } from '../domain/types.js';
import { t } from '../i18n/index.js';
import { evaluatorName, positionName, subjectName } from '../i18n/names.js';
import { sentenceSpans } from '../llm/offline/text/sentences.js';
import type { MessageField, OutboundMessage } from '../platform/types.js';
import { evaluatorFooter, mixedEvaluators, overallText, scoreText } from './report-parts.js';
import type { ReportData, ReportItem } from './report.js';

/** The full report: a heading with the overall score, then one message per question asked. */
export function renderFullReport(report: ReportData): OutboundMessage[] {
  const lang = report.language;
  const head: OutboundMessage = {
    tone: 'success',
    title: t(lang, 'report.full_title', { position: positionName(lang, report.position) }),
    text: overallText(report),
    footer: evaluatorFooter(report),
  };
  const perItemEvaluator = mixedEvaluators(report);
  const asked = report.items.filter((item) => item.status !== 'unanswered');
  return [head, ...asked.map((item) => renderItem(lang, item, perItemEvaluator))];
}

/** Lower-cased, punctuation-free text, so "Uses a B-tree." and "uses a b-tree" compare equal. */
function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\p{P}\s]+/gu, ' ')
    .trim();
}

/**
 * `feedback` without the sentences that restate a point already listed (covered, partial, missing,
 * incorrect): evaluators often end with "Missing: a; b; c", which the lists above say already.
 */
export function withoutRestatedPoints(feedback: string, points: readonly string[]): string {
  const listed = points.map(comparable).filter((point) => point.length > 0);
  if (listed.length === 0) return feedback.trim();
  const kept = sentenceSpans(feedback)
    .map((span) => feedback.slice(span.start, span.end))
    .filter((sentence) => {
      const plain = comparable(sentence);
      return !listed.some((point) => plain.includes(point));
    });
  return kept.join(' ').trim();
}

function renderItem(lang: Language, item: ReportItem, namedEvaluator: boolean): OutboundMessage {
  const fields: MessageField[] = [];
  const add = (key: Parameters<typeof t>[1], values: string[]) => {
    if (values.length) fields.push({ name: t(lang, key), value: values.map((v) => `- ${v}`).join('\n') });
  };
  if (item.answer) fields.push({ name: t(lang, 'report.your_answer'), value: item.answer });
  if (item.modelAnswer) fields.push({ name: t(lang, 'report.model_answer'), value: item.modelAnswer });
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
  const feedback = withoutRestatedPoints(item.feedback, [
    ...item.covered,
    ...item.partial,
    ...item.missing,
    ...item.wrong.map((w) => w.claim),
  ]);
  if (feedback) fields.push({ name: t(lang, 'report.feedback'), value: feedback });

  const slug = item.competency ?? item.topic;
  const label = slug ? ` · ${subjectName(lang, slug)}` : '';
  return {
    tone: item.score !== null && item.score < WEAK_SCORE ? 'warning' : 'info',
    title: `${item.number}. ${t(lang, `common.kind.${item.kind}`)}${label} — ${scoreText(lang, item)}`,
    text: item.question,
    // The CV line is shown on its own unless the question already quotes it.
    quote: item.cvQuote && !item.question.includes(item.cvQuote) ? item.cvQuote : undefined,
    fields,
    footer:
      namedEvaluator && item.evaluator
        ? t(lang, 'report.scored_by', { evaluator: evaluatorName(lang, item.evaluator) })
        : undefined,
  };
}
