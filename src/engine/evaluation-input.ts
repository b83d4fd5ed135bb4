// Turn a stored turn (and its follow-up) into what an evaluator needs.
import type { EvaluationInput } from '../llm/types.js';
import type { QuestionBankStore } from '../stores/question-bank-store.js';
import type { SessionRecord, TurnRecord } from '../stores/sessions-store.js';

/** Build the evaluator's input for `turn`, judged together with its answered follow-up if any. */
export async function evaluationInputFor(
  session: SessionRecord,
  turn: TurnRecord,
  followUp: TurnRecord | undefined,
  bank: QuestionBankStore,
): Promise<EvaluationInput> {
  const rubric =
    turn.kind === 'behavioural' && turn.meta.competency
      ? await bank.rubric(turn.meta.competency, session.language)
      : undefined;
  return {
    kind: turn.kind,
    language: session.language,
    position: session.position,
    question: turn.question,
    answer: turn.answer ?? '',
    exampleAnswer: turn.meta.exampleAnswer,
    keyPoints: turn.meta.keyPoints ?? [],
    followUpQuestions: turn.meta.followUps,
    topic: turn.topic ?? undefined,
    rubric,
    cvQuote: turn.meta.cvQuote,
    followUp:
      followUp && followUp.status === 'answered' && followUp.answer
        ? { question: followUp.question, answer: followUp.answer }
        : undefined,
  };
}
