// A club's own questions: check an uploaded CSV, import it all or nothing under one workspace, export it back.
import type { BankQuestion } from '../domain/types.js';
import { UserError } from '../errors.js';
import type { LlmProvider } from '../llm/types.js';
import type { Attachment } from '../platform/types.js';
import type { QuestionBankStore } from '../stores/question-bank-store.js';
import { normaliseColumnName, readCsvTable } from './csv-table.js';
import { exportBehaviouralCsv, exportTechnicalCsv } from './export-csv.js';
import type { BankIssue } from './issues.js';
import { completeMissingKeyPoints, type KeyPointDerivation } from './missing-key-points.js';
import { completeMissingFollowUps, type FollowUpDerivation } from './model-follow-ups.js';
import { parseBehaviouralLocated } from './parse-behavioural.js';
import { parseTechnicalLocated } from './parse-technical.js';
import { splitKeyPoints } from './text.js';

/** What an upload may be: big enough for thousands of questions, small enough to hold in memory. */
export const UPLOAD_LIMITS = { maxBytes: 2 * 1024 * 1024, timeoutMs: 20_000 } as const;

/** Content types platforms give CSV files (Windows and older Excel call them vnd.ms-excel). */
const CSV_TYPES = new Set([
  'text/csv',
  'application/csv',
  'text/comma-separated-values',
  'text/x-csv',
  'application/vnd.ms-excel',
]);

/** Refuse a file by its metadata, before anything is downloaded. */
export function checkCsvAttachment(
  attachment: Pick<Attachment, 'fileName' | 'contentType' | 'sizeBytes'>,
): void {
  const name = attachment.fileName;
  const type = (attachment.contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (/\.(xlsx|xls|ods|numbers)$/i.test(name)) throw new UserError('bank.upload_spreadsheet', { file: name });
  if (!/\.csv$/i.test(name) && !CSV_TYPES.has(type))
    throw new UserError('bank.upload_not_csv', { file: name });
  if (attachment.sizeBytes !== undefined && attachment.sizeBytes > UPLOAD_LIMITS.maxBytes) {
    throw new UserError('bank.upload_too_large', { file: name, maxMb: UPLOAD_LIMITS.maxBytes / 1024 / 1024 });
  }
}

/** Read the bytes as UTF-8 (a BOM is dropped); anything else is refused with how to save it right. */
export function decodeCsv(bytes: Uint8Array, fileName: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UserError('bank.upload_not_utf8', { file: fileName });
  }
  if (text.includes('\u0000')) throw new UserError('bank.upload_not_csv', { file: fileName });
  return text;
}

/** Spreadsheet lines whose key point cell is absent or empty (the parsers derived theirs offline). */
function linesWithoutKeyPoints(text: string, source: string): Set<number> {
  const { records } = readCsvTable(text, source, []);
  return new Set(
    records.filter((record) => splitKeyPoints(record.cells.key_points ?? '').length === 0).map((r) => r.line),
  );
}

/**
 * Behavioural files name a competency and no position; everything else is read as technical.
 * `derived` holds the rows that listed no key points, whose points were derived offline.
 */
