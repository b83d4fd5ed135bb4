// Parses the competency rubric CSV (`competency,language,name,weak,solid,strong`).
import type { CompetencyRubric } from '../domain/types.js';
import { type CsvRecord, readCsvTable } from './csv-table.js';
import type { BankIssue, ParseResult } from './issues.js';
import { createIssueSink, readLanguage, requireCells } from './row-fields.js';
import { COMPETENCIES, resolveCompetency } from './taxonomy.js';
import { countChars } from './text.js';
import { LIMITS } from './validate.js';

/** Columns of the rubric file, in the order they are written. */
export const COMPETENCY_COLUMNS = ['competency', 'language', 'name', 'weak', 'solid', 'strong'] as const;

const LEVELS = ['weak', 'solid', 'strong'] as const;

function parseRecord(record: CsvRecord, source: string): { row?: CompetencyRubric; issues: BankIssue[] } {
  const { cells } = record;
  const sink = createIssueSink({ source, line: record.line });
  if (!requireCells(cells, COMPETENCY_COLUMNS, sink)) return { issues: sink.issues };
  const competency = resolveCompetency(cells.competency!);
  if (!competency) {
    sink.add('bank.unknown_competency', { value: cells.competency!, allowed: COMPETENCIES.join(', ') });
  }
  const language = readLanguage(cells.language, cells.name!, sink);
  for (const field of LEVELS) {
    const length = countChars(cells[field]!);
    if (length < LIMITS.rubricText.min || length > LIMITS.rubricText.max) {
      sink.add('bank.rubric_length', { field, length, ...LIMITS.rubricText });
    }
  }
  if (!competency || !language || sink.issues.length > 0) return { issues: sink.issues };
  const row: CompetencyRubric = {
    competency,
    language,
    name: cells.name!,
    weak: cells.weak!,
    solid: cells.solid!,
    strong: cells.strong!,
  };
  return { row, issues: [] };
}

/** Parse competency rubrics from CSV text: one row per competency and language, each level described. */
export function parseCompetenciesCsv(
  text: string,
  options: { source: string },
): ParseResult<CompetencyRubric> {
  const table = readCsvTable(text, options.source, COMPETENCY_COLUMNS);
  const errors = [...table.errors];
  const rows: CompetencyRubric[] = [];
  const firstLine = new Map<string, number>();
  for (const record of table.records) {
    const { row, issues } = parseRecord(record, options.source);
    errors.push(...issues);
    if (!row) continue;
    const key = `${row.competency}:${row.language}`;
    const earlier = firstLine.get(key);
    if (earlier !== undefined) {
      errors.push({
        source: options.source,
        line: record.line,
        key: 'bank.duplicate_rubric',
        params: { competency: row.competency, language: row.language, firstLine: earlier },
      });
      continue;
    }
    firstLine.set(key, record.line);
    rows.push(row);
  }
  return { rows, errors };
}
