// The measurable features of a technical answer against its reference, in the order the fitted weights expect.
import type { EvaluationInput } from '../../types.js';
import type { AnswerAnalysis } from '../analyse-answer.js';
import type { IdfModel } from '../idf.js';
import { englishLexicon } from '../lexicon/english-lexicon.js';
import { termSet } from '../text/tokenize.js';
import { coverage } from './alignment.js';
import { type ContentWord, contentWords } from './content-words.js';

/** Feature names, in the order of the vector `answerFeatures` returns and `scorer-weights.json` holds. */
export const FEATURE_NAMES = [
  'reference_covered_exact',
  'reference_covered_synonym',
  'reference_covered_related',
  'answer_on_reference_exact',
  'answer_on_reference_related',
  'vector_centroid_cosine',
  'tfidf_cosine',
  'key_point_coverage',
  'key_point_judged',
  'log_new_words',
  'log_length_ratio',
  'question_word_share',
  'negation_mismatch',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

const NEGATION =
  /\b(not|no|never|none|cannot|can't|won't|doesn't|don't|isn't|aren't|without)\b|않|없|못|아니/giu;

/** The reference an answer is measured against: the example answer and key points. */
function referenceText(input: EvaluationInput): string {
  return [input.exampleAnswer ?? '', ...input.keyPoints].join('\n');
}

function hasNegation(text: string): boolean {
  return (text.match(NEGATION)?.length ?? 0) > 0;
}

function newWordCount(words: readonly ContentWord[]): number {
  return new Set(words.filter((word) => !word.inQuestion).map((word) => word.word)).size;
}

/**
 * Cosine of the IDF-weighted mean word vectors of two texts, question words left out (they say
 * nothing about the answer): the meaning-level closeness that word-by-word matching misses.
 */
function centroidCosine(a: readonly ContentWord[], b: readonly ContentWord[]): number {
  const lexicon = englishLexicon();
  const centroid = (words: readonly ContentWord[]) => {
    const sum = new Float64Array(lexicon.dimensions);
    for (const word of words)
      if (!word.inQuestion && !word.hangul) lexicon.addVector(word.word, sum, word.weight);
    return sum;
  };
  const x = centroid(a);
  const y = centroid(b);
  let dot = 0;
  let nx = 0;
  let ny = 0;
  for (let d = 0; d < x.length; d++) {
    dot += x[d]! * y[d]!;
    nx += x[d]! ** 2;
    ny += y[d]! ** 2;
  }
  return nx === 0 || ny === 0 ? 0 : dot / Math.sqrt(nx * ny);
}

/** Compute the features of one answer; `analysis` supplies the TF-IDF and key-point signals already measured. */
export function answerFeatures(
  input: EvaluationInput,
  analysis: AnswerAnalysis,
  idf: IdfModel,
): Record<FeatureName, number> {
  const questionTerms = termSet([input.question, input.followUp?.question ?? ''].join('\n'));
  const answerText = analysis.sources.join('\n');
  const reference = contentWords(referenceText(input), idf, questionTerms);
  const answer = contentWords(answerText, idf, questionTerms);
  const covered = coverage(reference, answer);
  const precise = coverage(answer, reference);
  const answerNew = newWordCount(answer);
  const referenceNew = newWordCount(reference);
  const questionWords = answer.filter((word) => word.inQuestion).length;
  return {
    reference_covered_exact: covered.exact,
    reference_covered_synonym: covered.synonym,
    reference_covered_related: covered.related,
    answer_on_reference_exact: precise.exact,
    answer_on_reference_related: precise.related,
    vector_centroid_cosine: centroidCosine(answer, reference),
    tfidf_cosine: analysis.similarity,
    key_point_coverage: analysis.coverage,
    key_point_judged:
      analysis.points.length === 0
        ? 0
        : analysis.points.reduce((sum, point) => sum + point.coverage, 0) / analysis.points.length,
    log_new_words: Math.log1p(answerNew),
    log_length_ratio: Math.log((1 + answerNew) / (1 + referenceNew)),
    question_word_share: answer.length === 0 ? 0 : questionWords / answer.length,
    negation_mismatch: hasNegation(answerText) === hasNegation(referenceText(input)) ? 0 : 1,
  };
}
