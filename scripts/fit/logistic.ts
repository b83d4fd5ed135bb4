// L2-regularised logistic regression on standardised features, by gradient descent: small, exact enough, no deps.

/** A fitted logistic model over standardised features. */
export interface LogisticModel {
  features: string[];
  mean: number[];
  std: number[];
  coefficients: number[];
  intercept: number;
}

/** Fit P(y = 1 | x) on `rows` (feature vectors in the order of `names`) with penalty `l2`. */
export function fitLogistic(
  rows: readonly number[][],
  ys: readonly number[],
  names: string[],
  l2 = 1,
): LogisticModel {
  const n = rows.length;
  const k = names.length;
  const mean = names.map((_, j) => rows.reduce((s, r) => s + r[j]!, 0) / n);
  const std = names.map((_, j) => Math.sqrt(rows.reduce((s, r) => s + (r[j]! - mean[j]!) ** 2, 0) / n) || 1);
  const z = rows.map((r) => r.map((v, j) => (v - mean[j]!) / std[j]!));
  const w = new Array<number>(k).fill(0);
  let b = 0;
  for (let step = 0; step < 4000; step++) {
    const gw = w.map((wj) => l2 * wj);
    let gb = 0;
    z.forEach((x, i) => {
      const p = 1 / (1 + Math.exp(-(b + x.reduce((s, v, j) => s + v * w[j]!, 0))));
      const e = p - ys[i]!;
      gb += e;
      x.forEach((v, j) => {
        gw[j]! += e * v;
      });
    });
    b -= (0.5 * gb) / n;
    for (let j = 0; j < k; j++) w[j]! -= (0.5 * gw[j]!) / n;
  }
  return { features: names, mean, std, coefficients: w, intercept: b };
}
