// What the offline worker pool is asked and answers: plain data only, since it crosses a thread boundary.
import type { Evaluation } from '../../../domain/types.js';
import type { EvaluationInput } from '../../types.js';
import type { FollowUp } from '../follow-up.js';

/** The judgement made the moment an answer arrives: the offline score and, when wanted, one follow-up. */
export interface QuickJudgement {
  evaluation: Evaluation;
  /** Only when asked for and the answer passed the pre-check. */
  followUp?: FollowUp | undefined;
}

/** One task for a worker. */
export type AnalysisTask =
  | { op: 'evaluate'; input: EvaluationInput }
  | { op: 'quick'; input: EvaluationInput; followUp: boolean };

/** What a worker is started with: the bank's texts, from which it learns its IDF model once. */
export interface AnalysisWorkerData {
  corpus: readonly string[];
}
