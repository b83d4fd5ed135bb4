// Cut long text to Discord's limits at paragraph, line or word boundaries, keeping markdown balanced.

const FENCE = '```';
const FENCE_CLOSE = `\n${FENCE}`;
/** Paired inline markers whose halves must land in the same chunk. */
const INLINE_MARKERS = ['**', '__', '~~', '||'];

/**
 * Split `text` into chunks of at most `limit` characters. Prefers paragraph breaks, then line breaks,
 * then spaces; never separates an escape from the character it escapes or a surrogate pair; a chunk
 * that ends inside a code block closes it and the next chunk reopens it.
 */
export function splitText(text: string, limit: number): string[] {
  if (limit < 16) throw new Error('splitText needs a limit of at least 16 characters');
  const chunks: string[] = [];
  let reopen = '';
  let rest = text;
  for (;;) {
    const candidate = reopen + rest;
    if (candidate.length <= limit) {
      chunks.push(candidate);
      return chunks;
    }
    const budget = limit - FENCE_CLOSE.length;
    const cut = balanceInline(candidate, chooseCut(candidate, budget, reopen.length), reopen.length, budget);
    let chunk = candidate.slice(0, cut).trimEnd();
    const opener = openFence(chunk);
    if (opener !== undefined) {
      chunk += FENCE_CLOSE;
      reopen = `${opener}\n`;
      rest = candidate.slice(cut).replace(/^\n/, '');
    } else {
      reopen = '';
      rest = candidate.slice(cut).replace(/^\s+/, '');
    }
    chunks.push(chunk);
  }
}

/** Shorten `text` to at most `limit` characters at a word boundary, ending with an ellipsis. */
export function trimText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  return `${splitText(text, limit - 1)[0]}…`;
}

/** Where to cut: the latest good boundary within `budget`, and never at or before `floor`. */
function chooseCut(text: string, budget: number, floor: number): number {
  const window = text.slice(0, budget + 1);
  const paragraph = window.lastIndexOf('\n\n');
  if (paragraph > floor && paragraph >= budget * 0.5) return paragraph;
  const line = window.lastIndexOf('\n');
  if (line > floor && line >= budget * 0.5) return line;
  const space = lastWhitespace(window);
  if (space > floor && space >= budget * 0.3) return space;
  return hardCut(text, budget);
}

function lastWhitespace(text: string): number {
  for (let i = text.length - 1; i >= 0; i -= 1) if (/\s/.test(text[i]!)) return i;
  return -1;
}

/** A cut inside a word: not between surrogate halves, not right after an escaping backslash. */
function hardCut(text: string, budget: number): number {
  let cut = budget;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  let slashes = 0;
  while (text[cut - 1 - slashes] === '\\') slashes += 1;
  if (slashes % 2 === 1) cut -= 1;
  return cut;
}

/** Move the cut before an inline marker left open in the chunk, when a word boundary allows it. */
function balanceInline(text: string, cut: number, floor: number, budget: number): number {
  let current = cut;
  for (let attempt = 0; attempt < INLINE_MARKERS.length + 1; attempt += 1) {
    const chunk = withoutCode(text.slice(0, current));
    const open = [...INLINE_MARKERS, '`'].find((marker) => countMarker(chunk, marker) % 2 === 1);
    if (!open) return current;
    const markerAt = text.slice(0, current).lastIndexOf(open);
    const space = lastWhitespace(text.slice(0, markerAt));
    if (space <= floor || space < budget * 0.3) return current;
    current = space;
  }
  return current;
}

/** The text with fenced code removed and escapes dropped, so only live markers remain. */
function withoutCode(text: string): string {
  const unescaped = text.replace(/\\[\s\S]/g, '');
  const parts = unescaped.split(FENCE);
  return parts.filter((_, index) => index % 2 === 0).join('');
}

function countMarker(text: string, marker: string): number {
  if (marker === '`') return (text.match(/`/g) ?? []).length;
  return text.split(marker).length - 1;
}

/** If `chunk` ends inside a fenced code block, the fence line that opened it (with its language). */
function openFence(chunk: string): string | undefined {
  const unescaped = chunk.replace(/\\[\s\S]/g, '  ');
  const positions: number[] = [];
  for (let i = unescaped.indexOf(FENCE); i !== -1; i = unescaped.indexOf(FENCE, i + FENCE.length)) {
    positions.push(i);
  }
  if (positions.length % 2 === 0) return undefined;
  const last = positions[positions.length - 1]!;
  const language = /^```([\w+-]+)\n/.exec(chunk.slice(last))?.[1] ?? '';
  return `${FENCE}${language}`;
}
