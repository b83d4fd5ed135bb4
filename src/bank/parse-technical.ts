// Parses technical question CSVs: the bank's own format and the original app's export, into checked rows.
import type { TechnicalQuestion } from '../domain/types.js';
import { POSITIONS } from '../domain/types.js';
import { type CsvRecord, readCsvTable } from './csv-table.js';
import type { BankIssue, Located, ParseResult } from './issues.js';
import {
  createIssueSink,
  readDifficulty,
  readId,
  readKeyPoints,
  readLanguage,
  requireCells,
} from './row-fields.js';
import { resolvePosition, resolveTopic, TOPICS } from './taxonomy.js';
import { checkAcrossRows, checkQuestionContent } from './validate.js';

/** Columns of the bank's technical files, in the order they are written. */
export const TECHNICAL_COLUMNS = [
  'id',
  'position',
  'topic',
  'difficulty',
  'language',
  'question',
  'example_answer',
  'key_points',
] as const;

/** Columns every technical import needs; the rest default (see readId, readDifficulty, readLanguage, readKeyPoints). */
export const TECHNICAL_REQUIRED = ['position', 'question', 'topic', 'example_answer'] as const;

/** Fields a Korean row must share with the English row of the same id. */
const TRANSLATION_FIELDS = ['position', 'topic', 'difficulty'] as const;

export interface ParseOptions {
  /** Names the file or upload in issues, e.g. "technical-be.csv". */
  source: string;
  /** null for the shared bank, a workspace id for a club's own questions. */
  workspaceId: string | null;
}

function parseRecord(
  record: CsvRecord,
  options: ParseOptions,
): { row?: TechnicalQuestion; issues: BankIssue[] } {
  const { cells } = record;
  const sink = createIssueSink({ source: options.source, line: record.line });
  if (!requireCells(cells, TECHNICAL_REQUIRED, sink)) return { issues: sink.issues };
  const position = resolvePosition(cells.position!);
  if (!position) {
    sink.add('bank.unknown_position', { value: cells.position!, allowed: POSITIONS.join(', ') });
    return { issues: sink.issues };
  }
  const topic = resolveTopic(position, cells.topic!);
  if (!topic)
    sink.add('bank.unknown_topic', { value: cells.topic!, position, allowed: TOPICS[position].join(', ') });
  const question = cells.question!;
  const exampleAnswer = cells.example_answer!;
  const difficulty = readDifficulty(cells.difficulty, sink);
  const language = readLanguage(cells.language, question, sink);
  const id = readId(cells.id, position, question, sink);
  if (!topic || !difficulty || !language) return { issues: sink.issues };
  const keyPoints = readKeyPoints(cells.key_points, exampleAnswer, language);
  sink.issues.push(...checkQuestionContent({ language, question, exampleAnswer, keyPoints }, sink.at));
  if (sink.issues.length > 0) return { issues: sink.issues };
  const row: TechnicalQuestion = {
    id,
    kind: 'technical',
    position,
    topic,
    difficulty,
    language,
    question,
    exampleAnswer,
    keyPoints,
    workspaceId: options.workspaceId,
  };
  return { row, issues: [] };
}

/** Parse and check one technical CSV, keeping each row's place for checks across files. */
export function parseTechnicalLocated(
  text: string,
  options: ParseOptions,
): ParseResult<Located<TechnicalQuestion>> {
  const table = readCsvTable(text, options.source, TECHNICAL_REQUIRED);
  const errors = [...table.errors];
  const located: Located<TechnicalQuestion>[] = [];
  for (const record of table.records) {
    const { row, issues } = parseRecord(record, options);
    errors.push(...issues);
    if (row) located.push({ row, source: options.source, line: record.line });
  }
  const across = checkAcrossRows(located, TRANSLATION_FIELDS);
  errors.push(...across.errors);
  return { rows: across.kept, errors: errors.sort((a, b) => a.line - b.line) };
}

/**
 * Parse technical questions from CSV text. Accepts the bank's columns
 * (`id,position,topic,difficulty,language,question,example_answer,key_points`) and the original
 * app's (`position,question,topic,example_answer` plus any of the optional ones), in any order.
 * Rows with problems are left out and reported with their spreadsheet line.
 */
export function parseTechnicalCsv(text: string, options: ParseOptions): ParseResult<TechnicalQuestion> {
  const { rows, errors } = parseTechnicalLocated(text, options);
  return { rows: rows.map((located) => located.row), errors };
}
