// The instant decision whether the interviewer asks one follow-up, and what about.
import { t } from '../../i18n/index.js';
import type { EvaluationInput } from '../types.js';
import { type AnswerAnalyser, type AnswerAnalysis, createAnswerAnalyser } from './analyse-answer.js';
import { judgeCriteria } from './criteria.js';
import { followUpQuestionFor } from './follow-up-question.js';
import { detectStar } from './star.js';

/** A follow-up worth asking: the point it probes and the question in the session language. */
export interface FollowUp {
  point: string;
  question: string;
}

/** An answer this close to the reference is on topic even when no key point is covered yet. */
const ON_TOPIC_SIMILARITY = 0.15;
/** A missing point must weigh at least this share of the heaviest point to be worth a question. */
const IMPORTANT_SHARE = 0.5;

/** Without a corpus, IDF comes from the question's own texts; a provider passes its bank-wide analyser. */
function ownTextsAnalyser(input: EvaluationInput): AnswerAnalyser {
  return createAnswerAnalyser({ corpus: [input.question, input.exampleAnswer ?? '', ...input.keyPoints] });
}

/** A behavioural key point about how the story ended ("States the outcome and a lesson", "결과와 교훈"); not "결과물" (a deliverable). */
const OUTCOME_POINT = /\b(outcome|results?)\b|결과(?!물)|성과/i;

/**
 * The question's own written follow-up for its outcome point (the last such point), which asks for
 * the result in the terms of that story ("How did the change of course work out…?").
 */
function writtenOutcomeFollowUp(input: EvaluationInput): FollowUp | undefined {
  for (let i = input.keyPoints.length - 1; i >= 0; i--) {
    const point = input.keyPoints[i]!;
    if (!OUTCOME_POINT.test(point)) continue;
    const question = input.followUpQuestions?.[i]?.trim();
    if (question) return { point, question };
  }
  return undefined;
}

/**
 * A story without a result is asked how it ended (in the question's own words when the bank wrote
 * them), one without an action what the member did. STAR parts are detected, not key points: a
 * behavioural key point ("Makes a trade-off explicit") is too abstract to judge missing by words, and
 * asking for what the member already said is worse than not asking.
 */
function behaviouralFollowUp(input: EvaluationInput): FollowUp | undefined {
  const star = detectStar(input.answer);
  if (!star.result) {
    return (
      writtenOutcomeFollowUp(input) ?? {
        point: t(input.language, 'offline.star.result'),
        question: t(input.language, 'offline.followup.star_result'),
      }
    );
  }
  if (!star.action) {
    return {
      point: t(input.language, 'offline.star.action'),
      question: t(input.language, 'offline.followup.star_action'),
    };
  }
  return undefined;
}

/**
 * Decide whether to ask one follow-up. Never for a follow-up answer itself, nor for an answer the
 * pre-check rejects, nor for one that is off topic (a follow-up cannot rescue it). A behavioural story
 * without a result or an action is asked for it; a technical or CV answer that is on topic but misses
 * an important point is asked about the heaviest (highest IDF weight) missing point, in the words of
 * the question's own follow-up for that point (see follow-up-question.ts), never the point's.
 */
export function chooseFollowUp(
  input: EvaluationInput,
  analysisOf: (input: EvaluationInput) => AnswerAnalysis = ownTextsAnalyser(input),
): FollowUp | undefined {
  if (input.followUp) return undefined;
  // A CV question's own criteria are judged by their cues, as in the report, so the interviewer never
  // asks about scale after "k6 load tests, circuit breakers and OpenTelemetry".
  const analysis = judgeCriteria(input, analysisOf(input));
  if (analysis.precheck) return undefined;
  if (input.kind === 'behavioural') return behaviouralFollowUp(input);
  const onTopic =
    analysis.similarity >= ON_TOPIC_SIMILARITY || analysis.points.some((point) => point.status !== 'missing');
  if (!onTopic) return undefined;
  const heaviest = Math.max(0, ...analysis.points.map((point) => point.weight));
  let chosen: (typeof analysis.points)[number] | undefined;
  for (const point of analysis.points) {
    if (point.status !== 'missing' || point.weight < IMPORTANT_SHARE * heaviest) continue;
    if (!chosen || point.weight > chosen.weight) chosen = point;
  }
  if (!chosen) return undefined;
  return { point: chosen.point, question: followUpQuestionFor(input, chosen.point) };
}
