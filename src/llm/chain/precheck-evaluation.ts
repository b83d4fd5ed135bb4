// Answers the pre-check already judges (empty, gibberish, a copy of the question) are scored without a call.
import type { Evaluation } from '../../domain/types.js';
import { t } from '../../i18n/index.js';
import { PRECHECK_SCORES, precheckAnswer } from '../offline/precheck.js';
import type { EvaluationInput } from '../types.js';

/** The evaluator name shown for pre-check scores: no model and no lexical scorer was involved. */
export const PRECHECK_EVALUATOR = 'precheck';

/**
 * The evaluation of an answer the pre-check can score on its own, or undefined when it needs an
 * evaluator. With a follow-up, both answers are checked together.
 */
export function precheckedEvaluation(input: EvaluationInput): Evaluation | undefined {
  const answer = input.followUp ? `${input.answer}\n${input.followUp.answer}` : input.answer;
  const reason = precheckAnswer({
    question: input.question,
    answer,
    language: input.language,
    reference: [input.exampleAnswer ?? '', ...input.keyPoints].join('\n'),
  });
  if (!reason) return undefined;
  return {
    score: PRECHECK_SCORES[reason],
    keyPoints: input.keyPoints.map((point) => ({ point, status: 'missing' })),
    wrongClaims: [],
    feedback: t(input.language, `llm.precheck.${reason}`),
    modelAnswer: input.exampleAnswer,
    precheck: reason,
    evaluator: PRECHECK_EVALUATOR,
    degraded: false,
  };
}
