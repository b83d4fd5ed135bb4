// Pieces both report views say the same way: the overall figure with its meaning, a question's score,
// and who scored the answers (named once, unless several evaluators shared the work).
import type { Language } from '../domain/types.js';
import { t } from '../i18n/index.js';
import { evaluatorName } from '../i18n/names.js';
import { plural } from '../i18n/plural.js';
import type { ReportData, ReportItem } from './report.js';

/** The overall score and what it is an average of: questions asked, skips as 0, unreached ones left out. */
export function overallText(report: ReportData): string {
  const lang = report.language;
  const asked = report.items.filter((item) => item.status !== 'unanswered').length;
  const notReached = report.items.length - asked;
  const parts = [plural(lang, 'report.overall', asked, { score: report.overallScore.toFixed(1) })];
  if (report.skipped > 0) parts.push(plural(lang, 'report.overall_skipped', report.skipped));
  if (notReached > 0) parts.push(plural(lang, 'report.overall_not_reached', notReached));
  return parts.join(' ');
}

/** "7/10", "skipped (0/10)", "evaluation pending" or "not reached", with a fallback score marked. */
export function scoreText(lang: Language, item: ReportItem): string {
  if (item.status === 'unanswered') return t(lang, 'report.not_reached');
  if (item.status === 'skipped') return t(lang, 'report.skipped');
  if (item.score === null) return t(lang, 'report.pending');
  return item.degraded ? `${item.score}/10 ${t(lang, 'report.fallback_mark')}` : `${item.score}/10`;
}

/** True when more than one evaluator scored the report's answers. */
export function mixedEvaluators(report: ReportData): boolean {
  return new Set(report.items.map((item) => item.evaluator).filter(Boolean)).size > 1;
}

/**
 * Who scored the answers, said once: "Scored by the offline evaluator." or, when several evaluators
 * shared the work, each with its questions; plus a note when a stand-in scored some answers.
 */
export function evaluatorFooter(report: ReportData): string | undefined {
  const lang = report.language;
  const byEvaluator = new Map<string, number[]>();
  for (const item of report.items) {
    if (!item.evaluator || item.status !== 'answered') continue;
    byEvaluator.set(item.evaluator, [...(byEvaluator.get(item.evaluator) ?? []), item.number]);
  }
  if (byEvaluator.size === 0) return undefined;
  const lines: string[] = [];
  if (byEvaluator.size === 1) {
    lines.push(t(lang, 'report.scored_by', { evaluator: evaluatorName(lang, [...byEvaluator.keys()][0]!) }));
  } else {
    const list = [...byEvaluator].map(([evaluator, numbers]) =>
      plural(lang, 'report.scored_by_entry', numbers.length, {
        evaluator: evaluatorName(lang, evaluator),
        questions: numbers.join(', '),
      }),
    );
    lines.push(t(lang, 'report.scored_by_mixed', { list: list.join(' · ') }));
  }
  const degraded = report.items.filter((item) => item.status === 'answered' && item.degraded).length;
  if (degraded > 0) lines.push(plural(lang, 'report.fallback_note', degraded));
  return lines.join(' ');
}
