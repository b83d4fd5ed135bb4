// Deciding whether a rebuilt report is news for the member: only when a language model's evaluation
// replaced one the offline evaluator (or the pre-check, or a fallback) had given, measured against
// the report the member was last told about.
import { isModelEvaluator } from '../i18n/names.js';
import type { ReportData } from './report.js';

/** Who scored each answer and the overall score, as the member last saw them. */
export interface ReportBaseline {
  overallScore: number;
  /** Per turn id: was the answer scored by a language model, in full (not as a fallback)? */
  byModel: Record<string, boolean>;
}

const byModel = (evaluator: string | null, degraded: boolean) =>
  evaluator !== null && isModelEvaluator(evaluator) && !degraded;

/** The baseline of a report as sent. */
export function baselineOf(report: ReportData): ReportBaseline {
  return {
    overallScore: report.overallScore,
    byModel: Object.fromEntries(
      report.items.map((item) => [String(item.turnId), byModel(item.evaluator, item.degraded)]),
    ),
  };
}

/** How many answers a model scored since `baseline` that it had not scored then. */
export function modelReplacements(baseline: ReportBaseline, report: ReportData): number {
  return report.items.filter(
    (item) =>
      item.status === 'answered' &&
      byModel(item.evaluator, item.degraded) &&
      baseline.byModel[String(item.turnId)] === false,
  ).length;
}
