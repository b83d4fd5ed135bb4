// The fitted model's arithmetic, free of any weights file so the fitting script can use it too.

/** The committed weights, as `npm run fit:scorer` writes them: a ridge model and its isotonic calibration. */
export interface ScorerWeights {
  features: string[];
  /** Training range of each feature: inputs are clamped to it so long bank answers do not extrapolate. */
  min: number[];
  max: number[];
  mean: number[];
  std: number[];
  coefficients: number[];
  intercept: number;
  /** Isotonic calibration as increasing [linear score, grade 0–10] anchors, linear between them. */
  calibration: [number, number][];
}

/** The linear (uncalibrated) score of a feature vector. */
export function linearScore(values: readonly number[], weights: ScorerWeights): number {
  let score = weights.intercept;
  values.forEach((value, i) => {
    const clamped = Math.min(weights.max[i]!, Math.max(weights.min[i]!, value));
    score += (weights.coefficients[i]! * (clamped - weights.mean[i]!)) / weights.std[i]!;
  });
  return score;
}

/** Map a linear score through the isotonic anchors, flat beyond the first and last. */
export function calibrateLinear(score: number, anchors: readonly [number, number][]): number {
  if (anchors.length === 0) return score;
  if (score <= anchors[0]![0]) return anchors[0]![1];
  for (let i = 1; i < anchors.length; i++) {
    const [x1, y1] = anchors[i]!;
    if (score <= x1) {
      const [x0, y0] = anchors[i - 1]!;
      return x1 === x0 ? y1 : y0 + ((score - x0) / (x1 - x0)) * (y1 - y0);
    }
  }
  return anchors.at(-1)![1];
}

/** The calibrated 0–10 score (not rounded) of a feature vector under `weights`. */
export function predictWith(values: readonly number[], weights: ScorerWeights): number {
  return Math.min(10, Math.max(0, calibrateLinear(linearScore(values, weights), weights.calibration)));
}
