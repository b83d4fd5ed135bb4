// Specification of key points for imported rows that list none, when a language model is configured:
// derived by the model through the provider chain, and offline whenever the model fails or runs out of time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveKeyPoints } from '../../src/bank/derive-key-points.js';
import { importWorkspaceBank } from '../../src/bank/import-workspace.js';
import {
  ENGLISH_ANSWER,
  ENGLISH_POINTS,
  KOREAN_ANSWER,
  TECHNICAL_HEADER,
  technicalRow,
  toCsv,
} from '../bank/csv-fixtures.js';
import {
  dataBlockOf,
  type FakeOpenAiServer,
  reasonableKeyPoints,
  startFakeOpenAiServer,
} from '../fakes/openai-server.js';
import { type BankHarness, createBankHarness, csvFile, textOf } from './bank-harness.js';

/** The original app's four columns: no key points, so every row needs them derived. */
const ORIGINAL = toCsv(
  ['position', 'question', 'topic', 'example_answer'],
  [
    ['BE', 'How does a database index speed up queries, and what does it cost?', 'Database', ENGLISH_ANSWER],
    [
      'backend',
      '데이터베이스 인덱스가 조회를 빠르게 하는 원리와 그 비용을 설명해 주세요.',
      'databases',
      KOREAN_ANSWER,
    ],
  ],
);

/** The primary endpoint at the fake, no retries, short timeouts: failures reach the offline provider fast. */
function modelEnv(fake: FakeOpenAiServer): Record<string, string> {
  return {
    OPENAI_BASE_URL: fake.baseUrl,
    OPENAI_API_KEY: 'sk-test',
    LLM_MAX_RETRIES: '0',
    LLM_TIMEOUT_MS: '3000',
  };
}

const keyPointRequests = (fake: FakeOpenAiServer) =>
  fake.requests.filter((request) => request.operation === 'key_points');

async function derivationCalls(b: BankHarness, workspaceKey: string) {
  return b.h.knex('llm_calls').where({ operation: 'derive_key_points', workspace_key: workspaceKey });
}

describe('bank import with a language model', () => {
  let fake: FakeOpenAiServer;
  let b: BankHarness;
  beforeAll(async () => {
    fake = await startFakeOpenAiServer();
    b = await createBankHarness(modelEnv(fake));
  });
  afterAll(async () => {
    await b.stop();
    await fake.close();
  });
  const own = (workspace: string) => b.h.services.bank.listWorkspace(`slack:${workspace}`);

  it('derives missing key points through the model, stores the model’s points, and says so', async () => {
    const stopRoute = fake.addRoute((request) =>
      request.operation === 'key_points' && dataBlockOf(request, 'example answer') === ENGLISH_ANSWER
        ? { kind: 'reply', content: { keyPoints: ENGLISH_POINTS.split(' | ') } }
        : undefined,
    );
    const before = keyPointRequests(fake).length;
    const reply = textOf(
      await b.bank(b.admin('ada', 'M1'), 'import', { file: csvFile('club.csv', ORIGINAL) }),
    );
    stopRoute();

    expect(reply).toMatch(/2 new, 0 updated, 0 unchanged/);
    expect(reply).toMatch(/for 2 rows that listed none: 2 by the language model, 0 offline/);
    expect(keyPointRequests(fake).length - before).toBe(2);
    const stored = await own('M1');
    expect(stored.find((q) => q.language === 'en')?.keyPoints).toEqual(ENGLISH_POINTS.split(' | '));
    expect(stored.find((q) => q.language === 'ko')?.keyPoints).toEqual(reasonableKeyPoints(KOREAN_ANSWER, 4));
    const calls = await derivationCalls(b, 'slack:M1');
    expect(calls.map((call) => [call.provider, call.outcome])).toEqual([
      ['primary', 'ok'],
      ['primary', 'ok'],
    ]);
  });

  it('asks nothing for rows that list their key points, and keeps those points', async () => {
    const csv = toCsv(TECHNICAL_HEADER, [
      technicalRow(),
      technicalRow({
        id: 'be-db-002',
        question: 'Why can an index make writes slower, and how do you decide?',
        key_points: '',
      }),
    ]);
    const before = keyPointRequests(fake).length;
    const reply = textOf(await b.bank(b.admin('ada', 'M2'), 'import', { file: csvFile('bank.csv', csv) }));
    expect(reply).toMatch(/for 1 row that listed none: 1 by the language model, 0 offline/);
    expect(keyPointRequests(fake).length - before).toBe(1);
    const stored = await own('M2');
    expect(stored.find((q) => q.id === 'be-db-001')?.keyPoints).toEqual(ENGLISH_POINTS.split(' | '));
    expect(stored.find((q) => q.id === 'be-db-002')?.keyPoints).toEqual(
      reasonableKeyPoints(ENGLISH_ANSWER, 4),
    );
  });

  it('keeps the stored points when the same file is imported again, without asking the model', async () => {
    const ada = b.admin('ada', 'M3');
    await b.bank(ada, 'import', { file: csvFile('club.csv', ORIGINAL) });
    const first = await own('M3');
    const before = keyPointRequests(fake).length;
    const again = textOf(await b.bank(ada, 'import', { file: csvFile('club.csv', ORIGINAL) }));
    expect(again).toMatch(/0 new, 0 updated, 2 unchanged/);
    expect(again).not.toMatch(/listed none/);
    expect(keyPointRequests(fake).length).toBe(before);
    expect(await own('M3')).toEqual(first);
  });

  it('keeps the offline points for rows the model has not served when the time budget runs out', async () => {
    const stopRoute = fake.addRoute((request) =>
      request.operation === 'key_points' ? { kind: 'hang' } : undefined,
    );
    const outcome = await importWorkspaceBank({
      bank: b.h.services.bank,
      workspaceKey: 'slack:M4',
      attachment: csvFile('club.csv', ORIGINAL),
      now: b.h.services.now(),
      llm: b.h.services.llm,
      keyPointsBudgetMs: 100,
    });
    stopRoute();
    expect(outcome).toMatchObject({
      status: 'imported',
      added: 2,
      keyPoints: { model: 0, offline: 2, modelAvailable: true },
    });
    for (const q of await b.h.services.bank.listWorkspace('slack:M4'))
      expect(q.keyPoints).toEqual(deriveKeyPoints(q.exampleAnswer, q.language));
  });
});