export function parseWorkspaceCsv(
  text: string,
  source: string,
  workspaceKey: string,
): { rows: BankQuestion[]; errors: BankIssue[]; derived: Set<BankQuestion> } {
  const header = (text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '')
    .split(',')
    .map((cell) => normaliseColumnName(cell.replace(/"/g, '')));
  const options = { source, workspaceId: workspaceKey };
  const behavioural = header.includes('competency') && !header.includes('position');
  const parsed = behavioural ? parseBehaviouralLocated(text, options) : parseTechnicalLocated(text, options);
  const blank = parsed.rows.length > 0 ? linesWithoutKeyPoints(text, source) : new Set<number>();
  return {
    rows: parsed.rows.map((located) => located.row),
    errors: parsed.errors,
    derived: new Set(parsed.rows.filter((located) => blank.has(located.line)).map((located) => located.row)),
  };
}

/** How an import compares with what the workspace already has. */
export interface ImportPlan {
  added: BankQuestion[];
  updated: BankQuestion[];
  unchanged: number;
}

const identity = (q: BankQuestion) => `${q.kind}\u0000${q.id}\u0000${q.language}`;

/** Everything a question says, so a re-import of the same row counts as unchanged. */
function content(q: BankQuestion): string {
  const facet = q.kind === 'technical' ? [q.position, q.topic, q.difficulty] : [q.competency];
  return JSON.stringify([...facet, q.question, q.exampleAnswer, q.keyPoints, q.followUps ?? []]);
}

/** Sort incoming rows into new, changed and unchanged against the workspace's current questions. */
export function planImport(existing: readonly BankQuestion[], incoming: readonly BankQuestion[]): ImportPlan {
  const current = new Map(existing.map((q) => [identity(q), content(q)]));
  const plan: ImportPlan = { added: [], updated: [], unchanged: 0 };
  for (const q of incoming) {
    const before = current.get(identity(q));
    if (before === undefined) plan.added.push(q);
    else if (before !== content(q)) plan.updated.push(q);
    else plan.unchanged += 1;
  }
  return plan;
}

export type ImportOutcome =
  | { status: 'rejected'; source: string; issues: BankIssue[] }
  | { status: 'empty'; source: string }
  | {
      status: 'imported';
      source: string;
      added: number;
      updated: number;
      unchanged: number;
      /** How rows that listed no key points got theirs. */
      keyPoints: KeyPointDerivation;
      /** How rows that listed no follow-up questions got theirs. */
      followUps: FollowUpDerivation;
    };

/**
 * Import one uploaded CSV into `workspaceKey` ("<platform>:<workspaceId>"). Any rejected row
 * rejects the file: nothing is written and every issue comes back with its spreadsheet line.
 * Missing key points are derived from the example answer, and missing follow-up questions written,
 * by the language model when `llm` reaches
 * one (a few rows at a time, within a time budget), offline otherwise or when the model fails.
 */
export async function importWorkspaceBank(input: {
  bank: QuestionBankStore;
  workspaceKey: string;
  attachment: Attachment;
  now: number;
  llm?: LlmProvider | undefined;
  /** Overall time the model may spend on missing key points (MODEL_KEY_POINT_LIMITS by default). */
  keyPointsBudgetMs?: number | undefined;
}): Promise<ImportOutcome> {
  const { attachment, workspaceKey } = input;
  checkCsvAttachment(attachment);
  const bytes = await attachment.download(UPLOAD_LIMITS);
  if (bytes.byteLength > UPLOAD_LIMITS.maxBytes) {
    throw new UserError('bank.upload_too_large', {
      file: attachment.fileName,
      maxMb: UPLOAD_LIMITS.maxBytes / 1024 / 1024,
    });
  }
  const source = attachment.fileName;
  const parsed = parseWorkspaceCsv(decodeCsv(bytes, source), source, workspaceKey);
  if (parsed.errors.length > 0) return { status: 'rejected', source, issues: parsed.errors };
  if (parsed.rows.length === 0) return { status: 'empty', source };
  const existing = await input.bank.listWorkspace(workspaceKey);
  const completed = await completeMissingKeyPoints({
    rows: parsed.rows,
    derived: parsed.derived,
    existing,
    llm: input.llm,
    workspaceKey,
    budgetMs: input.keyPointsBudgetMs,
  });
  const withFollowUps = await completeMissingFollowUps({
    rows: completed.rows,
    existing,
    llm: input.llm,
    workspaceKey,
    budgetMs: input.keyPointsBudgetMs,
  });
  const plan = planImport(existing, withFollowUps.rows);
  const changed = [...plan.added, ...plan.updated];
  if (changed.length > 0) await input.bank.upsert(changed, workspaceKey, `import:${source}`, input.now);
  return {
    status: 'imported',
    source,
    added: plan.added.length,
    updated: plan.updated.length,
    unchanged: plan.unchanged,
    keyPoints: completed.keyPoints,
    followUps: withFollowUps.followUps,
  };
}

/** CSV text as Excel opens it: UTF-8 with a byte order mark, or Korean turns into mojibake. */
export function csvFileContent(text: string): Uint8Array {
  return new TextEncoder().encode(`\uFEFF${text}`);
}

/** A workspace's questions as CSV files, one per kind it has, in the bank's own column order. */
export function exportWorkspaceFiles(
  questions: readonly BankQuestion[],
  baseName: string,
): { name: string; contentType: string; content: Uint8Array }[] {
  const technical = questions.filter((q) => q.kind === 'technical');
  const behavioural = questions.filter((q) => q.kind === 'behavioural');
  const files = [];
  if (technical.length > 0) {
    files.push({
      name: `${baseName}-technical.csv`,
      contentType: 'text/csv',
      content: csvFileContent(exportTechnicalCsv(technical)),
    });
  }
  if (behavioural.length > 0) {
    files.push({
      name: `${baseName}-behavioural.csv`,
      contentType: 'text/csv',
      content: csvFileContent(exportBehaviouralCsv(behavioural)),
    });
  }
  return files;
}
