// What is measured about one key point against an answer: meaning-level coverage overall and in its best sentence.
import type { IdfModel } from '../idf.js';
import { bestMatches, type MatchCache } from '../scorer/alignment.js';
import { type ContentWord, contentWords } from '../scorer/content-words.js';
import type { WordMatch } from '../scorer/word-similarity.js';
import { sentenceSpans } from '../text/sentences.js';
import { termSet } from '../text/tokenize.js';
import { anchorSentence, type ExampleSentence, pointContext } from './point-context.js';

/** Names of the point features, in the order `key-point-weights.json` holds their coefficients. */
export const POINT_FEATURE_NAMES = [
  'covered_synonym',
  'best_sentence_related',
  'distinctive_covered',
  'negation_mismatch',
  'anchor_best_sentence',
  'anchor_covered',
  'follow_up_best_sentence',
] as const;
export type PointFeatureName = (typeof POINT_FEATURE_NAMES)[number];

/** One sentence of the answer, its content words and where it sits in its source text. */
export interface AnswerSentence {
  source: string;
  start: number;
  end: number;
  words: ContentWord[];
  negated: boolean;
}

/** Words shared with the other key points of the question count this much: they do not tell points apart. */
const SHARED_WORD_WEIGHT = 0.3;
const NEGATION =
  /\b(not|no|never|none|cannot|can't|won't|doesn't|don't|isn't|aren't|without|nothing)\b|않|없|못|아니|안 /iu;

/** Split the answer texts into sentences of content words, once per answer. */
export function answerSentencesOf(
  sources: readonly string[],
  idf: IdfModel,
  questionTerms: ReadonlySet<string>,
): AnswerSentence[] {
  const sentences: AnswerSentence[] = [];
  for (const source of sources)
    for (const span of sentenceSpans(source)) {
      const text = source.slice(span.start, span.end);
      sentences.push({
        source,
        ...span,
        words: contentWords(text, idf, questionTerms),
        negated: NEGATION.test(text),
      });
    }
  return sentences;
}

/**
 * Vector cosines only count above RELATED_FLOOR, rescaled so a weak relation gives little: without it
 * every answer on the topic "relates" to every point of the question.
 */
const RELATED_FLOOR = 0.55;
function soften(match: WordMatch): number {
  if (match.synonym >= match.related) return match.synonym;
  return Math.max(match.synonym, (match.related - RELATED_FLOOR) / (1 - RELATED_FLOOR));
}

function weightedShare(
  words: readonly ContentWord[],
  values: readonly number[],
  weights?: readonly number[],
): number {
  let total = 0;
  let sum = 0;
  words.forEach((word, i) => {
    const w = word.weight * (weights?.[i] ?? 1);
    total += w;
    sum += w * values[i]!;
  });
  return total === 0 ? 0 : sum / total;
}

/** What the answer says of a text's words: its best single sentence (related level) and each word's best match anywhere. */
interface TextEvidence {
  bestSentence: number;
  overall: WordMatch[];
}

/** One pass of `words` against each answer sentence (word pairs are compared once per sentence). */
function textEvidence(
  words: readonly ContentWord[],
  sentences: readonly AnswerSentence[],
  cache: MatchCache,
): TextEvidence {
  const overall: WordMatch[] = words.map(() => ({ exact: 0, synonym: 0, related: 0 }));
  let bestSentence = 0;
  for (const sentence of sentences) {
    const matches = bestMatches(words, sentence.words, cache);
    bestSentence = Math.max(
      bestSentence,
      weightedShare(
        words,
        matches.map((m) => m.related),
      ),
    );
    matches.forEach((m, i) => {
      const best = overall[i]!;
      best.exact = Math.max(best.exact, m.exact);
      best.synonym = Math.max(best.synonym, m.synonym);
      best.related = Math.max(best.related, m.related);
    });
  }
  return { bestSentence, overall };
}

/**
 * The point's content words, their weight, and what the answer's sentences say of it; `source` gives
 * the example answer and the point's written follow-up, which say the point in other words.
 */
