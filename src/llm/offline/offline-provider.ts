// The offline provider: a lexical evaluator and CV templates that need no API key and answer instantly.
import type { CvQuestionInput, LlmProvider, SummaryInput } from '../types.js';
import { createAnswerAnalyser } from './analyse-answer.js';
import { generateCvQuestions } from './cv/generate-cv-questions.js';
import { evaluateOffline } from './evaluate-answer.js';
import { summarizeSession } from './summarize.js';

/**
 * Create the offline provider. `corpus` is the text of the whole question bank (questions and example
 * answers), from which term weights (IDF) are learnt once. Every operation is pure and deterministic;
 * an aborted signal is honoured before work starts.
 */
export function createOfflineProvider(options: { corpus: string[] }): LlmProvider {
  const analyse = createAnswerAnalyser({ corpus: options.corpus });
  return {
    name: 'offline',
    model: 'lexical-v1',
    async evaluateAnswer(input, opts) {
      opts?.signal?.throwIfAborted();
      return evaluateOffline(input, analyse);
    },
    async generateQuestions(input: CvQuestionInput, opts) {
      opts?.signal?.throwIfAborted();
      return generateCvQuestions(input);
    },
    async summarize(input: SummaryInput, opts) {
      opts?.signal?.throwIfAborted();
      return summarizeSession(input);
    },
  };
}
