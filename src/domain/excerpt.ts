// Cutting text for display without cutting a word: a report's excerpt of an answer, a CV quote.
// Hangul and Latin alike separate words with spaces, so a space (or a sentence end) is the only
// place a cut may fall.

/** A sentence end inside a text: punctuation (Latin, CJK) followed by a space. */
const SENTENCE_END = /[.!?。？！](?=\s)/g;

/**
 * `text` shortened to at most `max` characters (plus "…"), ending at a sentence end when one falls in
 * the second half of the allowance, otherwise at the last space; never inside a word. A text with no
 * space in reach (one very long token) is cut at `max` as a last resort.
 */
export function excerpt(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const window = clean.slice(0, max + 1);
  let sentenceEnd = -1;
  for (const match of window.matchAll(SENTENCE_END)) sentenceEnd = match.index + 1;
  if (sentenceEnd >= max / 2) return clean.slice(0, sentenceEnd);
  const space = window.lastIndexOf(' ');
  const cut = space > 0 ? space : max;
  return `${clean.slice(0, cut).replace(/[\s,;:·-]+$/u, '')}…`;
}
