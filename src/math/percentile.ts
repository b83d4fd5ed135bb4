// Nearest-rank percentiles computed in JavaScript, so every database and the in-memory breaker agree on the method.

/** Nearest-rank percentile `p` (0–100) of `values`; undefined for an empty list. */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}
