// Sentence spans of an answer, so evidence can be quoted verbatim from the place that earned it.

/** A sentence as a [start, end) slice of the original text, trimmed of surrounding whitespace. */
export interface Span {
  start: number;
  end: number;
}

/** Split on sentence punctuation followed by whitespace, and on line breaks and bullets. */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  const boundary = /(?<=[.!?。？！])\s+|\n+|\s[•·▪]\s/g;
  let from = 0;
  const push = (start: number, end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (const match of text.matchAll(boundary)) {
    push(from, match.index);
    from = match.index + match[0].length;
  }
  push(from, text.length);
  return spans;
}

/**
 * A quote of at most `maxLength` characters from `span` around `focus`, cut at spaces. The result
 * is always a slice of `text`, so it is a verbatim substring of it.
 */
export function quoteAround(text: string, span: Span, focus: number, maxLength = 160): string {
  if (span.end - span.start <= maxLength) return text.slice(span.start, span.end);
  let start = Math.max(span.start, Math.min(focus - Math.floor(maxLength / 3), span.end - maxLength));
  let end = Math.min(span.end, start + maxLength);
  if (start > span.start) {
    const space = text.indexOf(' ', start);
    if (space !== -1 && space < focus) start = space + 1;
  }
  if (end < span.end) {
    const space = text.lastIndexOf(' ', end);
    if (space > Math.max(start, focus)) end = space;
  }
  return text.slice(start, end).trim();
}
