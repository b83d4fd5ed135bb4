// Specification of the technical CSV parser: the bank format, its checks, and the line numbers it reports.
import { describe, expect, it } from 'vitest';
import { exportTechnicalCsv } from '../../src/bank/export-csv.js';
import { parseTechnicalCsv } from '../../src/bank/parse-technical.js';
import { ENGLISH_ANSWER, koreanRow, TECHNICAL_HEADER, technicalRow, toCsv } from './csv-fixtures.js';

const options = { source: 'technical-be.csv', workspaceId: null };
const parse = (rows: string[][], header = TECHNICAL_HEADER) =>
  parseTechnicalCsv(toCsv(header, rows), options);

describe('technical CSV parser', () => {
  it('reads a row of the bank format into a TechnicalQuestion', () => {
    const { rows, errors } = parse([technicalRow()]);
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      {
        id: 'be-db-001',
        kind: 'technical',
        position: 'be',
        topic: 'databases',
        difficulty: 2,
        language: 'en',
        question: 'How does a database index speed up queries, and what does it cost?',
        exampleAnswer: ENGLISH_ANSWER,
        keyPoints: [
          'B-tree maps values to row locations',
          'logarithmic lookup instead of a full scan',
          'leftmost prefix rule for composite indexes',
          'faster reads, slower writes',
        ],
        workspaceId: null,
      },
    ]);
  });

  it('keeps the English and Korean versions of one id as two rows', () => {
    const { rows, errors } = parse([technicalRow(), koreanRow()]);
    expect(errors).toEqual([]);
    expect(rows.map((row) => `${row.id}/${row.language}`)).toEqual(['be-db-001/en', 'be-db-001/ko']);
  });

  it('stamps every row with the workspace that imported it', () => {
    const { rows } = parseTechnicalCsv(toCsv(TECHNICAL_HEADER, [technicalRow()]), {
      source: 'upload.csv',
      workspaceId: 'T123',
    });
    expect(rows[0]?.workspaceId).toBe('T123');
  });

  it('reports the spreadsheet line of a bad row even after a cell spanning several text lines', () => {
    const multiline = technicalRow({
      id: 'be-db-002',
      question: 'How does an index work?\nAnswer with an example.',
    });
    const { rows, errors } = parse([multiline, technicalRow({ id: 'be-db-003', topic: 'gardening' })]);
    expect(rows.map((row) => row.id)).toEqual(['be-db-002']);
    expect(errors).toEqual([
      {
        source: 'technical-be.csv',
        line: 3,
        key: 'bank.unknown_topic',
        params: expect.objectContaining({ value: 'gardening', position: 'be' }),
      },
    ]);
  });

  it('counts blank rows so line numbers still match the spreadsheet', () => {
    const text = `${toCsv(TECHNICAL_HEADER, [technicalRow()])}\n${toCsv(TECHNICAL_HEADER, [
      technicalRow({ id: 'X' }),
    ])
      .split('\n')
      .slice(1)
      .join('\n')}`;
    const { errors } = parseTechnicalCsv(text, options);
    expect(errors.map((error) => [error.line, error.key])).toEqual([[4, 'bank.bad_id']]);
  });

  it.each([
    [{ question: '' }, 'bank.required', { field: 'question' }],
    [{ position: 'devops' }, 'bank.unknown_position', { value: 'devops' }],
    [{ difficulty: '5' }, 'bank.bad_difficulty', { value: '5' }],
    [{ language: 'fr' }, 'bank.unknown_language', { value: 'fr' }],
    [{ id: 'BE DB 1' }, 'bank.bad_id', { value: 'BE DB 1' }],
    [{ question: 'Index?' }, 'bank.question_length', { length: 6, min: 15, max: 400 }],
    [{ question: 'x'.repeat(401) }, 'bank.question_length', { length: 401 }],
    [
      { example_answer: 'Too short to teach anything.' },
      'bank.answer_words',
      { count: 5, min: 60, max: 200 },
    ],
    [{ example_answer: 'word '.repeat(201) }, 'bank.answer_words', { count: 201 }],
    [{ key_points: 'one | two' }, 'bank.key_point_count', { count: 2, min: 3, max: 6 }],
    [{ key_points: 'p01 | p02 | p03 | p04 | p05 | p06 | p07' }, 'bank.key_point_count', { count: 7 }],
    [{ key_points: 'ok | fine point | another point' }, 'bank.key_point_length', { index: 1, length: 2 }],
    [
      { key_points: `${'y'.repeat(161)} | fine point | another point` },
      'bank.key_point_length',
      { length: 161 },
    ],
    [{ question: '인덱스가 조회를 빠르게 하는 이유는 무엇인가요?' }, 'bank.language_not_english', {}],
  ])('rejects %j with %s', (overrides, key, params) => {
    const { rows, errors } = parse([technicalRow(overrides)]);
    expect(rows).toEqual([]);
    expect(errors).toEqual([
      { source: 'technical-be.csv', line: 2, key, params: expect.objectContaining(params) },
    ]);
  });

  it('checks Korean answers by characters, not words', () => {
    const { errors } = parse([
      koreanRow({ example_answer: '인덱스는 B-트리로 값을 찾습니다. 쓰기는 느려집니다.' }),
    ]);
    expect(errors.map((error) => error.key)).toEqual(['bank.answer_chars']);
    expect(errors[0]?.params).toMatchObject({ min: 120, max: 700 });
  });

  it('rejects a Korean row whose question has no Korean text', () => {
    const { errors } = parse([koreanRow({ question: 'How does a database index speed up queries?' })]);
    expect(errors.map((error) => error.key)).toEqual(['bank.language_not_korean']);
  });

  it('reports every problem of one row, not only the first', () => {
    const { errors } = parse([technicalRow({ difficulty: '9', language: 'xx', topic: 'cooking' })]);
    expect(errors.map((error) => error.key).sort()).toEqual([
      'bank.bad_difficulty',
      'bank.unknown_language',
      'bank.unknown_topic',
    ]);
  });

  it('keeps the first of two rows with the same id and language and points the second at it', () => {
    const { rows, errors } = parse([
      technicalRow(),
      technicalRow({ question: 'Why do indexes slow down inserts?' }),
    ]);
    expect(rows).toHaveLength(1);
    expect(errors).toEqual([
      {
        source: 'technical-be.csv',
        line: 3,
        key: 'bank.duplicate_id',
        params: { id: 'be-db-001', language: 'en', firstSource: 'technical-be.csv', firstLine: 2 },
      },
    ]);
  });

  it('rejects a Korean row that shares an English id but not its topic', () => {
    const { rows, errors } = parse([technicalRow(), koreanRow({ topic: 'caching' })]);
    expect(rows.map((row) => row.language)).toEqual(['en']);
    expect(errors).toEqual([
      {
        source: 'technical-be.csv',
        line: 3,
        key: 'bank.translation_mismatch',
        params: { id: 'be-db-001', field: 'topic', found: 'caching', expected: 'databases' },
      },
    ]);
  });

  it('accepts a Korean-only question under an id of its own', () => {
    const { rows, errors } = parse([koreanRow({ id: 'be-db-101' })]);
    expect(errors).toEqual([]);
    expect(rows[0]?.id).toBe('be-db-101');
  });

  it('reports a row whose cell count differs from the header', () => {
    const text = `${TECHNICAL_HEADER.join(',')}\nbe-db-001,be,databases,2,en,What is an index?,answer,a | b | c,extra\n`;
    const { rows, errors } = parseTechnicalCsv(text, options);
    expect(rows).toEqual([]);
    expect(errors).toEqual([
      { source: 'technical-be.csv', line: 2, key: 'bank.column_count', params: { found: 9, expected: 8 } },
    ]);
  });

  it('reports an unclosed quote instead of throwing', () => {
    const good = toCsv(TECHNICAL_HEADER, [technicalRow()]);
    const { rows, errors } = parseTechnicalCsv(
      `${good}be-db-002,be,databases,2,en,"What is an index?\n`,
      options,
    );
    expect(rows).toEqual([]);
    expect(errors).toEqual([
      expect.objectContaining({ line: 3, key: 'bank.csv_malformed', params: { detail: expect.any(String) } }),
    ]);
  });

  it('names the missing required columns once, on the header line', () => {
    const { rows, errors } = parseTechnicalCsv('id,position,question\nbe-1,be,What is an index?\n', options);
    expect(rows).toEqual([]);
    expect(errors).toEqual([
      {
        source: 'technical-be.csv',
        line: 1,
        key: 'bank.missing_columns',
        params: { columns: 'topic, example_answer', expected: 'position, question, topic, example_answer' },
      },
    ]);
  });

  it('treats an empty file as one with no columns', () => {
    const { rows, errors } = parseTechnicalCsv('', options);
    expect(rows).toEqual([]);
    expect(errors.map(({ line, key }) => [line, key])).toEqual([[1, 'bank.missing_columns']]);
  });

  it('accepts a byte order mark and headers typed with spaces and capitals', () => {
    const header = [
      'ID',
      'Position',
      'Topic',
      'Difficulty',
      'Language',
      'Question',
      'Example Answer',
      'Key Points',
    ];
    const { rows, errors } = parseTechnicalCsv(`\uFEFF${toCsv(header, [technicalRow()])}`, options);
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(1);
  });

  it('gives back the same rows after export and re-parse', () => {
    const first = parse([technicalRow(), koreanRow()]).rows;
    const again = parseTechnicalCsv(exportTechnicalCsv(first), options);
    expect(again.errors).toEqual([]);
    expect(again.rows).toEqual(first);
  });
});
