// The other texts that say what a key point means: its sentence in the example answer and its written follow-up.
import type { IdfModel } from '../idf.js';
import { type ContentWord, contentWords } from '../scorer/content-words.js';
import { sentenceSpans } from '../text/sentences.js';
import { termSet } from '../text/tokenize.js';

/**
 * A key point is a terse summary ("Benefit is measured by the hit ratio"); the example answer says
 * the same in a full sentence, with the words an answer is likelier to use ("the share of reads
 * served from the cache"), and the follow-up asks about it in an interviewer's words. An answer that
 * paraphrases the point meets one of them more often than the point itself.
 */
export interface PointContext {
  /** Content words of the example answer's sentence that best states the point; empty without one. */
  anchor: ContentWord[];
  /** Content words of the point's written follow-up question; empty without one. */
  followUp: ContentWord[];
}

/** One sentence of the example answer, analysed once for all the points of a question. */
export interface ExampleSentence {
  terms: Set<string>;
  words: ContentWord[];
}

/** The example answer's sentences, with their terms and content words. */
export function exampleSentencesOf(
  exampleAnswer: string | undefined,
  idf: IdfModel,
  questionTerms: ReadonlySet<string>,
): ExampleSentence[] {
  if (!exampleAnswer) return [];
  return sentenceSpans(exampleAnswer).map((span) => {
    const text = exampleAnswer.slice(span.start, span.end);
    return { terms: termSet(text), words: contentWords(text, idf, questionTerms) };
  });
}

/**
 * The example sentence that shares most of the point's weighted terms, or undefined when none shares
 * any. Terms, not meanings: the point is a summary of that sentence, so their words meet.
 */
export function anchorSentence(
  pointWords: readonly ContentWord[],
  sentences: readonly ExampleSentence[],
): ExampleSentence | undefined {
  const weights = new Map<string, number>();
  for (const word of pointWords) for (const term of word.terms) weights.set(term, word.weight);
  let anchor: ExampleSentence | undefined;
  let best = 0;
  for (const sentence of sentences) {
    let shared = 0;
    for (const term of sentence.terms) shared += weights.get(term) ?? 0;
    if (shared > best) {
      best = shared;
      anchor = sentence;
    }
  }
  return anchor;
}

/** The context of one point from the question's example sentences and its follow-up for that point. */
export function pointContext(
  pointWords: readonly ContentWord[],
  source: { exampleSentences?: readonly ExampleSentence[] | undefined; followUp?: string | undefined },
  idf: IdfModel,
  questionTerms: ReadonlySet<string>,
): PointContext {
  return {
    anchor: anchorSentence(pointWords, source.exampleSentences ?? [])?.words ?? [],
    followUp: contentWords(source.followUp ?? '', idf, questionTerms),
  };
}
