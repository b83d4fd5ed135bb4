// The per-key-point judgement (covered, partial, missing, with a verbatim quote) that reports and follow-ups share.
import type { KeyPointStatus } from '../../../domain/types.js';
import type { IdfModel } from '../idf.js';
import type { MatchCache } from '../scorer/alignment.js';
import { quoteAround } from '../text/sentences.js';
import { termSet } from '../text/tokenize.js';
import weightsFile from './key-point-weights.json' with { type: 'json' };
import { exampleSentencesOf } from './point-context.js';
import {
  type AnswerSentence,
  answerSentencesOf,
  POINT_FEATURE_NAMES,
  pointFeatures,
} from './point-features.js';

/** One key point judged against the answer. */
export interface PointJudgement {
  point: string;
  /** Sum of the IDF weights of the point's words: how much the point matters lexically. */
  weight: number;
  /** Estimated probability (0–1) that the answer states the point. */
  coverage: number;
  status: Extract<KeyPointStatus, 'covered' | 'partial' | 'missing'>;
  /** Verbatim quote from the answer where the point is best supported (covered or partial only). */
  evidence?: string | undefined;
}

/** The committed detector, as `npm run fit:key-points` writes it. */
export interface KeyPointWeights {
  features: string[];
  mean: number[];
  std: number[];
  coefficients: number[];
  intercept: number;
  /** Probability from which a point counts as covered, and as partly covered. */
  coveredAt: number;
  partialAt: number;
}

const WEIGHTS = weightsFile as unknown as KeyPointWeights;

/** Probability that a point is covered, from its features. */
export function coveredProbability(values: readonly number[], weights: KeyPointWeights): number {
  let z = weights.intercept;
  values.forEach((value, i) => {
    z += (weights.coefficients[i]! * (value - weights.mean[i]!)) / weights.std[i]!;
  });
  return 1 / (1 + Math.exp(-z));
}

/** What a judgement needs: the question (its words prove nothing), the answer texts and the points. */
export interface KeyPointQuestion {
  question: string;
  /** The answer, and the follow-up answer when there is one. */
  sources: readonly string[];
  keyPoints: readonly string[];
  /** Extra question text whose words are discounted too (a follow-up question). */
  followUpQuestion?: string | undefined;
  /** The example answer, whose sentence for each point says it in fuller words. */
  exampleAnswer?: string | undefined;
  /** The written follow-up for each point, aligned with `keyPoints`. */
  pointFollowUps?: readonly string[] | undefined;
}

function evidenceOf(sentence: AnswerSentence): string {
  return quoteAround(sentence.source, sentence, sentence.start);
}

/**
 * Judge every key point of a question against an answer: the one function behind the report's
 * covered and missing lists and the follow-up decision. Pure and deterministic given the IDF.
 */
export function judgeKeyPoints(
  input: KeyPointQuestion,
  idf: IdfModel,
  weights: KeyPointWeights = WEIGHTS,
): PointJudgement[] {
  const questionTerms = termSet([input.question, input.followUpQuestion ?? ''].join('\n'));
  const sentences = answerSentencesOf(
    input.sources.filter((text) => text.trim() !== ''),
    idf,
    questionTerms,
  );
  const cache: MatchCache = new Map();
  const exampleSentences = exampleSentencesOf(input.exampleAnswer, idf, questionTerms);
  return input.keyPoints.map((point, index) => {
    const others = input.keyPoints.filter((_, i) => i !== index);
    const { features, weight, best, distinctiveSaid } = pointFeatures(
      point,
      others,
      sentences,
      idf,
      questionTerms,
      { exampleSentences, followUp: input.pointFollowUps?.[index] },
      cache,
    );
    if (weight === 0) return { point, weight, coverage: 0, status: 'missing' };
    const coverage = coveredProbability(
      POINT_FEATURE_NAMES.map((name) => features[name]),
      weights,
    );
    // Credit needs evidence in words: some word that only this point has (not the question's, not
    // another point's) must be said, as is or as a synonym; words it shares prove the other point.
    const status: PointJudgement['status'] = !distinctiveSaid
      ? 'missing'
      : coverage >= weights.coveredAt
        ? 'covered'
        : coverage >= weights.partialAt
          ? 'partial'
          : 'missing';
    if (status === 'missing' || !best) return { point, weight, coverage, status: 'missing' };
    return { point, weight, coverage, status, evidence: evidenceOf(best) };
  });
}
