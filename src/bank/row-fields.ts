// Cell readers shared by the technical and behavioural parsers: id, language, difficulty, key points.
import type { Language } from '../domain/types.js';
import { LANGUAGES } from '../domain/types.js';
import { deriveKeyPoints } from './derive-key-points.js';
import type { BankIssue } from './issues.js';
import { stableQuestionId } from './stable-id.js';
import { detectLanguage, splitKeyPoints } from './text.js';
import { ID_PATTERN, type RowPlace } from './validate.js';

/** Collects a row's issues while its cells are read, so one pass reports everything wrong with it. */
export interface IssueSink {
  at: RowPlace;
  issues: BankIssue[];
  add(key: BankIssue['key'], params?: BankIssue['params']): void;
}

export function createIssueSink(at: RowPlace): IssueSink {
  const issues: BankIssue[] = [];
  return { at, issues, add: (key, params = {}) => issues.push({ ...at, key, params }) };
}

/** Report each listed cell that is empty; returns false when any was. */
export function requireCells(
  cells: Record<string, string>,
  fields: readonly string[],
  sink: IssueSink,
): boolean {
  let complete = true;
  for (const field of fields) {
    if (!cells[field]) {
      sink.add('bank.required', { field });
      complete = false;
    }
  }
  return complete;
}

/** The declared language, or the detected one when the column is absent or the cell empty. */
export function readLanguage(
  cell: string | undefined,
  question: string,
  sink: IssueSink,
): Language | undefined {
  if (!cell) return detectLanguage(question);
  const value = cell.toLowerCase();
  if ((LANGUAGES as readonly string[]).includes(value)) return value as Language;
  sink.add('bank.unknown_language', { value: cell });
  return undefined;
}

/** The given id, or a stable one from `scope` and the question when absent. */
export function readId(cell: string | undefined, scope: string, question: string, sink: IssueSink): string {
  if (!cell) return stableQuestionId(scope, question);
  if (!ID_PATTERN.test(cell)) sink.add('bank.bad_id', { value: cell });
  return cell;
}

/** Difficulty 1–3; an absent column or empty cell means 2 (the middle of the bank). */
export function readDifficulty(cell: string | undefined, sink: IssueSink): 1 | 2 | 3 | undefined {
  if (!cell) return 2;
  if (cell === '1' || cell === '2' || cell === '3') return Number(cell) as 1 | 2 | 3;
  sink.add('bank.bad_difficulty', { value: cell });
  return undefined;
}

/**
 * The follow-up questions of a row, one per key point in the same order; undefined when the cell is
 * absent or empty (imports may leave it out), and reported when the counts differ.
 */
export function readFollowUps(
  cell: string | undefined,
  keyPoints: readonly string[],
  sink: IssueSink,
): string[] | undefined {
  const listed = cell ? splitKeyPoints(cell) : [];
  if (listed.length === 0) return undefined;
  if (listed.length !== keyPoints.length)
    sink.add('bank.follow_up_count', { count: listed.length, keyPoints: keyPoints.length });
  return listed;
}

/** The listed key points, or ones derived from the example answer when the cell is absent or empty. */
export function readKeyPoints(cell: string | undefined, exampleAnswer: string, language: Language): string[] {
  const listed = cell ? splitKeyPoints(cell) : [];
  return listed.length > 0 ? listed : deriveKeyPoints(exampleAnswer, language);
}
