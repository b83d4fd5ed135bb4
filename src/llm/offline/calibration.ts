// Maps a raw lexical signal (0–1) to the 0–10 interview score; the anchors were fitted on bench/data/scorer-dev.jsonl.

/**
 * Piecewise-linear anchors [raw, score]. Lexical signals saturate early (a good paraphrase rarely
 * uses more than two thirds of the reference's weighted vocabulary), so the upper anchors come
 * early; a raw signal near zero means nothing relevant was said.
 */
export const SCORE_ANCHORS: readonly (readonly [number, number])[] = [
  [0, 0],
  [0.1, 1],
  [0.2, 2],
  [0.4, 5],
  [0.55, 7],
  [0.8, 9],
  [0.9, 10],
  [1, 10],
];

/** Turn a raw signal into an integer score 0–10 by interpolating between the anchors. */
export function calibrate(raw: number): number {
  const x = Math.min(1, Math.max(0, Number.isFinite(raw) ? raw : 0));
  for (let i = 1; i < SCORE_ANCHORS.length; i++) {
    const [x1, y1] = SCORE_ANCHORS[i]!;
    const [x0, y0] = SCORE_ANCHORS[i - 1]!;
    if (x <= x1) return Math.round(y0 + ((x - x0) / (x1 - x0)) * (y1 - y0));
  }
  return 10;
}
