// The score of a technical answer: the fitted model over its features, capped when it answers another question.
import type { EvaluationInput } from '../../types.js';
import type { AnswerAnalysis } from '../analyse-answer.js';
import type { IdfModel } from '../idf.js';
import { answerFeatures, FEATURE_NAMES, type FeatureName } from './features.js';
import { predictWith, type ScorerWeights } from './linear-model.js';
import weightsFile from './scorer-weights.json' with { type: 'json' };

const COMMITTED = weightsFile as unknown as ScorerWeights;

/**
 * An answer to another question shares almost none of the reference's words. The graded set cannot
 * teach this (its answers all address their question, and a one-line paraphrase of a one-line reference
 * may share no word with it), so it is a rule with two arms, both needing enough text on both sides
 * that an on-topic answer would share words by then:
 * - a long answer (25+ words of its own) covering under 25 % of the reference's weighted words, even as
 *   synonyms, with a TF-IDF cosine under 0.2 (off-topic example answers of the bank sit at medians
 *   of 0.04 and 0.02, own answers above 0.9);
 * - any answer whose words, multiplied by the reference's, reach 300, of which under 10 % (weighted)
 *   are the reference's own and with a cosine under 0.1: a short answer about something else.
 */
const LONG_ANSWER_WORDS = 25;
const LONG_ANSWER_COVERAGE = 0.25;
const LONG_ANSWER_COSINE = 0.2;
const ENOUGH_TEXT = 150;
const ANSWER_ON_REFERENCE = 0.1;
const SHORT_ANSWER_COSINE = 0.1;
/** The most an answer to another question can score. */
export const UNRELATED_CAP = 1;

/** Distinct words of its own in the answer and in the reference, recovered from the length features. */
function ownWords(features: Record<FeatureName, number>): { answer: number; reference: number } {
  const answer = Math.expm1(features.log_new_words);
  return { answer, reference: (1 + answer) / Math.exp(features.log_length_ratio) - 1 };
}

/** True when the answer, by the rule above, addresses a different question. */
export function answersAnotherQuestion(features: Record<FeatureName, number>): boolean {
  const words = ownWords(features);
  const long =
    words.answer >= LONG_ANSWER_WORDS &&
    features.reference_covered_synonym < LONG_ANSWER_COVERAGE &&
    features.tfidf_cosine < LONG_ANSWER_COSINE;
  const elsewhere =
    words.answer * words.reference >= ENOUGH_TEXT &&
    features.answer_on_reference_exact < ANSWER_ON_REFERENCE &&
    features.tfidf_cosine < SHORT_ANSWER_COSINE;
  return long || elsewhere;
}

/** The unrounded 0–10 score of one answer's features, under the committed weights or the given ones. */
export function scoreFeatures(
  features: Record<FeatureName, number>,
  weights: ScorerWeights = COMMITTED,
): number {
  if (weights.features.join(',') !== FEATURE_NAMES.join(','))
    throw new Error(
      `scorer weights list features ${weights.features.join(',')}; the code computes ${FEATURE_NAMES.join(',')}. Run npm run fit:scorer.`,
    );
  const score = predictWith(
    FEATURE_NAMES.map((name) => features[name]),
    weights,
  );
  return answersAnotherQuestion(features) ? Math.min(score, UNRELATED_CAP) : score;
}

/**
 * With the bank's own key points, the score cannot outrun the lists shown under it: 3 plus 7 times
 * the share of points covered (a partly covered one counts half). So an 8 leaves at most about a
 * quarter of the points missing. Graded sets without key points (the dev file) never reach this cap.
 */
export function keyPointCap(points: AnswerAnalysis['points']): number {
  if (points.length === 0) return 10;
  const share = points.reduce(
    (sum, p) => sum + (p.status === 'covered' ? 1 : p.status === 'partial' ? 0.5 : 0),
    0,
  );
  return 3 + (7 * share) / points.length;
}

/** The features and the unrounded score of a technical answer. */
export interface TechnicalJudgement {
  features: Record<FeatureName, number>;
  score: number;
  unrelated: boolean;
}

/** Judge a technical answer with the committed weights. */
export function judgeTechnical(
  input: EvaluationInput,
  analysis: AnswerAnalysis,
  idf: IdfModel,
): TechnicalJudgement {
  const features = answerFeatures(input, analysis, idf);
  const cap = input.keyPoints.length > 0 ? keyPointCap(analysis.points) : 10;
  return {
    features,
    score: Math.min(scoreFeatures(features), cap),
    unrelated: answersAnotherQuestion(features),
  };
}
