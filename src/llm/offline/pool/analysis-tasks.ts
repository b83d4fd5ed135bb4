// The offline evaluator's work as pure tasks: run inside each pool worker, and inline when there is no pool,
// so both paths run the very same code (the offline provider's evaluateAnswer and the follow-up decision).
import type { Evaluation } from '../../../domain/types.js';
import type { EvaluationInput } from '../../types.js';
import { type AnswerAnalyser, type AnswerAnalysis, createAnswerAnalyser } from '../analyse-answer.js';
import { chooseFollowUp } from '../follow-up.js';
import { createOfflineProvider } from '../offline-provider.js';
import type { AnalysisTask, QuickJudgement } from './quick-judgement.js';

/** Runs tasks against one bank's IDF model, learnt once. */
export interface AnalysisTasks {
  readonly analyser: AnswerAnalyser;
  run(task: AnalysisTask): Promise<Evaluation | QuickJudgement>;
}

/**
 * An analyser that remembers the analysis of the last input object it saw: the score and the
 * follow-up decision judge the same answer, so the analysis (the costly part) is made once for both.
 */
function rememberingLast(analyser: AnswerAnalyser): AnswerAnalyser {
  let lastInput: EvaluationInput | undefined;
  let lastAnalysis: AnswerAnalysis | undefined;
  const analyse = (input: EvaluationInput): AnswerAnalysis => {
    if (input !== lastInput || !lastAnalysis) {
      lastAnalysis = analyser(input);
      lastInput = input;
    }
    return lastAnalysis;
  };
  return Object.assign(analyse, { idf: analyser.idf });
}

/** Learn the IDF model of `corpus` and answer tasks with it. */
export function createAnalysisTasks(corpus: readonly string[]): AnalysisTasks {
  const analyser = createAnswerAnalyser({ corpus });
  const provider = createOfflineProvider({ analyse: analyser });
  return {
    analyser,
    async run(task) {
      if (task.op === 'evaluate') return provider.evaluateAnswer(task.input);
      const analyse = rememberingLast(analyser);
      const evaluation = await createOfflineProvider({ analyse }).evaluateAnswer(task.input);
      const followUp =
        task.followUp && !evaluation.precheck ? chooseFollowUp(task.input, analyse) : undefined;
      return { evaluation, followUp };
    },
  };
}
