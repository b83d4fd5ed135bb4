// The row loop the technical and behavioural parsers share: read cells, check content, then check across rows.
import type { Language } from '../domain/types.js';
import { readCsvTable } from './csv-table.js';
import type { Located, ParseResult } from './issues.js';
import { createIssueSink, type IssueSink, readKeyPoints, requireCells } from './row-fields.js';
import { checkAcrossRows, checkQuestionContent } from './validate.js';

export interface ParseOptions {
  /** Names the file or upload in issues, e.g. "technical-be.csv". */
  source: string;
  /** null for the shared bank, a workspace id for a club's own questions. */
  workspaceId: string | null;
}

/** What differs between question files: their required columns, how a row is read, what translations share. */
export interface QuestionRowSpec<T extends { id: string; language: Language }> {
  required: readonly string[];
  /** Fields a Korean row must share with the English row of the same id. */
  translationFields: readonly (keyof T & string)[];
  /**
   * Build one row from cells that hold every required column, reporting problems to the sink;
   * undefined when the row cannot be built. A row that reported any problem is left out.
   */
  readRow(cells: Record<string, string>, sink: IssueSink, options: ParseOptions): T | undefined;
}

/** The content every question row shares, before its key points are known. */
interface QuestionText {
  language: Language;
  question: string;
  exampleAnswer: string;
}

/**
 * Read the key points (derived from the example answer when the cell is empty) and run the content
 * checks; undefined when the row has any problem so far.
 */
export function readCheckedKeyPoints(
  cell: string | undefined,
  content: QuestionText,
  sink: IssueSink,
): string[] | undefined {
  const keyPoints = readKeyPoints(cell, content.exampleAnswer, content.language);
  sink.issues.push(...checkQuestionContent({ ...content, keyPoints }, sink.at));
  return sink.issues.length > 0 ? undefined : keyPoints;
}

/** Parse and check one question CSV, keeping each row's place for checks across rows and files. */
export function parseQuestionRows<T extends { id: string; language: Language }>(
  text: string,
  options: ParseOptions,
  spec: QuestionRowSpec<T>,
): ParseResult<Located<T>> {
  const table = readCsvTable(text, options.source, spec.required);
  const errors = [...table.errors];
  const located: Located<T>[] = [];
  for (const record of table.records) {
    const sink = createIssueSink({ source: options.source, line: record.line });
    const row = requireCells(record.cells, spec.required, sink)
      ? spec.readRow(record.cells, sink, options)
      : undefined;
    errors.push(...sink.issues);
    if (row && sink.issues.length === 0) located.push({ row, source: options.source, line: record.line });
  }
  const across = checkAcrossRows(located, spec.translationFields);
  errors.push(...across.errors);
  return { rows: across.kept, errors: errors.sort((a, b) => a.line - b.line) };
}
