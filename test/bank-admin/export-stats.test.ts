// Specification of `/interview bank export` and `/interview bank stats`.
import { beforeEach, describe, expect, it } from 'vitest';
import { parseTechnicalCsv } from '../../src/bank/parse-technical.js';
import {
  ENGLISH_ANSWER,
  KOREAN_ANSWER,
  TECHNICAL_HEADER,
  koreanRow,
  technicalRow,
  toCsv,
} from '../bank/csv-fixtures.js';
import { type BankHarness, useBankSuite, csvFile, fileText, textOf } from './bank-harness.js';

const CLUB_CSV = toCsv(TECHNICAL_HEADER, [
  technicalRow(),
  koreanRow(),
  technicalRow({
    id: 'fe-a11y-001',
    position: 'fe',
    topic: 'a11y',
    difficulty: '1',
    question: 'Why should every form input on our club site have a programmatic label?',
    example_answer: ENGLISH_ANSWER,
  }),
]);

describe('bank export and stats', () => {
  const suite = useBankSuite('E');
  let b: BankHarness;
  let workspace: string;
  beforeEach(() => {
    ({ b, workspace } = suite);
  });

  it('exports the workspace’s own questions as a UTF-8 CSV with a BOM that reads back to the same rows', async () => {
    const ada = b.admin('ada', workspace);
    await b.bank(ada, 'import', { file: csvFile('club.csv', CLUB_CSV) });
    const replies = await b.bank(ada, 'export');
    expect(textOf(replies)).toMatch(/3 questions of its own: bank-e\d+-technical\.csv/);
    const [file] = replies[0]!.files!;
    expect(file).toMatchObject({ contentType: 'text/csv' });
    expect([...file!.content.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = fileText(replies);
    expect(text).toContain(KOREAN_ANSWER);
    const reread = parseTechnicalCsv(text, { source: 'export.csv', workspaceId: `slack:${workspace}` });
    expect(reread.errors).toEqual([]);
    const stored = await b.h.services.bank.listWorkspace(`slack:${workspace}`);
    expect(reread.rows).toEqual(stored.map(({ dbId, ...question }) => question));
  });

  it('exports nothing of another workspace', async () => {
    const ada = b.admin('ada', workspace);
    await b.bank(ada, 'import', { file: csvFile('club.csv', CLUB_CSV) });
    const other = b.admin('ola', `${workspace}-other`);
    const replies = await b.bank(other, 'export');
    expect(replies.flatMap((reply) => reply.files ?? [])).toEqual([]);
    expect(textOf(replies)).toMatch(/no questions of its own yet.*`\/interview bank export be`/s);
  });

  it('exports the shared bank for a position when the workspace has none of its own', async () => {
    const ada = b.admin('ada', workspace);
    const replies = await b.bank(ada, 'export', { position: 'backend' });
    const shared = [
      ...(await b.h.services.bank.listTechnical({ position: 'be', language: 'en', workspaceKey: '' })),
      ...(await b.h.services.bank.listTechnical({ position: 'be', language: 'ko', workspaceKey: '' })),
    ];
    expect(shared.length).toBeGreaterThan(150);
    expect(textOf(replies)).toContain(
      `the shared Backend bank (${shared.length} questions): bank-shared-be.csv`,
    );
    const rows = parseTechnicalCsv(fileText(replies), { source: 'x.csv', workspaceId: null }).rows;
    expect(rows.map((q) => `${q.id}/${q.language}`).sort()).toEqual(
      shared.map((q) => `${q.id}/${q.language}`).sort(),
    );
  });

  it('counts the workspace’s questions and the shared bank per position, language and difficulty', async () => {
    const ada = b.admin('ada', workspace);
    await b.bank(ada, 'import', { file: csvFile('club.csv', CLUB_CSV) });
    const replies = await b.bank(ada, 'stats');
    const fields = replies[0]!.fields!;
    expect(fields[0]).toEqual({
      name: 'This workspace (3)',
      value: [
        '- Backend: 2 (en 1 · ko 1 · difficulty 1/2/3: 0/2/0)',
        '- Frontend: 1 (en 1 · ko 0 · difficulty 1/2/3: 1/0/0)',
      ].join('\n'),
    });
    const sharedCount = await b.h.services.bank.countShared();
    expect(fields[1]!.name).toBe(`Shared bank (${sharedCount})`);
    expect(fields[1]!.value).toMatch(/^- AI \/ Machine learning: \d+ \(en \d+ · ko \d+ · difficulty/);
    expect(fields[1]!.value).toMatch(/- behavioural: \d+ \(en \d+ · ko \d+\)$/);
    const tables = fileText(replies);
    expect(tables).toMatch(/== workspace ==\nposition\/topic +d1\/en/);
    expect(tables).toMatch(/fe\/accessibility +1 +0/);
  });

  it('says the workspace has none yet, in Korean for a Korean admin', async () => {
    const minji = b.admin('minji', workspace, { platformLocale: 'ko' });
    const replies = await b.bank(minji, 'stats');
    expect(replies[0]!.fields![0]).toEqual({
      name: '이 워크스페이스(0개)',
      value: '아직 없음: `/interview bank import`로 CSV를 가져오세요',
    });
  });
});
