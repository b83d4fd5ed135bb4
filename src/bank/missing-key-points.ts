// Imported rows that listed no key points: keep what the bank already holds for the same question, else
// ask the language model, else keep the offline derivation the parser made. Says how many went which way.
import type { BankQuestion } from '../domain/types.js';
import type { LlmProvider } from '../llm/types.js';
import { deriveKeyPointsWithModel, reachesModel } from './model-key-points.js';

/** How the key points of rows that listed none were derived in one import. */
export interface KeyPointDerivation {
  /** Rows whose key points a language model derived. */
  model: number;
  /** Rows left with the offline derivation (no model, or it failed or ran out of time). */
  offline: number;
  /** False when only the offline derivation was available. */
  modelAvailable: boolean;
}

const identity = (q: BankQuestion) => `${q.kind}\u0000${q.id}\u0000${q.language}`;

/** Everything but the key points, so a stored row can lend its points to the same question re-imported. */
function contentWithoutKeyPoints(q: BankQuestion): string {
  const facet = q.kind === 'technical' ? [q.position, q.topic, q.difficulty] : [q.competency];
  return JSON.stringify([...facet, q.question, q.exampleAnswer]);
}

/**
 * Complete the key points of `derived` (rows of `rows` whose key point cell was empty). A row the
 * workspace already holds with the same content keeps its stored points, so importing the same file
 * again changes nothing and costs no model call; the others are offered to `llm` when it reaches a
 * model. Returns `rows` in order, each with its final key points.
 */
export async function completeMissingKeyPoints(input: {
  rows: readonly BankQuestion[];
  derived: ReadonlySet<BankQuestion>;
  existing: readonly BankQuestion[];
  llm?: LlmProvider | undefined;
  workspaceKey: string;
  budgetMs?: number | undefined;
}): Promise<{ rows: BankQuestion[]; keyPoints: KeyPointDerivation }> {
  const stored = new Map(input.existing.map((q) => [identity(q), q]));
  const replaced = new Map<BankQuestion, string[]>();
  const ask: BankQuestion[] = [];
  for (const row of input.rows) {
    if (!input.derived.has(row)) continue;
    const before = stored.get(identity(row));
    if (before && contentWithoutKeyPoints(before) === contentWithoutKeyPoints(row))
      replaced.set(row, before.keyPoints);
    else ask.push(row);
  }
  const modelAvailable = reachesModel(input.llm);
  let model = 0;
  if (reachesModel(input.llm) && ask.length > 0) {
    const points = await deriveKeyPointsWithModel({
      rows: ask,
      llm: input.llm,
      workspaceKey: input.workspaceKey,
      budgetMs: input.budgetMs,
    });
    ask.forEach((row, index) => {
      const derived = points[index];
      if (!derived) return;
      replaced.set(row, derived);
      model += 1;
    });
  }
  return {
    rows: input.rows.map((row) => {
      const keyPoints = replaced.get(row);
      return keyPoints ? { ...row, keyPoints } : row;
    }),
    keyPoints: { model, offline: ask.length - model, modelAvailable },
  };
}
