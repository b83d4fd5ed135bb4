// Inverse document frequency learnt from the question bank: rare technical terms weigh more than common ones.
import { termSet } from './text/tokenize.js';

/** Term weights learnt from a corpus. */
export interface IdfModel {
  /** Smoothed IDF; a term never seen in the corpus gets the highest weight. */
  weight(term: string): number;
  readonly documents: number;
}

/**
 * Learn IDF from `corpus` (one text per document) with the usual smoothing,
 * idf = ln((N + 1) / (df + 1)) + 1, so every weight is at least 1 and an empty corpus still works.
 */
export function createIdf(corpus: readonly string[]): IdfModel {
  const df = new Map<string, number>();
  for (const text of corpus) {
    for (const term of termSet(text)) df.set(term, (df.get(term) ?? 0) + 1);
  }
  const n = corpus.length;
  const cache = new Map<string, number>();
  return {
    documents: n,
    weight(term: string): number {
      let value = cache.get(term);
      if (value === undefined) {
        value = Math.log((n + 1) / ((df.get(term) ?? 0) + 1)) + 1;
        cache.set(term, value);
      }
      return value;
    },
  };
}
