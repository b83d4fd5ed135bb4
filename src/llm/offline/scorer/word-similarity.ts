// How alike two content words are, at three levels: same word, same meaning (WordNet, or a misspelling), related (vectors).
import { type EnglishLexicon, englishLexicon } from '../lexicon/english-lexicon.js';
import { misspelling } from '../text/spelling.js';
import type { ContentWord } from './content-words.js';

/** Similarity of two words at each level; each level includes the ones before it. */
export interface WordMatch {
  exact: number;
  synonym: number;
  related: number;
}

const NONE: WordMatch = { exact: 0, synonym: 0, related: 0 };
/** Credit for a WordNet synonym, a little under a repeated word. */
const SYNONYM_CREDIT = 0.9;
/** Vector cosines below this are topic noise ("loop" and "while" are related, "loop" and "error" not). */
const RELATED_FROM = 0.45;

function sharedTerms(a: ContentWord, b: ContentWord): number {
  let shared = 0;
  for (const term of a.terms) if (b.terms.includes(term)) shared++;
  return shared;
}

/**
 * True when one of the words is not English the lexicon knows and reads as a misspelling of the
 * other ("refrenece", "paremeters"): graders read past spelling, so the scorer does too. Two
 * dictionary words are never taken for each other's misspelling ("sorted" and "sorter").
 */
export function misspelt(a: string, b: string, lexicon: EnglishLexicon = englishLexicon()): boolean {
  return (!lexicon.knows(a) && misspelling(a, b)) || (!lexicon.knows(b) && misspelling(b, a));
}

/** Compare two content words. English words use the lexicon; Korean ones their n-grams and glossary stems. */
export function matchWords(a: ContentWord, b: ContentWord): WordMatch {
  const shared = sharedTerms(a, b);
  if (shared > 0) {
    // Two Korean words meet by the share of n-grams they have in common ("확장성" and "확장"); an English
    // stem in common (from the glossary or the word itself) is the same word.
    const exact = a.hangul && b.hangul ? (2 * shared) / (a.terms.length + b.terms.length) : 1;
    if (exact >= 0.5 || !(a.hangul && b.hangul)) return { exact, synonym: exact, related: exact };
  }
  if (a.hangul || b.hangul) return NONE;
  const lexicon = englishLexicon();
  if (lexicon.lemma(a.word) === lexicon.lemma(b.word)) return { exact: 1, synonym: 1, related: 1 };
  const synonym = lexicon.synonyms(a.word, b.word) || misspelt(a.word, b.word, lexicon) ? SYNONYM_CREDIT : 0;
  const cosine = lexicon.vectorCosine(a.word, b.word) ?? 0;
  const related = Math.max(synonym, cosine >= RELATED_FROM ? cosine : 0);
  return { exact: 0, synonym, related };
}
