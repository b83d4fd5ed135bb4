// The pure parts of a workspace import: what an upload may be, how it is decoded, and new vs unchanged.
import { describe, expect, it } from 'vitest';
import {
  checkCsvAttachment,
  decodeCsv,
  parseWorkspaceCsv,
  planImport,
  UPLOAD_LIMITS,
} from '../../src/bank/import-workspace.js';
import { isUserError } from '../../src/errors.js';
import { TECHNICAL_HEADER, technicalRow, toCsv } from '../bank/csv-fixtures.js';

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (isUserError(error)) return error.key;
    throw error;
  }
  return undefined;
};

describe('workspace import checks', () => {
  it('accept a .csv whatever type the platform names, and a CSV type whatever the name', () => {
    expect(
      refusal(() => checkCsvAttachment({ fileName: 'Club Bank.CSV', contentType: undefined })),
    ).toBeUndefined();
    expect(
      refusal(() => checkCsvAttachment({ fileName: 'export', contentType: 'text/csv; charset=utf-8' })),
    ).toBeUndefined();
    expect(
      refusal(() => checkCsvAttachment({ fileName: 'bank.csv', contentType: 'application/vnd.ms-excel' })),
    ).toBeUndefined();
  });

  it('refuse workbooks, other files and anything over the size cap by metadata alone', () => {
    expect(refusal(() => checkCsvAttachment({ fileName: 'bank.xlsx' }))).toBe('bank.upload_spreadsheet');
    expect(refusal(() => checkCsvAttachment({ fileName: 'cv.pdf', contentType: 'application/pdf' }))).toBe(
      'bank.upload_not_csv',
    );
    expect(
      refusal(() => checkCsvAttachment({ fileName: 'bank.csv', sizeBytes: UPLOAD_LIMITS.maxBytes + 1 })),
    ).toBe('bank.upload_too_large');
  });

  it('decode UTF-8 with or without a BOM, and refuse other encodings and binary data', () => {
    const encoder = new TextEncoder();
    expect(decodeCsv(encoder.encode('\uFEFFa,질문\n'), 'x.csv')).toBe('a,질문\n');
    expect(decodeCsv(encoder.encode('a,질문\n'), 'x.csv')).toBe('a,질문\n');
    // "질문" in CP949, what Korean Excel writes for plain "CSV".
    expect(refusal(() => decodeCsv(new Uint8Array([0xc1, 0xfa, 0xb9, 0xae]), 'x.csv'))).toBe(
      'bank.upload_not_utf8',
    );
    expect(refusal(() => decodeCsv(new Uint8Array([0x61, 0x00, 0x62]), 'x.csv'))).toBe('bank.upload_not_csv');
  });

  it('read a header with a competency and no position as behavioural, anything else as technical', () => {
    const behavioural = parseWorkspaceCsv('"Competency",question,example_answer\n', 'b.csv', 'slack:T1');
    expect(behavioural.errors).toEqual([]);
    const technical = parseWorkspaceCsv('competency,question\n', 't.csv', 'slack:T1');
    expect(technical.errors[0]).toMatchObject({ key: 'bank.missing_columns', line: 1 });
  });

  it('sort incoming rows into new, updated and unchanged by kind, id and language', () => {
    const parse = (rows: string[][]) =>
      parseWorkspaceCsv(toCsv(TECHNICAL_HEADER, rows), 'x.csv', 'slack:T1').rows;
    const existing = parse([technicalRow(), technicalRow({ id: 'be-db-002', difficulty: '1' })]);
    const incoming = parse([
      technicalRow(),
      technicalRow({ id: 'be-db-002', difficulty: '3' }),
      technicalRow({ id: 'be-db-003' }),
    ]);
    const plan = planImport(existing, incoming);
    expect(plan.added.map((q) => q.id)).toEqual(['be-db-003']);
    expect(plan.updated.map((q) => q.id)).toEqual(['be-db-002']);
    expect(plan.unchanged).toBe(1);
  });
});
