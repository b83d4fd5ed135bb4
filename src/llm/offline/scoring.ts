// The raw 0–1 signal for stories and CV answers, before calibration (technical answers: scorer/technical-score.ts).
import type { StarAnalysis } from '../../domain/types.js';
import type { AnswerAnalysis } from './analyse-answer.js';
import type { Specificity } from './specificity.js';
import { STAR_PARTS } from './star.js';

/** Cosine at which an answer is as close to the example as paraphrases get (full similarity credit). */
export const SIMILARITY_FULL = 0.5;

function similarityCredit(analysis: AnswerAnalysis): number {
  return Math.min(1, analysis.similarity / SIMILARITY_FULL);
}

/** Length credit for a story: full from 70 words, none below 10, a little less past 450 (rambling). */
function storyLength(words: number): number {
  if (words > 450) return 0.8;
  return Math.min(1, Math.max(0, (words - 10) / 60));
}

/**
 * Behavioural: STAR structure matters most (45 %), then concreteness (20 %), the competency shown
 * (coverage of what a good answer shows and closeness to the rubric, 20 %) and length (15 %). The
 * competency share is modest because its points are abstract ("listens to the other view") and a
 * good story rarely shares their words.
 */
export function behaviouralRaw(
  analysis: AnswerAnalysis,
  star: StarAnalysis,
  specificity: Specificity,
): number {
  const starShare = STAR_PARTS.filter((part) => star[part]).length / STAR_PARTS.length;
  // Full competency credit at half the signal: a story shares few words with an abstract rubric.
  const competency = Math.min(1, (0.6 * analysis.coverage + 0.4 * similarityCredit(analysis)) / 0.5);
  // A behavioural answer is the speaker's own story, told in the past. Text with neither a first person
  // ("I", "we", 저는, 저희…) nor past narration (Korean often drops the pronoun: "…바꿨고 …했습니다") is an
  // explanation, not an experience, however many STAR-like words it has.
  const story =
    specificity.firstPersonSingular + specificity.firstPersonPlural > 0 || specificity.pastNarration >= 2
      ? 1
      : 0.4;
  return (
    story *
    (0.45 * starShare + 0.2 * specificity.score + 0.2 * competency + 0.15 * storyLength(specificity.words))
  );
}

/**
 * Personal (CV) questions have no example answer: relevance to the question and its CV line (35 %),
 * the three criteria (35 %) and concreteness (30 %), with length as for technical answers.
 */
export function personalRaw(analysis: AnswerAnalysis, specificity: Specificity): number {
  const raw = 0.35 * similarityCredit(analysis) + 0.35 * analysis.coverage + 0.3 * specificity.score;
  return raw * Math.min(1, 0.5 + specificity.words / 80);
}