describe('bank import when the language model fails', () => {
  let fake: FakeOpenAiServer;
  let b: BankHarness;
  beforeAll(async () => {
    fake = await startFakeOpenAiServer({ defaultBehaviour: { kind: 'status', status: 503 } });
    b = await createBankHarness(modelEnv(fake));
  });
  afterAll(async () => {
    await b.stop();
    await fake.close();
  });

  it('falls back to the offline derivation for every row and labels the count in the reply', async () => {
    const reply = textOf(
      await b.bank(b.admin('ada', 'F1'), 'import', { file: csvFile('club.csv', ORIGINAL) }),
    );
    expect(reply).toMatch(/2 new, 0 updated, 0 unchanged/);
    expect(reply).toMatch(/for 2 rows that listed none: 0 by the language model, 2 offline/);
    expect(keyPointRequests(fake).length).toBeGreaterThan(0);
    const stored = await b.h.services.bank.listWorkspace('slack:F1');
    expect(stored).toHaveLength(2);
    for (const q of stored) expect(q.keyPoints).toEqual(deriveKeyPoints(q.exampleAnswer, q.language));
    const calls = await derivationCalls(b, 'slack:F1');
    expect(calls.filter((call) => call.provider === 'primary').map((call) => call.outcome)).toContain(
      'error',
    );
    expect(calls.filter((call) => call.provider === 'offline').map((call) => call.outcome)).toEqual([
      'ok',
      'ok',
    ]);
  });

  it('answers in Korean too', async () => {
    const admin = b.admin('min', 'F2', { platformLocale: 'ko-KR' });
    const reply = textOf(await b.bank(admin, 'import', { file: csvFile('club.csv', ORIGINAL) }));
    expect(reply).toMatch(
      /핵심 포인트가 비어 있던 2개 행은 예시 답변에서 핵심 포인트를 뽑았습니다: 언어 모델 0개, 오프라인 2개/,
    );
  });
});

describe('bank import without a language model', () => {
  let b: BankHarness;
  beforeAll(async () => {
    b = await createBankHarness();
  });
  afterAll(() => b.stop());

  it('derives the key points offline and says only that', async () => {
    const reply = textOf(
      await b.bank(b.admin('ada', 'O1'), 'import', { file: csvFile('club.csv', ORIGINAL) }),
    );
    expect(reply).toMatch(
      /Key points were derived offline from the example answer for 2 rows that listed none\./,
    );
    expect(reply).not.toMatch(/language model/);
  });
});
