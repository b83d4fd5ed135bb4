// The offline evaluation of one answer: analysis, kind-specific score, evidence, feedback, follow-up.
import type { Evaluation, StarAnalysis } from '../../domain/types.js';
import type { EvaluationInput } from '../types.js';
import type { AnswerAnalyser } from './analyse-answer.js';
import { calibrate } from './calibration.js';
import { composeFeedback } from './feedback.js';
import { chooseFollowUp } from './follow-up.js';
import { PRECHECK_SCORES } from './precheck.js';
import { behaviouralRaw, personalRaw, technicalRaw } from './scoring.js';
import { measureSpecificity, type Specificity } from './specificity.js';
import { detectStar } from './star.js';

/** Below this score the example answer is shown as a model answer. */
export const MODEL_ANSWER_BELOW = 6;

/** The name every offline evaluation carries. */
export const OFFLINE_EVALUATOR = 'offline';

/** Evaluate one answer deterministically with the given analyser (which holds the corpus IDF). */
export function evaluateOffline(input: EvaluationInput, analyse: AnswerAnalyser): Evaluation {
  const analysis = analyse(input);
  const answerText = analysis.sources.join('\n');
  let star: StarAnalysis | undefined;
  let specificity: Specificity | undefined;
  let score: number;
  if (input.kind === 'behavioural') {
    star = detectStar(answerText);
    specificity = measureSpecificity(answerText);
    score = calibrate(behaviouralRaw(analysis, star, specificity));
  } else if (input.kind === 'personal') {
    specificity = measureSpecificity(answerText);
    score = calibrate(personalRaw(analysis, specificity));
  } else {
    score = calibrate(technicalRaw(analysis));
  }
  if (analysis.precheck) score = Math.min(score, PRECHECK_SCORES[analysis.precheck]);

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
    }),
    modelAnswer,
    followUpQuestion: followUp?.question,
    star,
    precheck: analysis.precheck,
    evaluator: OFFLINE_EVALUATOR,
    degraded: false,
  };
}
