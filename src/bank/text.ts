// Small text measures shared by the bank's checks: language, word and character counts, key point lists.
import type { Language } from '../domain/types.js';

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/;

/** True when the text contains any Hangul. */
export function hasHangul(text: string): boolean {
  return HANGUL.test(text);
}

/** The language a cell is written in: any Hangul means Korean (Korean questions often quote English terms). */
export function detectLanguage(text: string): Language {
  return hasHangul(text) ? 'ko' : 'en';
}

/** Unicode-normalise and collapse runs of whitespace to single spaces. */
export function normaliseSpace(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Words as a reader counts them: whitespace-separated tokens containing a letter or digit. */
export function countWords(text: string): number {
  return normaliseSpace(text)
    .split(' ')
    .filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** Characters after collapsing whitespace, counted by code point (a Hangul syllable counts once). */
export function countChars(text: string): number {
  return [...normaliseSpace(text)].length;
}

/** The separator written between key points in a CSV cell. */
export const KEY_POINT_SEPARATOR = ' | ';

/** Split a key points cell on "|", trimming items and dropping empty ones. */
export function splitKeyPoints(cell: string): string[] {
  return cell
    .split('|')
    .map((item) => normaliseSpace(item))
    .filter((item) => item.length > 0);
}

/** Join key points back into one cell. */
export function joinKeyPoints(points: readonly string[]): string {
  return points.join(KEY_POINT_SEPARATOR);
}
