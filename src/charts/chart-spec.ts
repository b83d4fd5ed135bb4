// What every chart builder returns and what the renderer turns into a PNG: plain data, no functions,
// so it can cross to the render worker and be hashed for the cache.
import type { Language } from '../domain/types.js';

/** Which picture this is; also the start of its file name. */
export type ChartKind = 'report-card' | 'progress' | 'admin';

/** An ECharts option and everything needed to draw it, as JSON-safe data. */
export interface ChartSpec {
  kind: ChartKind;
  width: number;
  height: number;
  /** An ECharts option with no functions in it (formatters are template strings). */
  option: Record<string, unknown>;
  /** What the picture shows, with the same numbers: alt text and the text fallback. */
  altText: string;
  /** The language of the picture's words, also for what an adapter prints about the file. */
  language: Language;
}

/** A rendered chart, ready to hand to an adapter as an image file. */
export interface ChartImage {
  fileName: string;
  png: Uint8Array;
  width: number;
  height: number;
  altText: string;
  /** Time the render took, from request to PNG (0 when served from the cache). */
  renderMs: number;
}

/** Round to one decimal place, as every score in the reports is shown. */
export function oneDecimal(value: number): number {
  return Math.round(value * 10) / 10;
}
