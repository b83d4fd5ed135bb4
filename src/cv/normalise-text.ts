// Turns raw PDF text into clean, comparable text: NFC, no control characters, tidy spaces, mended hyphenation.

// C0/C1 controls except the line feed, plus odd spaces. Google Docs exports can put controls where Korean
// word spaces were, so they become spaces rather than disappearing.
const CONTROL_OR_ODD_SPACE =
  /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/g;
// Invisible characters that only split words: zero-width space/joiners, BOM, soft hyphen.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
// Private-use code points are icon-font glyphs (phone, envelope, GitHub logos) in LaTeX and Word CVs.
const PRIVATE_USE = /[\uE000-\uF8FF]|[\uDB80-\uDBFF][\uDC00-\uDFFF]/g;
// "develop-\nment": a lowercase word broken at the line end and continued in lowercase on the next line.
const LINE_END_HYPHEN = /(\p{Ll}{2,})-\n(\p{Ll}+)/gu;

/**
 * Normalise extracted text: Unicode NFC, CRLF to LF, control characters and exotic spaces to spaces,
 * runs of spaces collapsed, lines trimmed, at most one blank line in a row, and line-end hyphenation
 * of lowercase words undone (capitalised or numeric continuations such as "Front-\nEnd" are kept).
 */
export function normaliseText(raw: string): string {
  const lines = raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLE, '')
    .replace(PRIVATE_USE, ' ')
    .replace(CONTROL_OR_ODD_SPACE, ' ')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim());
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(LINE_END_HYPHEN, '$1$2')
    .trim();
}
