// Decides whether extracted text is a usable CV, a scan without a text layer, or too little to interview on.

/** Below this many visible characters per page on average, the PDF is taken to be scanned images. */
export const SCAN_CHARS_PER_PAGE = 30;
/** Below this many visible characters in total, there is not enough CV to ask personal questions about. */
export const MIN_CV_CHARS = 200;

/** The verdict on an extracted text layer. */
export type TextQuality = 'ok' | 'scanned' | 'too_little_text';

/** Count the characters a reader would see, ignoring whitespace. */
export function visibleChars(text: string): number {
  return text.replace(/\s+/g, '').length;
}

/**
 * Judge a text layer by its visible characters: under ~30 per page means images without text (a scan
 * or a photo), under 200 overall means a real but nearly empty document.
 */
export function judgeTextLayer(text: string, pages: number): TextQuality {
  const chars = visibleChars(text);
  if (chars < SCAN_CHARS_PER_PAGE * Math.max(1, pages)) return 'scanned';
  if (chars < MIN_CV_CHARS) return 'too_little_text';
  return 'ok';
}
