// A graded answer set (JSONL) and the IDF corpus it is scored with, shared by bench:scorer and fit:scorer.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Language, Position, QuestionKind } from '../src/domain/types.js';
import type { EvaluationInput } from '../src/llm/types.js';

/** One hand-graded answer. */
export interface GradedAnswer {
  question: string;
  example_answer: string;
  key_points?: string[];
  answer: string;
  grade: number;
  reason?: string;
  kind?: QuestionKind;
  language?: Language;
  position?: Position;
}

const seedsDir = join(import.meta.dirname, '..', 'seeds', 'questions');

/** Read a JSONL file of graded answers. */
export function readGradedSet(file: string): GradedAnswer[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as GradedAnswer);
}

/** The bank's questions, example answers and key points, one document per row, as in production. */
function bankCorpus(): string[] {
  if (!existsSync(seedsDir)) return [];
  const documents: string[] = [];
  for (const name of readdirSync(seedsDir)
    .filter((entry) => entry.endsWith('.csv'))
    .sort()) {
    const rows = parse(readFileSync(join(seedsDir, name), 'utf8'), {
      columns: true,
      skip_empty_lines: true,
    }) as Record<string, string>[];
    for (const row of rows)
      documents.push([row.question, row.example_answer, row.key_points].filter(Boolean).join('\n'));
  }
  return documents;
}

/**
 * The IDF corpus: the seed bank plus the set's own questions. In production the question being
 * answered is always part of the bank, so it joins the corpus (its text, never its grades).
 */
export function scoringCorpus(items: readonly GradedAnswer[]): { corpus: string[]; bankRows: number } {
  const seeds = bankCorpus();
  const own = new Set(
    items.map((item) => [item.question, item.example_answer, ...(item.key_points ?? [])].join('\n')),
  );
  return { corpus: [...seeds, ...own], bankRows: seeds.length };
}

/** The evaluator input for a graded answer. */
export function evaluationInput(item: GradedAnswer): EvaluationInput {
  return {
    kind: item.kind ?? 'technical',
    language: item.language ?? 'en',
    position: item.position ?? 'be',
    question: item.question,
    answer: item.answer,
    exampleAnswer: item.example_answer,
    keyPoints: item.key_points ?? [],
  };
}
