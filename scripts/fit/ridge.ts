// Ridge regression on standardised features and isotonic calibration (pool-adjacent-violators), for fit:scorer.
import type { ScorerWeights } from '../../src/llm/offline/scorer/linear-model.js';
import { linearScore } from '../../src/llm/offline/scorer/linear-model.js';

/** Solve A x = b for a small dense symmetric positive-definite system by Gaussian elimination. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const factor = m[r]![col]! / m[col]![col]!;
      for (let c = col; c <= n; c++) m[r]![c]! -= factor * m[col]![c]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

/** Increasing step function fitted to (x, y) by pool-adjacent-violators, as [mean x, value] anchors. */
export function isotonic(xs: readonly number[], ys: readonly number[]): [number, number][] {
  const order = xs.map((x, i) => ({ x, y: ys[i]! })).sort((p, q) => p.x - q.x);
  const blocks: { sx: number; sy: number; n: number }[] = [];
  for (const { x, y } of order) {
    blocks.push({ sx: x, sy: y, n: 1 });
    while (blocks.length > 1) {
      const last = blocks.at(-1)!;
      const prev = blocks.at(-2)!;
      if (prev.sy / prev.n < last.sy / last.n) break;
      blocks.pop();
      prev.sx += last.sx;
      prev.sy += last.sy;
      prev.n += last.n;
    }
  }
  return blocks.map((block) => [block.sx / block.n, block.sy / block.n]);
}

/** Fit ridge (penalty `lambda` on standardised coefficients), then isotonic calibration of its output. */
export function fitModel(
  rows: readonly number[][],
  grades: readonly number[],
  lambda: number,
  names: string[],
): ScorerWeights {
  const k = names.length;
  const n = rows.length;
  const column = (j: number) => rows.map((row) => row[j]!);
  const mean = names.map((_, j) => column(j).reduce((a, b) => a + b, 0) / n);
  const std = names.map((_, j) => Math.sqrt(column(j).reduce((s, v) => s + (v - mean[j]!) ** 2, 0) / n) || 1);
  const min = names.map((_, j) => Math.min(...column(j)));
  const max = names.map((_, j) => Math.max(...column(j)));
  const z = rows.map((row) => row.map((v, j) => (v - mean[j]!) / std[j]!));
  const gradeMean = grades.reduce((a, b) => a + b, 0) / n;
  const xtx = names.map((_, i) =>
    names.map((_, j) => z.reduce((s, row) => s + row[i]! * row[j]!, 0) + (i === j ? lambda : 0)),
  );
  const xty = names.map((_, i) => z.reduce((s, row, r) => s + row[i]! * (grades[r]! - gradeMean), 0));
  const coefficients = k === 0 ? [] : solve(xtx, xty);
  const weights: ScorerWeights = {
    features: names,
    min,
    max,
    mean,
    std,
    coefficients,
    intercept: gradeMean,
    calibration: [],
  };
  weights.calibration = isotonic(
    rows.map((row) => linearScore(row, weights)),
    grades,
  );
  return weights;
}
