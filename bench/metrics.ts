// Agreement figures between scores and human grades, shared by the scorer benchmark and the fitting script.

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** Pearson's r; 0 when either side is constant. */
export function pearson(xs: readonly number[], ys: readonly number[]): number {
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < xs.length; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
    syy += (ys[i]! - my) ** 2;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

/** Ranks with ties sharing their average rank, as Spearman's rho requires. */
export function ranks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const result = new Array<number>(values.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]!.value === order[i]!.value) j++;
    for (let k = i; k <= j; k++) result[order[k]!.index] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return result;
}

/** The figures the targets are stated in, scores and grades both on 0–10. */
export interface AgreementFigures {
  n: number;
  pearson: number;
  spearman: number;
  rmse: number;
  mae: number;
  bias: number;
  /** Share of answers graded 8 or more by the humans that the scorer gave 3 or less. */
  strongScoredLow: number;
}

/** Compute the figures for paired `scores` and `grades`. */
export function agreement(scores: readonly number[], grades: readonly number[]): AgreementFigures {
  const errors = scores.map((score, i) => score - grades[i]!);
  const strong = grades.map((grade, i) => ({ grade, score: scores[i]! })).filter((row) => row.grade >= 8);
  return {
    n: scores.length,
    pearson: pearson(grades, scores),
    spearman: pearson(ranks(grades), ranks(scores)),
    rmse: Math.sqrt(mean(errors.map((e) => e * e))),
    mae: mean(errors.map(Math.abs)),
    bias: mean(errors),
    strongScoredLow: strong.length === 0 ? 0 : strong.filter((row) => row.score <= 3).length / strong.length,
  };
}

/** The figures as the lines the benchmark promises: each starts with the figure's name. */
export function figureLines(f: AgreementFigures): string[] {
  return [
    `Pearson r:   ${f.pearson.toFixed(3)}`,
    `Spearman ρ:  ${f.spearman.toFixed(3)}`,
    `RMSE:        ${f.rmse.toFixed(2)}`,
    `MAE:         ${f.mae.toFixed(2)}`,
    `mean bias:   ${f.bias >= 0 ? '+' : ''}${f.bias.toFixed(2)}`,
    `human ≥8 scored ≤3: ${(100 * f.strongScoredLow).toFixed(1)}%`,
  ];
}

/** One line of figures for a subgroup. */
export function figureRow(f: AgreementFigures): string {
  return (
    `n=${f.n}  pearson=${f.pearson.toFixed(3)}  spearman=${f.spearman.toFixed(3)}  rmse=${f.rmse.toFixed(2)}  ` +
    `mae=${f.mae.toFixed(2)}  bias=${f.bias >= 0 ? '+' : ''}${f.bias.toFixed(2)}  ≥8→≤3=${(100 * f.strongScoredLow).toFixed(1)}%`
  );
}
