// What a bank check reports: a row, a message key and its parameters, localised only when shown.
import type { Language } from '../domain/types.js';
import { t } from '../i18n/index.js';
import type { bankMessages } from '../i18n/messages/bank.js';

/** A key of the bank catalogue (src/i18n/messages/bank.ts). */
export type BankMessageKey = keyof (typeof bankMessages)['en'];

/**
 * One problem found in a bank file. `line` is the row number a spreadsheet shows (1 = header), so
 * an admin can go straight to it; `source` names the file or upload.
 */
export interface BankIssue {
  source: string;
  line: number;
  key: BankMessageKey;
  params: Record<string, string | number>;
}

/** The outcome of parsing one file: the rows that passed every check, and what was wrong with the rest. */
export interface ParseResult<T> {
  rows: T[];
  errors: BankIssue[];
}

/** A parsed row with where it came from, kept while checks across rows still need to point at it. */
export interface Located<T> {
  row: T;
  source: string;
  line: number;
}

/** Render an issue as one line, e.g. "technical-be.csv, line 12: the question cell is empty." */
export function describeIssue(language: Language, issue: BankIssue): string {
  const reason = t(language, issue.key, issue.params);
  return t(language, 'bank.issue_at', { source: issue.source, line: issue.line, reason });
}
