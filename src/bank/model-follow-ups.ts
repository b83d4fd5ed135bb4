// Follow-up questions for imported rows that brought none: kept from the same question already stored, else
// written by the language model a few rows at a time; without a model they stay empty and are templated when asked.
import type { BankQuestion } from '../domain/types.js';
import { OFFLINE_PROVIDER_NAME } from '../domain/llm-calls.js';
import type { LlmProvider } from '../llm/types.js';
import { MODEL_KEY_POINT_LIMITS, reachesModel } from './model-key-points.js';
import { askEachRow } from './model-rows.js';

/** How the follow-ups of rows that listed none were settled in one import. */
export interface FollowUpDerivation {
  /** Rows whose follow-up questions a language model wrote. */
  model: number;
  /** Rows left without: the interviewer words a general follow-up when one is needed. */
  template: number;
  modelAvailable: boolean;
}

const identity = (q: BankQuestion) => `${q.kind}\u0000${q.id}\u0000${q.language}`;
const sameQuestion = (a: BankQuestion, b: BankQuestion) =>
  a.question === b.question && JSON.stringify(a.keyPoints) === JSON.stringify(b.keyPoints);

async function askOne(row: BankQuestion, llm: LlmProvider, workspaceKey: string, signal: AbortSignal) {
  try {
    const derived = await llm.deriveFollowUps?.(
      { language: row.language, question: row.question, keyPoints: row.keyPoints },
      { signal, workspaceId: workspaceKey },
    );
    if (!derived || derived.derivedBy === OFFLINE_PROVIDER_NAME) return undefined;
    return derived.followUps.length === row.keyPoints.length ? derived.followUps : undefined;
  } catch {
    // A timeout, a spent budget or a malformed reply: the row is templated when asked. The chain logged why.
    return undefined;
  }
}

/**
 * Give each row of `rows` without follow-ups the ones the workspace already stores for the same question
 * and key points (a re-import costs no model call), else the model's when `llm` reaches one. Returns
 * `rows` in order and how many rows went which way.
 */
export async function completeMissingFollowUps(input: {
  rows: readonly BankQuestion[];
  existing: readonly BankQuestion[];
  llm?: LlmProvider | undefined;
  workspaceKey: string;
  budgetMs?: number | undefined;
}): Promise<{ rows: BankQuestion[]; followUps: FollowUpDerivation }> {
  const stored = new Map(input.existing.map((q) => [identity(q), q]));
  const written = new Map<BankQuestion, string[]>();
  const ask: BankQuestion[] = [];
  for (const row of input.rows) {
    if (row.followUps) continue;
    const before = stored.get(identity(row));
    if (before?.followUps && sameQuestion(before, row)) written.set(row, before.followUps);
    else ask.push(row);
  }
  const modelAvailable = reachesModel(input.llm);
  let model = 0;
  if (reachesModel(input.llm) && ask.length > 0) {
    const llm = input.llm;
    const answers = await askEachRow(ask, (row, signal) => askOne(row, llm, input.workspaceKey, signal), {
      concurrency: MODEL_KEY_POINT_LIMITS.concurrency,
      budgetMs: input.budgetMs ?? MODEL_KEY_POINT_LIMITS.budgetMs,
    });
    answers.forEach((followUps, index) => {
      if (!followUps) return;
      written.set(ask[index]!, followUps);
      model += 1;
    });
  }
  return {
    rows: input.rows.map((row) => {
      const followUps = written.get(row);
      return followUps ? { ...row, followUps } : row;
    }),
    followUps: { model, template: ask.length - model, modelAvailable },
  };
}
