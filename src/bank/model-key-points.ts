// Key points for imported rows that listed none, asked of the language model a few rows at a time under
// one time budget; a row the model does not serve keeps the offline derivation its parser already made.
import type { BankQuestion } from '../domain/types.js';
import { OFFLINE_PROVIDER_NAME } from '../domain/llm-calls.js';
import type { LlmProvider } from '../llm/types.js';
import { askEachRow } from './model-rows.js';
import { checkQuestionContent } from './validate.js';

/**
 * Four rows in flight at once, and a minute for the whole file: the admin waits for the import's reply,
 * so rows the model has not reached by then are left with their offline key points.
 */
export const MODEL_KEY_POINT_LIMITS = { concurrency: 4, budgetMs: 60_000 } as const;

/** True when `llm` can reach a language model, i.e. it is more than the offline provider on its own. */
export function reachesModel(llm: LlmProvider | undefined): llm is LlmProvider {
  return llm !== undefined && llm.name !== OFFLINE_PROVIDER_NAME;
}

export interface ModelKeyPointsInput {
  rows: readonly BankQuestion[];
  llm: LlmProvider;
  /** "<platform>:<workspaceId>": the token budget the calls are charged to. */
  workspaceKey: string;
  concurrency?: number | undefined;
  budgetMs?: number | undefined;
}

/** Ask one row's key points; undefined when no model served them or they would fail the bank's checks. */
async function askOne(
  row: BankQuestion,
  input: ModelKeyPointsInput,
  signal: AbortSignal,
): Promise<string[] | undefined> {
  try {
    const derived = await input.llm.deriveKeyPoints(
      { language: row.language, question: row.question, exampleAnswer: row.exampleAnswer },
      { signal, workspaceId: input.workspaceKey },
    );
    if (derived.derivedBy === OFFLINE_PROVIDER_NAME) return undefined;
    const issues = checkQuestionContent({ ...row, keyPoints: derived.keyPoints }, { source: '', line: 0 });
    return issues.length > 0 ? undefined : derived.keyPoints;
  } catch {
    // A timeout, a spent budget or an exhausted chain: the offline key points stay. The chain logged why.
    return undefined;
  }
}

/**
 * Model-derived key points for each of `rows`, in order; undefined where the model did not serve the
 * row (it failed, the chain fell back to offline, the reply broke the bank's limits, or the time
 * budget ran out first). Never throws: the offline derivation is always there to fall back on.
 */
export async function deriveKeyPointsWithModel(
  input: ModelKeyPointsInput,
): Promise<(string[] | undefined)[]> {
  return askEachRow(input.rows, (row, signal) => askOne(row, input, signal), {
    concurrency: input.concurrency ?? MODEL_KEY_POINT_LIMITS.concurrency,
    budgetMs: input.budgetMs ?? MODEL_KEY_POINT_LIMITS.budgetMs,
  });
}
