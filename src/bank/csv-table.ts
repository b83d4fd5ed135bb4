// Reads a bank CSV into named cells with spreadsheet row numbers, reporting broken structure as issues.
import { type InfoRecord, type Options, parse } from 'csv-parse/sync';
import type { BankIssue } from './issues.js';

/** One data row: its spreadsheet row number and its cells by normalised column name. */
export interface CsvRecord {
  line: number;
  cells: Record<string, string>;
}

interface NumberedRecord {
  record: string[];
  row: number;
}

export interface CsvTable {
  /** Normalised column names in file order. */
  columns: string[];
  records: CsvRecord[];
  errors: BankIssue[];
}

/** "Example Answer" → "example_answer": headers typed by hand in a spreadsheet still match. */
export function normaliseColumnName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/**
 * Parse `text` (RFC 4180, optional BOM). Blank rows are skipped but still counted, so line numbers
 * match what a spreadsheet shows even when a cell holds several text lines. When a required column
 * is missing no record is returned: every row would fail for the same reason.
 */
export function readCsvTable(text: string, source: string, required: readonly string[]): CsvTable {
  const errors: BankIssue[] = [];
  let lastRow = 0;
  // on_record tags each record with its row number; csv-parse's typings only model plain string arrays.
  const tagRecord = (record: string[], context: InfoRecord): NumberedRecord => {
    lastRow = context.records;
    return { record, row: context.records };
  };
  const options = {
    bom: true,
    relax_column_count: true,
    skip_empty_lines: false,
    on_record: tagRecord as unknown as Options['on_record'],
  } satisfies Options;
  let raw: NumberedRecord[];
  try {
    raw = parse(text, options) as unknown as NumberedRecord[];
  } catch (error) {
    const detail = error instanceof Error ? (error.message.split(':')[0] ?? error.message) : String(error);
    errors.push({ source, line: lastRow + 1, key: 'bank.csv_malformed', params: { detail } });
    return { columns: [], records: [], errors };
  }
  const [header, ...body] = raw;
  const columns = (header?.record ?? []).map(normaliseColumnName);
  const missing = required.filter((name) => !columns.includes(name));
  if (missing.length > 0) {
    errors.push({
      source,
      line: 1,
      key: 'bank.missing_columns',
      params: { columns: missing.join(', '), expected: required.join(', ') },
    });
    return { columns, records: [], errors };
  }
  const records: CsvRecord[] = [];
  for (const { record, row } of body) {
    if (record.every((cell) => cell.trim() === '')) continue;
    const line = row;
    if (record.length !== columns.length) {
      errors.push({
        source,
        line,
        key: 'bank.column_count',
        params: { found: record.length, expected: columns.length },
      });
      continue;
    }
    const cells: Record<string, string> = {};
    columns.forEach((name, index) => {
      if (!(name in cells)) cells[name] = (record[index] ?? '').trim();
    });
    records.push({ line, cells });
  }
  return { columns, records, errors };
}