export function pointFeatures(
  point: string,
  otherPoints: readonly string[],
  sentences: readonly AnswerSentence[],
  idf: IdfModel,
  questionTerms: ReadonlySet<string>,
  source: { exampleSentences?: readonly ExampleSentence[] | undefined; followUp?: string | undefined } = {},
  /** Word-pair comparisons shared by all the points of one answer: their texts share many words. */
  cache: MatchCache = new Map(),
): {
  features: Record<PointFeatureName, number>;
  weight: number;
  best: AnswerSentence | undefined;
  /** Some word of the point's own (not the question's, not another point's) is said, as is or as a synonym. */
  distinctiveSaid: boolean;
} {
  const words = contentWords(point, idf, questionTerms);
  const weight = words.reduce((sum, word) => sum + word.weight, 0);
  // Best match of each point word within each sentence; the answer's best is the best over sentences.
  const perSentence = sentences.map((sentence) => bestMatches(words, sentence.words, cache));
  const overall = words.map((_, i) => {
    const best: WordMatch = { exact: 0, synonym: 0, related: 0 };
    for (const matches of perSentence) {
      const m = matches[i]!;
      best.exact = Math.max(best.exact, m.exact);
      best.synonym = Math.max(best.synonym, m.synonym);
      best.related = Math.max(best.related, soften(m));
    }
    return best;
  });
  const others = termSet(otherPoints.join('\n'));
  const distinct = words.map((word) =>
    word.terms.some((term) => others.has(term)) ? SHARED_WORD_WEIGHT : 1,
  );
  let best: AnswerSentence | undefined;
  let bestShare = 0;
  perSentence.forEach((matches, s) => {
    const share = weightedShare(words, matches.map(soften));
    if (share > bestShare) {
      best = sentences[s];
      bestShare = share;
    }
  });
  const pointNegated = NEGATION.test(point);
  const context = pointContext(words, source, idf, questionTerms);
  const anchor = textEvidence(context.anchor, sentences, cache);
  // The point's sentence in the example answer is evidence too, but only its own words: not the
  // question's, not another point's, not those of another point's sentence ("hash" belongs to the
  // code_challenge step even when the token step's sentence says it too).
  const otherAnchors = new Set(
    otherPoints.flatMap((other) => [
      ...(anchorSentence(contentWords(other, idf, questionTerms), source.exampleSentences ?? [])?.terms ??
        []),
    ]),
  );
  const anchorDistinct = context.anchor.map((word) =>
    word.inQuestion || word.terms.some((term) => others.has(term) || otherAnchors.has(term))
      ? SHARED_WORD_WEIGHT
      : 1,
  );
  // One of those words said lets a paraphrase of the point through the gate below.
  const anchorSaid = context.anchor.some((_, i) => anchorDistinct[i] === 1 && anchor.overall[i]!.synonym > 0);
  const said = (i: number) => !words[i]!.inQuestion && overall[i]!.synonym > 0;
  return {
    weight,
    best,
    distinctiveSaid: words.some((_, i) => said(i) && distinct[i] === 1) || anchorSaid,
    features: {
      covered_synonym: weightedShare(
        words,
        overall.map((m) => m.synonym),
      ),
      best_sentence_related: bestShare,
      distinctive_covered: weightedShare(
        words,
        overall.map((m) => m.related),
        distinct,
      ),
      negation_mismatch: best && (best as AnswerSentence).negated !== pointNegated ? 1 : 0,
      anchor_best_sentence: anchor.bestSentence,
      anchor_covered: weightedShare(
        context.anchor,
        anchor.overall.map((m) => m.synonym),
        anchorDistinct,
      ),
      // Without a written follow-up the anchor's evidence stands in, so the point is neither helped nor hurt.
      follow_up_best_sentence:
        context.followUp.length > 0
          ? textEvidence(context.followUp, sentences, cache).bestSentence
          : anchor.bestSentence,
    },
  };
}
