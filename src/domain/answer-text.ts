// What counts as an answer: words. A reply of only emoji or punctuation (👍, "...") says nothing to
// evaluate, so it is refused with a word rather than scored and reported as "no answer given".

/** True when `text` has at least one letter or digit, in any script. */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}
