// The lexical analysis of one answer that every offline judgement (score, evidence, follow-up) starts from.
import type { EvaluationInput } from '../types.js';
import { answerSentences, coverPoints, softCoverage } from './coverage.js';
import { createIdf, type IdfModel } from './idf.js';
import { judgeKeyPoints, type PointJudgement } from './key-points/judge-points.js';
import { type Precheck, precheckAnswer } from './precheck.js';
import { sentenceSpans } from './text/sentences.js';
import { termCounts, termSet } from './text/tokenize.js';
import { cosine, createTermWeight, tfidfVector } from './vectors.js';

/** What the offline evaluator learnt about an answer before turning it into a score. */
export interface AnswerAnalysis {
  precheck?: Precheck | undefined;
  /** TF-IDF cosine between the answer and the reference (example answer, key points, rubric). */
  similarity: number;
  /** Each point judged by meaning (the covered and missing lists): see key-points/judge-points.ts. */
  points: PointJudgement[];
  /** Mean capped share of the points' weighted terms the answer uses, 0–1 (a lexical scoring signal). */
  coverage: number;
  /** Distinct terms of the answer that the question does not already contain. */
  newTerms: number;
  /** Distinct terms of the reference, for judging length against it. */
  referenceTerms: number;
  /** The answer texts (answer, then follow-up answer) that quotes are taken from. */
  sources: string[];
}

/** Analyses answers with IDF learnt from one corpus, which it exposes for the features built on top. */
export interface AnswerAnalyser {
  (input: EvaluationInput): AnswerAnalysis;
  readonly idf: IdfModel;
}

/** When no key points are given, the example answer's first sentences stand in for them. */
const MAX_DERIVED_POINTS = 5;

function referenceOf(input: EvaluationInput): string {
  const parts = [input.exampleAnswer ?? '', ...input.keyPoints];
  if (input.kind === 'behavioural' && input.rubric) parts.push(input.rubric.solid, input.rubric.strong);
  if (input.kind === 'personal') parts.push(input.question, input.cvQuote ?? '');
  return parts.join('\n');
}

function pointsOf(input: EvaluationInput): string[] {
  if (input.keyPoints.length > 0 || !input.exampleAnswer) return input.keyPoints;
  const example = input.exampleAnswer;
  return sentenceSpans(example)
    .slice(0, MAX_DERIVED_POINTS)
    .map((span) => example.slice(span.start, span.end));
}

/**
 * Words of the question are discounted, since repeating them proves nothing. For a CV question the
 * quoted CV line is exempt: naming one's own project is part of a relevant answer.
 */
function discountedTerms(input: EvaluationInput): Set<string> {
  const terms = termSet([input.question, input.followUp?.question ?? ''].join('\n'));
  if (input.kind === 'personal' && input.cvQuote)
    for (const term of termSet(input.cvQuote)) terms.delete(term);
  return terms;
}

/** Build an analyser from an IDF model (or a corpus to learn one from). */
export function createAnswerAnalyser(source: IdfModel | { corpus: readonly string[] }): AnswerAnalyser {
  const idf = 'corpus' in source ? createIdf(source.corpus) : source;
  const analyse = (input: EvaluationInput): AnswerAnalysis => {
    const sources = [input.answer, ...(input.followUp ? [input.followUp.answer] : [])].filter(
      (text) => text.trim() !== '',
    );
    const combined = sources.join('\n');
    const precheck = precheckAnswer({
      question: [input.question, input.followUp?.question ?? ''].join('\n'),
      answer: combined,
      language: input.language,
      reference: [input.exampleAnswer ?? '', ...input.keyPoints].join('\n'),
    });
    const discount = discountedTerms(input);
    const weight = createTermWeight(idf, discount);
    const answerCounts = termCounts(combined);
    const reference = referenceOf(input);
    const similarity = cosine(tfidfVector(answerCounts, weight), tfidfVector(termCounts(reference), weight));
    const pointTexts = pointsOf(input);
    const lexical = coverPoints(pointTexts, answerSentences(sources), weight);
    const points = judgeKeyPoints(
      {
        question: input.question,
        followUpQuestion: input.followUp?.question,
        sources,
        keyPoints: pointTexts,
        exampleAnswer: input.exampleAnswer,
        // Follow-ups are aligned with the question's own key points, not with points derived from the example.
        pointFollowUps: input.keyPoints.length > 0 ? input.followUpQuestions : undefined,
      },
      idf,
    );
    return {
      precheck,
      similarity,
      points,
      coverage: softCoverage(lexical),
      newTerms: [...answerCounts.keys()].filter((term) => !discount.has(term)).length,
      referenceTerms: termSet(reference).size,
      sources,
    };
  };
  return Object.assign(analyse, { idf });
}
