// Hold derived key points to the example answer: each must restate something the answer says, not new claims.
import { contentTokens } from '../../bank/tokens.js';
import type { Language } from '../../domain/types.js';

/**
 * Shortest shared beginning for two different words to count as one: English inflects at the end
 * ("index"/"indexes", "slow"/"slower"), Korean glues endings onto a stem ("느려짐"/"느려지고").
 */
const STEM_CHARS: Record<Language, number> = { en: 4, ko: 2 };

/** Of a point's content words, at least this share must occur in the answer (and always at least one). */
export const MIN_SHARED_SHARE = 1 / 3;

function sharedPrefixLength(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let length = 0;
  while (length < limit && a[length] === b[length]) length += 1;
  return length;
}

function sameWord(a: string, b: string, language: Language): boolean {
  if (a === b) return true;
  const prefix = sharedPrefixLength(a, b);
  if (prefix < STEM_CHARS[language]) return false;
  // English: one word must begin with the whole of the other; Korean: a shared stem is enough.
  return language === 'ko' || prefix === Math.min(a.length, b.length);
}

/** True when enough of `point`'s content words occur in the answer whose tokens are `answerWords`. */
export function pointIsGrounded(point: string, answerWords: readonly string[], language: Language): boolean {
  const words = [...new Set(contentTokens(point, language))];
  if (words.length === 0) return false;
  const shared = words.filter((word) => answerWords.some((other) => sameWord(word, other, language))).length;
  return shared >= 1 && shared / words.length >= MIN_SHARED_SHARE;
}

/** The checked points (trimmed, spaces collapsed), or what is wrong with the reply. */
export interface KeyPointCheck {
  keyPoints: string[];
  problem?: string | undefined;
}

/**
 * Check a model's key points against the example answer: a point that shares too few content words
 * with it is an invention (or an obeyed instruction), and a repeated point adds nothing. Either makes
 * the reply malformed, so it is retried and then handed to the next provider.
 */
export function checkDerivedKeyPoints(
  points: readonly string[],
  exampleAnswer: string,
  language: Language,
): KeyPointCheck {
  const keyPoints = points.map((point) => point.replace(/\s+/g, ' ').trim());
  const answerWords = [...new Set(contentTokens(exampleAnswer, language))];
  const unrelated = keyPoints
    .map((point, index) => (pointIsGrounded(point, answerWords, language) ? undefined : index + 1))
    .filter((index) => index !== undefined);
  if (unrelated.length > 0) {
    return {
      keyPoints,
      problem: `key point(s) ${unrelated.join(', ')} share too few words with the example answer`,
    };
  }
  const seen = new Set(keyPoints.map((point) => point.toLowerCase()));
  if (seen.size < keyPoints.length) return { keyPoints, problem: 'a key point is repeated' };
  return { keyPoints };
}
