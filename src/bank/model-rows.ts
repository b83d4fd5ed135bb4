// Ask the language model something about each of a file's rows, a few at a time, under one time budget.

/** Limits for one import's model calls: rows in flight at once, and time for the whole file. */
export interface RowAskLimits {
  concurrency: number;
  budgetMs: number;
}

/**
 * `ask` for each row, in order, at most `limits.concurrency` at once; rows not reached before the budget
 * runs out (the signal aborts) stay undefined, as do rows whose `ask` returned nothing.
 */
export async function askEachRow<R, T>(
  rows: readonly R[],
  ask: (row: R, signal: AbortSignal) => Promise<T | undefined>,
  limits: RowAskLimits,
): Promise<(T | undefined)[]> {
  const results: (T | undefined)[] = rows.map(() => undefined);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.budgetMs);
  let next = 0;
  const worker = async () => {
    while (!controller.signal.aborted && next < rows.length) {
      const index = next++;
      results[index] = await ask(rows[index]!, controller.signal);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(rows.length, limits.concurrency) }, worker));
  } finally {
    clearTimeout(timer);
  }
  return results;
}
