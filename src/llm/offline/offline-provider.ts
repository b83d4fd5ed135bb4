// The offline provider: a lexical evaluator and CV templates that need no API key and answer instantly.
import { deriveKeyPoints } from '../../bank/derive-key-points.js';
import { OFFLINE_PROVIDER_NAME } from '../../domain/llm-calls.js';
import type { CvQuestionInput, FollowUpsInput, KeyPointsInput, LlmProvider } from '../types.js';
import { type AnswerAnalyser, createAnswerAnalyser } from './analyse-answer.js';
import { generateCvQuestions } from './cv/generate-cv-questions.js';
import { evaluateOffline } from './evaluate-answer.js';
import { followUpQuestionFor } from './follow-up-question.js';

/**
 * Create the offline provider. `corpus` is the text of the whole question bank (questions and example
 * answers), from which term weights (IDF) are learnt once. Every operation is pure and deterministic;
 * an aborted signal is honoured before work starts.
 */
export function createOfflineProvider(
  options: { corpus: readonly string[] } | { analyse: AnswerAnalyser },
): LlmProvider {
  // A core passes the analyser it already built, so the bank's IDF model is learnt once per core.
  const analyse = 'analyse' in options ? options.analyse : createAnswerAnalyser({ corpus: options.corpus });
  return {
    name: OFFLINE_PROVIDER_NAME,
    model: 'lexical-v1',
    async evaluateAnswer(input, opts) {
      opts?.signal?.throwIfAborted();
      return evaluateOffline(input, analyse);
    },
    async generateQuestions(input: CvQuestionInput, opts) {
      opts?.signal?.throwIfAborted();
      return generateCvQuestions(input);
    },
    async deriveKeyPoints(input: KeyPointsInput, opts) {
      opts?.signal?.throwIfAborted();
      return {
        keyPoints: deriveKeyPoints(input.exampleAnswer, input.language),
        derivedBy: OFFLINE_PROVIDER_NAME,
        degraded: false,
      };
    },
    async deriveFollowUps(input: FollowUpsInput, opts) {
      opts?.signal?.throwIfAborted();
      const asked = { ...input, kind: 'technical' as const, position: 'be' as const, answer: '' };
      return {
        followUps: input.keyPoints.map((point) => followUpQuestionFor(asked, point)),
        derivedBy: OFFLINE_PROVIDER_NAME,
        degraded: false,
      };
    },
  };
}
