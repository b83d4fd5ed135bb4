// The content words of a text as units for alignment: one unit per written word, with its terms and weight.
import type { IdfModel } from '../idf.js';
import { analyse } from '../text/tokenize.js';

/** One written word: the terms the analyser made of it, its surface form and how much it matters. */
export interface ContentWord {
  /** Lower-cased word as written (possessive stripped), for dictionary lookups. */
  word: string;
  /** Stems (English) or n-grams and glossary stems (Korean), as the term analyser produces them. */
  terms: string[];
  hangul: boolean;
  /** IDF of its rarest term, demoted when the question already uses the word. */
  weight: number;
  /** True when the question already contains one of its terms. */
  inQuestion: boolean;
}

/** How much a word the question already uses still counts: repeating the question proves little. */
export const QUESTION_WORD_WEIGHT = 0.2;

/** Split `text` into content words weighted by `idf`, demoting those whose terms `questionTerms` holds. */
export function contentWords(text: string, idf: IdfModel, questionTerms: ReadonlySet<string>): ContentWord[] {
  const byToken = new Map<number, { end: number; terms: string[] }>();
  for (const term of analyse(text)) {
    const entry = byToken.get(term.start) ?? { end: term.end, terms: [] };
    entry.terms.push(term.term);
    byToken.set(term.start, entry);
  }
  const words: ContentWord[] = [];
  for (const [start, { end, terms }] of byToken) {
    const raw = text
      .slice(start, end)
      .toLowerCase()
      .replace(/['’]s$/, '');
    const inQuestion = terms.some((term) => questionTerms.has(term));
    const rarest = Math.max(...terms.map((term) => idf.weight(term)));
    words.push({
      word: raw,
      terms,
      hangul: /\p{Script=Hangul}/u.test(raw),
      weight: rarest * (inQuestion ? QUESTION_WORD_WEIGHT : 1),
      inQuestion,
    });
  }
  return words;
}
