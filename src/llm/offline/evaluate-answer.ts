// The offline evaluation of one answer: analysis, kind-specific score, evidence, feedback, follow-up.
import type { Evaluation, StarAnalysis } from '../../domain/types.js';
import type { EvaluationInput } from '../types.js';
import type { AnswerAnalyser, AnswerAnalysis } from './analyse-answer.js';
import { judgeCriteria } from './criteria.js';
import { calibrate } from './calibration.js';
import { composeFeedback } from './feedback.js';
import { chooseFollowUp } from './follow-up.js';
import { cappedScore } from './precheck.js';
import { judgeTechnical } from './scorer/technical-score.js';
import { behaviouralRaw, personalRaw } from './scoring.js';
import { measureSpecificity, type Specificity } from './specificity.js';
import { detectStar } from './star.js';

/** Below this score the example answer is shown as a model answer. */
export const MODEL_ANSWER_BELOW = 6;

/** The name every offline evaluation carries. */
export const OFFLINE_EVALUATOR = 'offline';

/** An answer to another question covers none of this one's points, whatever words they share. */
function withoutCredit(analysis: AnswerAnalysis): AnswerAnalysis {
  return {
    ...analysis,
    points: analysis.points.map((point) => ({
      point: point.point,
      weight: point.weight,
      coverage: 0,
      status: 'missing',
    })),
  };
}

/** Evaluate one answer deterministically with the given analyser (which holds the corpus IDF). */
export function evaluateOffline(input: EvaluationInput, analyse: AnswerAnalyser): Evaluation {
  const measured = judgeCriteria(input, analyse(input));
  const answerText = measured.sources.join('\n');
  let star: StarAnalysis | undefined;
  let specificity: Specificity | undefined;
  let score: number;
  let unrelated = false;
  if (input.kind === 'behavioural') {
    star = detectStar(answerText);
    specificity = measureSpecificity(answerText);
    score = calibrate(behaviouralRaw(measured, star, specificity));
  } else if (input.kind === 'personal') {
    specificity = measureSpecificity(answerText);
    score = calibrate(personalRaw(measured, specificity));
  } else {
    const judgement = judgeTechnical(input, measured, analyse.idf);
    score = judgement.score;
    unrelated = judgement.unrelated;
  }
  score = cappedScore(score, measured.precheck);
  const analysis = unrelated ? withoutCredit(measured) : measured;

  const modelAnswer = score < MODEL_ANSWER_BELOW && input.exampleAnswer ? input.exampleAnswer : undefined;
  const followUp = chooseFollowUp(input, () => analysis);
  return {
    score,
    keyPoints: analysis.points.map((point) =>
      point.evidence === undefined
        ? { point: point.point, status: point.status }
        : { point: point.point, status: point.status, evidence: point.evidence },
    ),
    wrongClaims: [],
    feedback: composeFeedback({
      language: input.language,
      kind: input.kind,
      score,
      analysis,
      star,
      specificity,
      cvQuote: input.cvQuote,
      hasModelAnswer: modelAnswer !== undefined,
      unrelated,
    }),
    modelAnswer,
    followUpQuestion: followUp?.question,
    star,
    precheck: analysis.precheck,
    evaluator: OFFLINE_EVALUATOR,
    degraded: false,
  };
}
