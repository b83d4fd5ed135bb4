// Hold a model to its evidence: quotes must occur in the answer (or CV), and a high score needs real quotes.
import type { KeyPointResult } from '../../domain/types.js';
import type { EvaluationReply } from '../schemas.js';

/** Case, width, curly quotes and whitespace do not matter when matching a quote. */
export function normaliseForQuote(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

const EDGE_PUNCTUATION = /^[\s"'.,;:!?()[\]-]+|[\s"'.,;:!?()[\]-]+$/g;
/** Shorter quotes than this prove nothing ("a", "I"). */
const MIN_QUOTE_CHARS = 4;

/**
 * True when `quote` occurs in `normalisedSource` (already passed through normaliseForQuote).
 * An ellipsis may join fragments that each occur; edge punctuation is ignored.
 */
export function quoteOccursIn(quote: string, normalisedSource: string): boolean {
  const fragments = normaliseForQuote(quote)
    .split(/\s*(?:\.\.\.|…)\s*/)
    .map((fragment) => fragment.replace(EDGE_PUNCTUATION, ''))
    .filter(Boolean);
  const total = fragments.reduce((sum, fragment) => sum + fragment.length, 0);
  if (total < MIN_QUOTE_CHARS) return false;
  return fragments.every((fragment) => normalisedSource.includes(fragment));
}

/** A quote made of redaction marks ("[email] | [phone]") names nothing the candidate did. */
function onlyRedactions(quote: string): boolean {
  return quote.replace(/\[(?:email|phone|address)\]/gi, '').replace(/[\W_]+/g, '').length < MIN_QUOTE_CHARS;
}

/** The outcome of checking an evaluation's quotes against the answer. */
export interface EvidenceCheck {
  keyPoints: KeyPointResult[];
  quotesGiven: number;
  quotesDropped: number;
  /** Set when the evidence does not hold up: the evaluation must be treated as malformed. */
  problem?: string | undefined;
}

/** Score from which an evaluation must be backed by at least one real quote. */
export const HIGH_SCORE = 7;

/**
 * Drop quotes that are not in `answerText` and decide whether what is left supports the score:
 * most quotes made up, or a high score with no surviving quote for a covered point, is a problem.
 */
export function checkEvidence(
  reply: EvaluationReply,
  answerText: string,
  expectedPoints: number,
): EvidenceCheck {
  const source = normaliseForQuote(answerText);
  let quotesGiven = 0;
  let quotesDropped = 0;
  const keyPoints = reply.keyPoints.map((result): KeyPointResult => {
    const evidence = result.evidence?.trim();
    if (!evidence) return { point: result.point, status: result.status };
    quotesGiven += 1;
    if (quoteOccursIn(evidence, source)) return { point: result.point, status: result.status, evidence };
    quotesDropped += 1;
    return { point: result.point, status: result.status };
  });
  const check: EvidenceCheck = { keyPoints, quotesGiven, quotesDropped };
  if (expectedPoints > 0 && keyPoints.length === 0) {
    check.problem = 'no key point was judged';
  } else if (quotesGiven >= 2 && quotesDropped * 2 > quotesGiven) {
    check.problem = `${quotesDropped} of ${quotesGiven} quotes do not occur in the answer`;
  } else if (
    reply.score >= HIGH_SCORE &&
    !keyPoints.some((point) => (point.status === 'covered' || point.status === 'partial') && point.evidence)
  ) {
    check.problem = `score ${reply.score} without a quote from the answer for any covered point`;
  }
  return check;
}

/**
 * Questions whose quote occurs in the CV text, and how many were discarded. A quote that joins the
 * lines a PDF wrapped ("1.4초로 단축했습니다" where the text has "1.4초로 단\n축했습니다") is grounded
 * too: the comparison also runs with every space removed.
 */
export function keepGroundedQuestions<Q extends { question: string; quote: string }>(
  questions: Q[],
  cvText: string,
): { kept: Q[]; discarded: number } {
  const source = normaliseForQuote(cvText);
  const compactSource = source.replace(/\s+/g, '');
  const grounded = (quote: string) =>
    quoteOccursIn(quote, source) || quoteOccursIn(quote.replace(/\s+/g, ''), compactSource);
  const seen = new Set<string>();
  const kept: Q[] = [];
  for (const question of questions) {
    const key = normaliseForQuote(question.question);
    if (seen.has(key) || !grounded(question.quote) || onlyRedactions(question.quote)) continue;
    seen.add(key);
    kept.push(question);
  }
  return { kept, discarded: questions.length - kept.length };
}
