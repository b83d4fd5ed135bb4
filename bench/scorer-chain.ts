// `bench:scorer -- FILE --provider chain`: the graded set through the configured provider chain, a few at a time,
// with the cost estimated (from the price table) before any call is made and counted after.
import { type Config, loadConfig } from '../src/config/load-config.js';
import { createLogger } from '../src/logger.js';
import type { LlmCallRecord } from '../src/llm/chain/call-record.js';
import { createLlmChainFromConfig } from '../src/llm/chain/from-config.js';
import { mergePrices, priceFor } from '../src/llm/openai/prices.js';
import { evaluatePrompt } from '../src/llm/prompts/evaluate-prompt.js';
import type { EvaluationInput, LlmProvider } from '../src/llm/types.js';
import type { LlmCallsStore } from '../src/stores/llm-calls-store.js';

/** How many answers are in flight at once unless `--concurrency N` says otherwise. */
export const DEFAULT_CONCURRENCY = 4;
/** Tokens a graded reply is assumed to take for the estimate: feedback, points and a model answer. */
export const ESTIMATED_REPLY_TOKENS = 450;
/** English text averages about four characters a token; Korean closer to two. */
const charsPerToken = (input: EvaluationInput) => (input.language === 'ko' ? 2 : 4);

/** What the run will cost on the primary model, before it starts. */
export interface CostEstimate {
  calls: number;
  model: string;
  promptTokens: number;
  completionTokens: number;
  /** undefined when the price table has no entry for the model (a self-hosted one, say). */
  usd: number | undefined;
}

/** Estimate from the prompts that will really be sent and the configured or default price table. */
export function estimateChainCost(
  inputs: readonly EvaluationInput[],
  config: Pick<Config, 'llm'>,
): CostEstimate {
  const model = config.llm.endpoints[0]?.model ?? 'none';
  let promptTokens = 0;
  for (const input of inputs) {
    const characters = evaluatePrompt(input).reduce((sum, message) => sum + message.content.length, 0);
    promptTokens += Math.ceil(characters / charsPerToken(input));
  }
  const completionTokens = inputs.length * ESTIMATED_REPLY_TOKENS;
  const price = priceFor(model, mergePrices(config.llm.prices));
  const usd = price ? (promptTokens * price.input + completionTokens * price.output) / 1_000_000 : undefined;
  return { calls: inputs.length, model, promptTokens, completionTokens, usd };
}

/** The calls of this run, kept in memory: the chain records into it, and it reports what was spent. */
export function createRunLedger(): LlmCallsStore & { calls: LlmCallRecord[] } {
  const calls: LlmCallRecord[] = [];
  return {
    calls,
    async record(call) {
      calls.push(call);
    },
    async tokensSpentToday() {
      return calls.reduce((sum, call) => sum + call.promptTokens + call.completionTokens, 0);
    },
    async providerStats() {
      return [];
    },
  };
}

/** Run `work` over `items` with at most `limit` in flight, keeping the input order in the results. */
export async function mapWithConcurrency<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

/** One answer scored by the chain, and which evaluator served it. */
export interface ChainScore {
  score: number;
  evaluator: string;
  degraded: boolean;
}

/**
 * Score every input through the chain the config describes (primary, secondary, then `offline`), at most
 * `concurrency` at a time. The ledger holds every attempt, so the caller can report tokens and cost.
 */
export async function scoreWithChain(options: {
  inputs: readonly EvaluationInput[];
  config: Pick<Config, 'env' | 'llm'>;
  offline: LlmProvider;
  concurrency: number;
  ledger?: ReturnType<typeof createRunLedger>;
}): Promise<ChainScore[]> {
  const ledger = options.ledger ?? createRunLedger();
  const chain = createLlmChainFromConfig({
    config: options.config,
    calls: ledger,
    offline: options.offline,
    logger: createLogger({ level: 'silent', format: 'json' }),
  });
  return mapWithConcurrency(options.inputs, options.concurrency, async (input) => {
    const evaluation = await chain.evaluateAnswer(input);
    return { score: evaluation.score, evaluator: evaluation.evaluator, degraded: evaluation.degraded };
  });
}

/** Lines describing the estimate, printed before the first call. */
export function describeEstimate(estimate: CostEstimate, concurrency: number): string[] {
  const cost =
    estimate.usd === undefined
      ? 'unknown (no price for this model; set LLM_PRICES)'
      : `$${estimate.usd.toFixed(4)}`;
  return [
    `provider chain: ${estimate.calls} evaluations on ${estimate.model}, ${concurrency} at a time`,
    `cost estimate: ~${estimate.promptTokens} prompt + ~${estimate.completionTokens} completion tokens ≈ ${cost}`,
  ];
}

/** Lines describing what the run actually used, and who served the scores. */
export function describeRun(
  scores: readonly ChainScore[],
  ledger: ReturnType<typeof createRunLedger>,
): string[] {
  const served = new Map<string, number>();
  for (const score of scores) served.set(score.evaluator, (served.get(score.evaluator) ?? 0) + 1);
  const tokens = ledger.calls.reduce((sum, call) => sum + call.promptTokens + call.completionTokens, 0);
  const usd = ledger.calls.reduce((sum, call) => sum + call.costUsd, 0);
  return [
    `served by: ${[...served].map(([evaluator, count]) => `${evaluator} ${count}`).join(', ')}`,
    `spent: ${ledger.calls.length} model calls, ${tokens} tokens, $${usd.toFixed(4)}`,
  ];
}

/** The graded file: the first argument that is neither a flag nor a flag's value. */
export function benchFileArgument(argv: readonly string[]): string | undefined {
  const args = argv.slice(2);
  return args.find((arg, index) => !arg.startsWith('--') && !args[index - 1]?.startsWith('--'));
}

function flagValue(argv: readonly string[], name: string): string | undefined {
  const index = argv.indexOf(name);
  return index >= 0 ? argv[index + 1] : undefined;
}

/**
 * With `--provider chain`, score `inputs` through the configured chain (printing the estimate first and
 * the spend after) and return the scores in order; otherwise undefined, and the caller scores offline.
 * Exits with a message when no model is configured, since the figures would only be the offline ones.
 */
export async function chainScoresIfAsked(
  inputs: readonly EvaluationInput[],
  offline: LlmProvider,
  argv: readonly string[] = process.argv,
): Promise<number[] | undefined> {
  const provider = flagValue(argv, '--provider') ?? 'offline';
  if (provider === 'offline') return undefined;
  if (provider !== 'chain') {
    console.error(`--provider must be "offline" or "chain", not "${provider}"`);
    process.exit(2);
  }
  const concurrency = Number(flagValue(argv, '--concurrency') ?? DEFAULT_CONCURRENCY);
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    console.error('--concurrency must be a whole number of at least 1');
    process.exit(2);
  }
  const config = loadConfig(process.env);
  if (config.llm.endpoints.length === 0) {
    console.error(
      '--provider chain needs a model: set OPENAI_API_KEY (and OPENAI_BASE_URL / OPENAI_MODEL as needed).',
    );
    process.exit(2);
  }
  for (const line of describeEstimate(estimateChainCost(inputs, config), concurrency)) console.log(line);
  const ledger = createRunLedger();
  const scores = await scoreWithChain({ inputs, config, offline, concurrency, ledger });
  for (const line of describeRun(scores, ledger)) console.log(line);
  return scores.map((score) => score.score);
}
