// Aligns the content words of two texts: how much of one text's weighted vocabulary the other says, by meaning.
import type { ContentWord } from './content-words.js';
import { matchWords, type WordMatch } from './word-similarity.js';

/** Weighted share (0–1) of `from`'s words that `to` matches, at each level of word similarity. */
export type Coverage = WordMatch;

/** Word-pair comparisons a caller keeps across calls (one answer's judgement), keyed by the two words. */
export type MatchCache = Map<string, WordMatch>;

/** Best match in `to` for each word of `from`; comparisons are cached by word pair (in `cache` when given). */
export function bestMatches(
  from: readonly ContentWord[],
  to: readonly ContentWord[],
  cache: MatchCache = new Map(),
): WordMatch[] {
  return from.map((a) => {
    let best: WordMatch = { exact: 0, synonym: 0, related: 0 };
    for (const b of to) {
      const key = `${a.word}\u0000${b.word}`;
      let match = cache.get(key);
      if (!match) {
        match = matchWords(a, b);
        cache.set(key, match);
      }
      best = {
        exact: Math.max(best.exact, match.exact),
        synonym: Math.max(best.synonym, match.synonym),
        related: Math.max(best.related, match.related),
      };
      if (best.exact === 1) break;
    }
    return best;
  });
}

/** Weighted coverage of `from` by `to`: 0 when `from` has no weight. */
export function coverage(from: readonly ContentWord[], to: readonly ContentWord[]): Coverage {
  const matches = bestMatches(from, to);
  let total = 0;
  const sum = { exact: 0, synonym: 0, related: 0 };
  from.forEach((word, i) => {
    total += word.weight;
    sum.exact += word.weight * matches[i]!.exact;
    sum.synonym += word.weight * matches[i]!.synonym;
    sum.related += word.weight * matches[i]!.related;
  });
  if (total === 0) return { exact: 0, synonym: 0, related: 0 };
  return { exact: sum.exact / total, synonym: sum.synonym / total, related: sum.related / total };
}
