// Whether a word is a misspelling of another: students write "refrenece", "paremeters" and "enque".

/** Optimal-string-alignment distance (edits plus swaps of neighbours), stopping early past `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** Words shorter than this are never taken for misspellings: "cost" and "cast" are both words. */
const MIN_LENGTH = 5;

/**
 * True when `written` reads as a misspelling of `intended`: both plain lower-case words of five
 * letters or more with the same first letter, one edit apart (two when the longer has seven letters or more). The caller checks that
 * `written` is not itself a dictionary word, or "sorted" would meet "sorter".
 */
export function misspelling(written: string, intended: string): boolean {
  if (written === intended) return false;
  // People rarely misspell the first letter, and the check is then cheap for most word pairs.
  if (written[0] !== intended[0]) return false;
  if (!/^[a-z]+$/.test(written) || !/^[a-z]+$/.test(intended)) return false;
  const shorter = Math.min(written.length, intended.length);
  if (shorter < MIN_LENGTH) return false;
  const limit = Math.max(written.length, intended.length) >= 7 ? 2 : 1;
  return editDistance(written, intended, limit) <= limit;
}
