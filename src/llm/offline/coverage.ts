// Key-point coverage: how much of each point's weighted vocabulary the answer uses, and where.
import type { KeyPointStatus } from '../../domain/types.js';
import { quoteAround, sentenceSpans } from './text/sentences.js';
import { analyse, termSet } from './text/tokenize.js';
import type { TermWeight } from './vectors.js';

/** Coverage at or above which a point counts as covered, and as partly covered. */
export const COVERED_AT = 0.55;
export const PARTIAL_AT = 0.25;

/** One key point judged against the answer. */
export interface PointCoverage {
  point: string;
  /** Sum of the weights of the point's terms: how much the point matters lexically. */
  weight: number;
  /** Weighted share of the point's terms the answer uses, 0–1. */
  coverage: number;
  status: Extract<KeyPointStatus, 'covered' | 'partial' | 'missing'>;
  /** Verbatim quote from the answer where the point is best supported (covered or partial only). */
  evidence?: string | undefined;
}

interface Sentence {
  source: string;
  start: number;
  end: number;
  terms: { term: string; start: number }[];
  termSet: Set<string>;
}

/** Sentences of every answer text (the answer, and a follow-up answer when there is one). */
export function answerSentences(sources: readonly string[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const source of sources) {
    for (const span of sentenceSpans(source)) {
      const terms = analyse(source.slice(span.start, span.end)).map((term) => ({
        term: term.term,
        start: span.start + term.start,
      }));
      sentences.push({ source, ...span, terms, termSet: new Set(terms.map((term) => term.term)) });
    }
  }
  return sentences;
}

function statusOf(coverage: number): PointCoverage['status'] {
  if (coverage >= COVERED_AT) return 'covered';
  if (coverage >= PARTIAL_AT) return 'partial';
  return 'missing';
}

/** Judge each point against the answer sentences, quoting the sentence that supports it best. */
export function coverPoints(
  points: readonly string[],
  sentences: readonly Sentence[],
  weight: TermWeight,
): PointCoverage[] {
  const answerTerms = new Set<string>();
  for (const sentence of sentences) for (const term of sentence.termSet) answerTerms.add(term);
  return points.map((point) => {
    const terms = [...termSet(point)];
    const total = terms.reduce((sum, term) => sum + weight(term), 0);
    if (total === 0) return { point, weight: 0, coverage: 0, status: 'missing' };
    const found = terms.filter((term) => answerTerms.has(term));
    const coverage = found.reduce((sum, term) => sum + weight(term), 0) / total;
    const status = statusOf(coverage);
    if (status === 'missing') return { point, weight: total, coverage, status };
    let best: Sentence | undefined;
    let bestScore = 0;
    for (const sentence of sentences) {
      const score = found.reduce((sum, term) => sum + (sentence.termSet.has(term) ? weight(term) : 0), 0);
      if (score > bestScore) {
        best = sentence;
        bestScore = score;
      }
    }
    if (!best) return { point, weight: total, coverage, status };
    const focus = best.terms.find((term) => found.includes(term.term))?.start ?? best.start;
    return { point, weight: total, coverage, status, evidence: quoteAround(best.source, best, focus) };
  });
}

/** Mean coverage with each point capped at full marks once it reaches `full`. */
export function softCoverage(points: readonly PointCoverage[], full = 0.6): number {
  const counted = points.filter((point) => point.weight > 0);
  if (counted.length === 0) return 0;
  return counted.reduce((sum, point) => sum + Math.min(1, point.coverage / full), 0) / counted.length;
}
