// Specification of importing the original app's export: its four columns, the defaults, and stable ids.
import { describe, expect, it } from 'vitest';
import { parseTechnicalCsv } from '../../src/bank/parse-technical.js';
import { ENGLISH_ANSWER, KOREAN_ANSWER, toCsv } from './csv-fixtures.js';

const ORIGINAL_HEADER = ['position', 'question', 'topic', 'example_answer'];
const options = { source: 'export.csv', workspaceId: 'club-1' };

const original = [
  ['BE', 'How does a database index speed up queries, and what does it cost?', 'Database', ENGLISH_ANSWER],
  [
    'backend',
    '데이터베이스 인덱스가 조회를 빠르게 하는 원리와 그 비용을 설명해 주세요.',
    'databases',
    KOREAN_ANSWER,
  ],
];

describe('importing the original app export', () => {
  it('accepts position, question, topic and example_answer alone, mapping old spellings to slugs', () => {
    const { rows, errors } = parseTechnicalCsv(toCsv(ORIGINAL_HEADER, original), options);
    expect(errors).toEqual([]);
    expect(rows.map(({ position, topic }) => [position, topic])).toEqual([
      ['be', 'databases'],
      ['be', 'databases'],
    ]);
  });

  it('defaults difficulty to 2 and detects Korean from Hangul in the question', () => {
    const { rows } = parseTechnicalCsv(toCsv(ORIGINAL_HEADER, original), options);
    expect(rows.map(({ difficulty, language }) => [difficulty, language])).toEqual([
      [2, 'en'],
      [2, 'ko'],
    ]);
  });

  it('derives 3–5 key points from the example answer when there are none', () => {
    const { rows } = parseTechnicalCsv(toCsv(ORIGINAL_HEADER, original), options);
    for (const row of rows) {
      expect(row.keyPoints.length).toBeGreaterThanOrEqual(3);
      expect(row.keyPoints.length).toBeLessThanOrEqual(5);
      for (const point of row.keyPoints) expect(row.exampleAnswer).toContain(point.replace(/…$/, ''));
    }
  });

  it('gives rows without an id a stable id from position and question', () => {
    const { rows } = parseTechnicalCsv(toCsv(ORIGINAL_HEADER, original), options);
    expect(rows[0]?.id).toMatch(/^be-[0-9a-f]{10}$/);
    expect(rows[0]?.id).not.toBe(rows[1]?.id);
  });

  it('gives identical ids when the same file is imported again, even re-saved with other spacing', () => {
    const first = parseTechnicalCsv(toCsv(ORIGINAL_HEADER, original), options).rows;
    const respaced = original.map(([position, question, topic, answer]) => [
      position!,
      `  ${question!.replace(/ /g, '  ')} `,
      topic!,
      answer!,
    ]);
    const second = parseTechnicalCsv(toCsv(ORIGINAL_HEADER, respaced), options).rows;
    expect(second.map((row) => row.id)).toEqual(first.map((row) => row.id));
  });

  it('gives a different id when the wording of a question changes', () => {
    const first = parseTechnicalCsv(toCsv(ORIGINAL_HEADER, original), options).rows;
    const reworded = [
      [
        ...original[0]!.slice(0, 1),
        'How does a B-tree index speed up queries, and what does it cost?',
        'databases',
        ENGLISH_ANSWER,
      ],
    ];
    const second = parseTechnicalCsv(toCsv(ORIGINAL_HEADER, reworded), options).rows;
    expect(second[0]?.id).not.toBe(first[0]?.id);
  });

  it('uses optional columns when present, in any order', () => {
    const header = [
      'question',
      'example_answer',
      'topic',
      'position',
      'difficulty',
      'key_points',
      'id',
      'language',
    ];
    const row = [
      original[0]![1]!,
      ENGLISH_ANSWER,
      'databases',
      'be',
      '3',
      'B-tree | scan | writes',
      'club-db-7',
      'en',
    ];
    const { rows, errors } = parseTechnicalCsv(toCsv(header, [row]), options);
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({
      id: 'club-db-7',
      difficulty: 3,
      keyPoints: ['B-tree', 'scan', 'writes'],
    });
  });

  it('fills empty optional cells with the same defaults as absent columns', () => {
    const header = [...ORIGINAL_HEADER, 'id', 'difficulty', 'language', 'key_points'];
    const { rows, errors } = parseTechnicalCsv(toCsv(header, [[...original[0]!, '', '', '', '']]), options);
    const bare = parseTechnicalCsv(toCsv(ORIGINAL_HEADER, [original[0]!]), options).rows;
    expect(errors).toEqual([]);
    expect(rows).toEqual(bare);
  });

  it('ignores extra columns the bank does not know', () => {
    const header = [...ORIGINAL_HEADER, 'created_at'];
    const { rows, errors } = parseTechnicalCsv(toCsv(header, [[...original[0]!, '2023-04-01']]), options);
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(1);
  });

  it('reports rows of the old export that break the rules, by line', () => {
    const rows = [...original, ['mobile', 'What is a singleton?', 'Design Patterns', ENGLISH_ANSWER]];
    const { errors } = parseTechnicalCsv(toCsv(ORIGINAL_HEADER, rows), options);
    expect(errors.map(({ line, key }) => [line, key])).toEqual([[4, 'bank.unknown_topic']]);
  });
});
