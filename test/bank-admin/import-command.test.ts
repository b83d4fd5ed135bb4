// Specification of `/interview bank import`: checked uploads, all or nothing, no duplicates, every problem by line.
import { beforeEach, describe, expect, it } from 'vitest';
import { BEHAVIOURAL_COLUMNS } from '../../src/bank/parse-behavioural.js';
import {
  ENGLISH_ANSWER,
  KOREAN_ANSWER,
  TECHNICAL_HEADER,
  technicalRow,
  toCsv,
} from '../bank/csv-fixtures.js';
import { type BankHarness, useBankSuite, csvFile, fileText, textOf } from './bank-harness.js';

const ORIGINAL_HEADER = ['position', 'question', 'topic', 'example_answer'];
const ORIGINAL = toCsv(ORIGINAL_HEADER, [
  ['BE', 'How does a database index speed up queries, and what does it cost?', 'Database', ENGLISH_ANSWER],
  [
    'backend',
    '데이터베이스 인덱스가 조회를 빠르게 하는 원리와 그 비용을 설명해 주세요.',
    'databases',
    KOREAN_ANSWER,
  ],
]);

describe('bank import (admins)', () => {
  // One bot for the suite; each test works in a workspace of its own.
  const suite = useBankSuite('W');
  let b: BankHarness;
  let workspace: string;
  beforeEach(() => {
    ({ b, workspace } = suite);
  });
  const own = () => b.h.services.bank.listWorkspace(`slack:${workspace}`);

  it('imports the original app’s four columns from an attached CSV, deriving the missing key points', async () => {
    const ada = b.admin('ada', workspace);
    const reply = textOf(await b.bank(ada, 'import', { file: csvFile('club.csv', ORIGINAL) }));
    expect(reply).toMatch(/Questions imported from club\.csv/);
    expect(reply).toMatch(/2 new, 0 updated, 0 unchanged/);
    const stored = await own();
    expect(stored.map((q) => [q.language, q.workspaceId])).toEqual([
      ['en', `slack:${workspace}`],
      ['ko', `slack:${workspace}`],
    ]);
    for (const q of stored) {
      expect(q.keyPoints.length).toBeGreaterThanOrEqual(3);
      for (const point of q.keyPoints) expect(q.exampleAnswer).toContain(point.replace(/…$/, ''));
    }
  });

  it('adds no duplicates when the same file is imported again: 0 new, 2 unchanged', async () => {
    const ada = b.admin('ada', workspace);
    await b.bank(ada, 'import', { file: csvFile('club.csv', ORIGINAL) });
    const again = textOf(await b.bank(ada, 'import', { file: csvFile('club.csv', ORIGINAL) }));
    expect(again).toMatch(/0 new, 0 updated, 2 unchanged/);
    expect(await own()).toHaveLength(2);
  });

  it('counts a row whose id exists with other content as updated, and stores the new content', async () => {
    const ada = b.admin('ada', workspace);
    await b.bank(ada, 'import', { file: csvFile('bank.csv', toCsv(TECHNICAL_HEADER, [technicalRow()])) });
    const harder = toCsv(TECHNICAL_HEADER, [technicalRow({ difficulty: '3' })]);
    expect(textOf(await b.bank(ada, 'import', { file: csvFile('bank.csv', harder) }))).toMatch(
      /0 new, 1 updated, 0 unchanged/,
    );
    const [stored] = await own();
    expect(stored).toMatchObject({ id: 'be-db-001', kind: 'technical', difficulty: 3 });
  });

  it('imports nothing from a file with a bad row, and names every bad row by its spreadsheet line', async () => {
    const ada = b.admin('ada', workspace);
    const csv = toCsv(TECHNICAL_HEADER, [
      technicalRow(),
      technicalRow({ id: 'be-db-002', position: 'devops' }),
      technicalRow({
        id: 'be-db-003',
        difficulty: 'hard',
        question: 'How do covering indexes avoid table lookups?',
      }),
    ]);
    const reply = textOf(await b.bank(ada, 'import', { file: csvFile('club.csv', csv) }));
    expect(reply).toMatch(/Nothing was imported from club\.csv/);
    expect(reply).toMatch(/2 problems found/);
    expect(reply).toContain('club.csv, line 3: unknown position "devops"');
    expect(reply).toContain('club.csv, line 4: difficulty "hard" must be 1, 2 or 3.');
    expect(await own()).toEqual([]);
  });

  it('explains the problems in Korean to an admin whose platform speaks Korean', async () => {
    const minji = b.admin('minji', workspace, { platformLocale: 'ko-KR' });
    const csv = toCsv(TECHNICAL_HEADER, [technicalRow({ topic: 'cooking' })]);
    const reply = textOf(await b.bank(minji, 'import', { file: csvFile('우리모임.csv', csv) }));
    expect(reply).toContain('우리모임.csv에서 아무것도 가져오지 않았습니다');
    expect(reply).toContain('우리모임.csv 2행: 주제 "cooking"는 be 직무의 주제가 아닙니다.');
  });

  it('lists 20 problems in the message and attaches the full list when there are more', async () => {
    const ada = b.admin('ada', workspace);
    const rows = Array.from({ length: 25 }, (_, i) =>
      technicalRow({
        id: `be-db-${100 + i}`,
        question: `Question number ${i} about indexes?`,
        language: 'fr',
      }),
    );
    const replies = await b.bank(ada, 'import', { file: csvFile('big.csv', toCsv(TECHNICAL_HEADER, rows)) });
    const text = textOf(replies);
    expect(text.match(/big\.csv, line \d+:/g)).toHaveLength(20);
    expect(text).toMatch(/…and 5 more\. Every problem is listed in the attached file big-problems\.txt/);
    const listed = fileText(replies).trim().split('\n');
    expect(listed).toHaveLength(25);
    expect(listed[24]).toBe('- big.csv, line 26: language "fr" must be en or ko.');
  });

  it('refuses a workbook, a non-CSV file, an oversized file and non-UTF-8 text, importing nothing', async () => {
    const ada = b.admin('ada', workspace);
    const refusals = [
      [
        csvFile('club.xlsx', ORIGINAL, { contentType: 'application/vnd.openxmlformats' }),
        /Save it as "CSV UTF-8/,
      ],
      [csvFile('notes.txt', ORIGINAL, { contentType: 'text/plain' }), /notes\.txt\*?\*? is not a CSV file/],
      [csvFile('club.csv', ORIGINAL, { sizeBytes: 3 * 1024 * 1024 }), /larger than 2 MB/],
      [
        csvFile('club.csv', new Uint8Array(2 * 1024 * 1024 + 10).fill(65), { sizeBytes: undefined }),
        /larger than 2 MB/,
      ],
      [
        csvFile('club.csv', new Uint8Array([0x70, 0x6f, 0x73, 0x0a, 0xc7, 0xd1, 0xb1, 0xdb])),
        /not UTF-8 text/,
      ],
    ] as const;
    for (const [file, expected] of refusals) {
      expect(textOf(await b.bank(ada, 'import', { file }))).toMatch(expected);
    }
    expect(await own()).toEqual([]);
  });

  it('accepts UTF-8 with a byte order mark, as Excel saves "CSV UTF-8"', async () => {
    const ada = b.admin('ada', workspace);
    const reply = textOf(await b.bank(ada, 'import', { file: csvFile('excel.csv', `\uFEFF${ORIGINAL}`) }));
    expect(reply).toMatch(/2 new/);
  });

  it('reads a file whose header names a competency as behavioural questions', async () => {
    const ada = b.admin('ada', workspace);
    const csv = toCsv(
      [...BEHAVIOURAL_COLUMNS].filter((c) => !['id', 'key_points', 'follow_ups'].includes(c)),
      [
        [
          'ownership',
          'en',
          'Tell me about a time you owned a release that went wrong for the club.',
          ENGLISH_ANSWER,
        ],
      ],
    );
    expect(textOf(await b.bank(ada, 'import', { file: csvFile('stories.csv', csv) }))).toMatch(/1 new/);
    const [stored] = await own();
    expect(stored).toMatchObject({ kind: 'behavioural', competency: 'ownership' });
  });

  it('says so when a file has a header but no questions', async () => {
    const ada = b.admin('ada', workspace);
    const reply = textOf(
      await b.bank(ada, 'import', { file: csvFile('empty.csv', `${ORIGINAL_HEADER.join(',')}\n`) }),
    );
    expect(reply).toMatch(/has a header row but no questions/);
  });

  it('refuses members', async () => {
    const mel = { ...b.admin('mel', workspace), isAdmin: false };
    const reply = textOf(await b.bank(mel, 'import', { file: csvFile('club.csv', ORIGINAL) }));
    expect(reply).toMatch(/Only workspace admins can run `\/interview bank`/);
    expect(await own()).toEqual([]);
  });
});
