// TF-IDF vectors and cosine similarity, with the question's own words discounted.
import type { IdfModel } from './idf.js';

/** How much a term that already appears in the question still counts: repeating it proves little. */
export const QUESTION_TERM_DISCOUNT = 0.25;

/** A weighting of terms: IDF, discounted for the question's words. */
export type TermWeight = (term: string) => number;

/** Weight terms by IDF, discounting those the question itself uses. */
export function createTermWeight(idf: IdfModel, questionTerms: ReadonlySet<string>): TermWeight {
  return (term) => idf.weight(term) * (questionTerms.has(term) ? QUESTION_TERM_DISCOUNT : 1);
}

/** A sparse TF-IDF vector with sublinear term frequency (1 + ln tf). */
export function tfidfVector(counts: ReadonlyMap<string, number>, weight: TermWeight): Map<string, number> {
  const vector = new Map<string, number>();
  for (const [term, tf] of counts) vector.set(term, (1 + Math.log(tf)) * weight(term));
  return vector;
}

/** Cosine similarity of two sparse vectors; 0 when either is empty. */
export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (const [term, value] of a) {
    normA += value * value;
    const other = b.get(term);
    if (other !== undefined) dot += value * other;
  }
  for (const value of b.values()) normB += value * value;
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}
