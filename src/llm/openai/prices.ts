// Estimated cost of a call from a price table in USD per million tokens; LLM_PRICES extends or overrides it.

/** USD per 1M input (prompt) and output (completion) tokens. */
export interface ModelPrice {
  input: number;
  output: number;
}

export type PriceTable = Readonly<Record<string, ModelPrice>>;

/** List prices of common hosted models at the time of writing; local models (Ollama, vLLM) cost 0. */
export const DEFAULT_PRICES: PriceTable = {
  'gpt-4o-mini': { input: 0.15, output: 0.6 },
  'gpt-4o': { input: 2.5, output: 10 },
  'gpt-4.1-nano': { input: 0.1, output: 0.4 },
  'gpt-4.1-mini': { input: 0.4, output: 1.6 },
  'gpt-4.1': { input: 2, output: 8 },
  'gpt-5-nano': { input: 0.05, output: 0.4 },
  'gpt-5-mini': { input: 0.25, output: 2 },
  'gpt-5': { input: 1.25, output: 10 },
  'o4-mini': { input: 1.1, output: 4.4 },
};

/** The configured table layered over the defaults. */
export function mergePrices(configured: Record<string, ModelPrice> = {}): PriceTable {
  return { ...DEFAULT_PRICES, ...configured };
}

/** Price for `model`: an exact entry, else the longest entry it starts with (dated snapshots), else none. */
export function priceFor(model: string, prices: PriceTable): ModelPrice | undefined {
  const exact = prices[model];
  if (exact) return exact;
  const prefix = Object.keys(prices)
    .filter((key) => model.startsWith(key))
    .sort((a, b) => b.length - a.length)[0];
  return prefix ? prices[prefix] : undefined;
}

/** Cost in USD of one call; an unknown model costs 0 (self-hosted endpoints). */
export function costUsd(
  model: string,
  usage: { promptTokens: number; completionTokens: number },
  prices: PriceTable,
): number {
  const price = priceFor(model, prices);
  if (!price) return 0;
  return (usage.promptTokens * price.input + usage.completionTokens * price.output) / 1_000_000;
}
