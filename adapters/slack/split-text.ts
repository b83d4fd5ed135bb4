// Splits long mrkdwn into pieces that fit Block Kit's per-field limits without losing a character.

/**
 * Split `text` into chunks of at most `limit` characters, preferring line breaks, then spaces, and
 * never cutting through an HTML entity (&amp;) or a surrogate pair. Joining the chunks with the
 * separators they were cut at gives back the text, so nothing is dropped silently.
 */
export function splitText(text: string, limit: number): string[] {
  return packLines(
    text.split('\n').flatMap((line) => splitLine(line, limit)),
    limit,
  );
}

/** Join lines (each at most `limit` long) with "\n" into as few chunks of at most `limit` as possible. */
export function packLines(lines: string[], limit: number): string[] {
  const chunks: string[] = [];
  let current: string | undefined;
  for (const line of lines) {
    if (current === undefined) {
      current = line;
    } else if (current.length + 1 + line.length <= limit) {
      current = `${current}\n${line}`;
    } else {
      chunks.push(current);
      current = line;
    }
  }
  if (current !== undefined) chunks.push(current);
  return chunks;
}

/** Cut one line into pieces of at most `limit` characters, at spaces when a space is close enough. */
export function splitLine(line: string, limit: number): string[] {
  const pieces: string[] = [];
  let rest = line;
  while (rest.length > limit) {
    let cut = rest.lastIndexOf(' ', limit);
    if (cut < limit / 2) cut = safeHardCut(rest, limit);
    pieces.push(rest.slice(0, cut));
    rest = rest[cut] === ' ' ? rest.slice(cut + 1) : rest.slice(cut);
  }
  pieces.push(rest);
  return pieces;
}

/** The largest index ≤ limit that is neither inside "&...;" nor between two halves of a surrogate pair. */
function safeHardCut(text: string, limit: number): number {
  let cut = limit;
  const ampersand = text.lastIndexOf('&', cut - 1);
  if (ampersand >= 0 && cut - ampersand < 8) {
    const semicolon = text.indexOf(';', ampersand);
    if (semicolon >= cut) cut = ampersand;
  }
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return cut > 0 ? cut : limit;
}
