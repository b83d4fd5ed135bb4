// Where a 0–10 score counts as strong, fair or weak: one definition for the report's words, the
// report card's colours and the admin charts, so the text and the picture never disagree.

/** Scores below this are "weak": the report offers the model answer and lists the topic to study. */
export const WEAK_SCORE = 6;

/** Scores at or above this are "strong". */
export const STRONG_SCORE = 8;

export type ScoreBand = 'strong' | 'fair' | 'weak';

/** The band a score falls in. */
export function scoreBand(score: number): ScoreBand {
  if (score >= STRONG_SCORE) return 'strong';
  return score >= WEAK_SCORE ? 'fair' : 'weak';
}
