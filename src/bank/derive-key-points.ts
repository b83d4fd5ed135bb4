// Offline key points for imported questions that have none: the example answer's most informative clauses.
import type { Language } from '../domain/types.js';
import { contentTokens, jaccard } from './tokens.js';
import { normaliseSpace } from './text.js';
import { LIMITS } from './validate.js';

const SENTENCE_END = /(?<=[.!?。])\s+|\n+/;
const CLAUSE_BREAK: Record<Language, RegExp> = {
  en: /;\s+|:\s+|,\s+(?=(?:and|but|which|so|because|while|whereas|then|since)\b)|\s+(?=(?:because|whereas|while)\b)/i,
  ko: /;\s+|,\s+|(?<=(?:하고|하며|지만|는데|므로|면서|되고|이고|으며))\s+/,
};

/** Break the answer into sentences, then clauses, then word runs, until there are enough candidates. */
function candidateUnits(text: string, language: Language, wanted: number): string[] {
  let units = text
    .split(SENTENCE_END)
    .map(normaliseSpace)
    .filter((unit) => unit.length > 0);
  if (units.length < wanted) {
    units = units.flatMap((unit) => unit.split(CLAUSE_BREAK[language]).map(normaliseSpace)).filter(Boolean);
  }
  if (units.length < wanted) {
    const words = units.join(' ').split(' ');
    const size = Math.max(1, Math.ceil(words.length / wanted));
    units = [];
    for (let start = 0; start < words.length; start += size)
      units.push(words.slice(start, start + size).join(' '));
  }
  return units;
}

/** Drop a leading conjunction and trailing punctuation, and keep a unit within the key point length. */
function tidy(unit: string): string {
  let point = unit
    .replace(/^(?:and|but|so|which|because|while|whereas|then|since)\s+/i, '')
    .replace(/[\s.;:,!?。]+$/u, '');
  const max = LIMITS.keyPoint.max;
  if ([...point].length > max) {
    const cut = [...point].slice(0, max - 1).join('');
    const boundary = cut.lastIndexOf(' ');
    point = `${boundary > max / 2 ? cut.slice(0, boundary) : cut}…`;
  }
  return point;
}

/** Tokens that look technical (acronyms, versions, identifiers, Latin terms inside Korean) weigh more. */
function isTechnical(token: string, language: Language): boolean {
  if (/\d|[+#_.]/.test(token)) return true;
  return language === 'ko' && /^[a-z]/.test(token);
}

/**
 * Pick 3–5 key points from an example answer without a model: split it into sentences (or clauses),
 * score each by the distinct content words it carries — words the answer repeats and technical terms
 * count more, long rambling units are damped by the square root of their length — then choose greedily,
 * discounting units that overlap ones already chosen, and return them in the answer's order.
 */
export function deriveKeyPoints(exampleAnswer: string, language: Language): string[] {
  const text = normaliseSpace(exampleAnswer);
  if (text.length === 0) return [];
  const sentenceCount = text.split(SENTENCE_END).length;
  const target = Math.min(
    LIMITS.keyPoints.max - 1,
    Math.max(LIMITS.keyPoints.min, Math.ceil(sentenceCount / 2)),
  );
  const units = candidateUnits(text, language, target)
    .map(tidy)
    .filter((unit) => [...unit].length >= LIMITS.keyPoint.min);

  const frequency = new Map<string, number>();
  const tokenSets = units.map((unit) => new Set(contentTokens(unit, language)));
  for (const set of tokenSets) for (const token of set) frequency.set(token, (frequency.get(token) ?? 0) + 1);

  const scores = units.map((unit, index) => {
    const set = tokenSets[index]!;
    let weight = 0;
    for (const token of set) {
      weight += (1 + Math.log(frequency.get(token) ?? 1)) * (isTechnical(token, language) ? 1.5 : 1);
    }
    return weight / Math.sqrt(Math.max(1, contentTokens(unit, language).length));
  });

  const chosen: number[] = [];
  while (chosen.length < Math.min(target, units.length)) {
    let best = -1;
    let bestScore = Number.NEGATIVE_INFINITY;
    units.forEach((_, index) => {
      if (chosen.includes(index)) return;
      const overlap = Math.max(0, ...chosen.map((other) => jaccard(tokenSets[index]!, tokenSets[other]!)));
      const adjusted = scores[index]! * (1 - overlap);
      if (adjusted > bestScore) {
        bestScore = adjusted;
        best = index;
      }
    });
    chosen.push(best);
  }
  return chosen.sort((a, b) => a - b).map((index) => units[index]!);
}
