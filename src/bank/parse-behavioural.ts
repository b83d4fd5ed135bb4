// Parses the behavioural question CSV (`id,competency,language,question,example_answer,key_points`).
import type { BehaviouralQuestion } from '../domain/types.js';
import { type CsvRecord, readCsvTable } from './csv-table.js';
import type { BankIssue, Located, ParseResult } from './issues.js';
import type { ParseOptions } from './parse-technical.js';
import { createIssueSink, readId, readKeyPoints, readLanguage, requireCells } from './row-fields.js';
import { COMPETENCIES, resolveCompetency } from './taxonomy.js';
import { checkAcrossRows, checkQuestionContent } from './validate.js';

/** Columns of the behavioural file, in the order they are written. */
export const BEHAVIOURAL_COLUMNS = [
  'id',
  'competency',
  'language',
  'question',
  'example_answer',
  'key_points',
] as const;

/** Columns every behavioural import needs; id, language and key points default as for technical rows. */
export const BEHAVIOURAL_REQUIRED = ['competency', 'question', 'example_answer'] as const;

function parseRecord(
  record: CsvRecord,
  options: ParseOptions,
): { row?: BehaviouralQuestion; issues: BankIssue[] } {
  const { cells } = record;
  const sink = createIssueSink({ source: options.source, line: record.line });
  if (!requireCells(cells, BEHAVIOURAL_REQUIRED, sink)) return { issues: sink.issues };
  const competency = resolveCompetency(cells.competency!);
  if (!competency) {
    sink.add('bank.unknown_competency', { value: cells.competency!, allowed: COMPETENCIES.join(', ') });
  }
  const question = cells.question!;
  const exampleAnswer = cells.example_answer!;
  const language = readLanguage(cells.language, question, sink);
  const id = readId(cells.id, `beh-${competency ?? 'x'}`, question, sink);
  if (!competency || !language) return { issues: sink.issues };
  const keyPoints = readKeyPoints(cells.key_points, exampleAnswer, language);
  sink.issues.push(...checkQuestionContent({ language, question, exampleAnswer, keyPoints }, sink.at));
  if (sink.issues.length > 0) return { issues: sink.issues };
  const row: BehaviouralQuestion = {
    id,
    kind: 'behavioural',
    competency,
    language,
    question,
    exampleAnswer,
    keyPoints,
    workspaceId: options.workspaceId,
  };
  return { row, issues: [] };
}

/** Parse and check the behavioural CSV, keeping each row's place. */
export function parseBehaviouralLocated(
  text: string,
  options: ParseOptions,
): ParseResult<Located<BehaviouralQuestion>> {
  const table = readCsvTable(text, options.source, BEHAVIOURAL_REQUIRED);
  const errors = [...table.errors];
  const located: Located<BehaviouralQuestion>[] = [];
  for (const record of table.records) {
    const { row, issues } = parseRecord(record, options);
    errors.push(...issues);
    if (row) located.push({ row, source: options.source, line: record.line });
  }
  const across = checkAcrossRows(located, ['competency']);
  errors.push(...across.errors);
  return { rows: across.kept, errors: errors.sort((a, b) => a.line - b.line) };
}

/** Parse behavioural questions from CSV text; rows with problems are left out and reported by line. */
export function parseBehaviouralCsv(text: string, options: ParseOptions): ParseResult<BehaviouralQuestion> {
  const { rows, errors } = parseBehaviouralLocated(text, options);
  return { rows: rows.map((located) => located.row), errors };
}
