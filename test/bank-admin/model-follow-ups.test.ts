// Specification of follow-up questions for imported rows that list none: written by the language model when one is
// configured, kept on re-import, and left to the general follow-up when the model fails or none is configured.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGLISH_ANSWER, toCsv } from '../bank/csv-fixtures.js';
import { dataBlockOf, type FakeOpenAiServer, startFakeOpenAiServer } from '../fakes/openai-server.js';
import { type BankHarness, createBankHarness, csvFile, textOf } from './bank-harness.js';

const QUESTION = 'How does a database index speed up queries, and what does it cost?';
const POINTS = [
  'An index is a sorted structure such as a B-tree',
  'Lookups avoid a full table scan',
  'Every write must also update the index',
];
/** A club's file with key points but no follow_ups column. */
const CLUB = toCsv(
  ['position', 'question', 'topic', 'example_answer', 'key_points'],
  [['be', QUESTION, 'databases', ENGLISH_ANSWER, POINTS.join(' | ')]],
);
const WRITTEN = [
  'What does the database keep in that structure, and in what order?',
  'How does the database find one row among ten million when nothing helps it?',
  'What happens to your insert throughput when a table has eight of them?',
];

const followUpRequests = (fake: FakeOpenAiServer) =>
  fake.requests.filter((request) => request.operation === 'follow_ups');

describe('follow-up questions for imported rows', () => {
  let fake: FakeOpenAiServer;
  let b: BankHarness;
  beforeAll(async () => {
    fake = await startFakeOpenAiServer();
    b = await createBankHarness({
      OPENAI_BASE_URL: fake.baseUrl,
      OPENAI_API_KEY: 'sk-test',
      LLM_MAX_RETRIES: '0',
      LLM_TIMEOUT_MS: '3000',
    });
  });
  afterAll(async () => {
    await b.stop();
    await fake.close();
  });
  const own = (workspace: string) => b.h.services.bank.listWorkspace(`slack:${workspace}`);

  it('asks the model for one question per key point, with the points as data, stores them and says so', async () => {
    const stopRoute = fake.addRoute((request) =>
      request.operation === 'follow_ups' ? { kind: 'reply', content: { followUps: WRITTEN } } : undefined,
    );
    const before = followUpRequests(fake).length;
    const reply = textOf(await b.bank(b.admin('ada', 'F1'), 'import', { file: csvFile('club.csv', CLUB) }));
    stopRoute();
    expect(reply).toMatch(/1 new/);
    expect(reply).toMatch(
      /Follow-up questions for 1 row that listed none: 1 written by the language model; 0 will/,
    );
    const [request] = followUpRequests(fake).slice(before);
    expect(dataBlockOf(request!, 'key points')).toContain(POINTS[1]);
    const [stored] = await own('F1');
    expect(stored!.followUps).toEqual(WRITTEN);
  });

  it('keeps the stored questions when the same file is imported again, without asking the model', async () => {
    const before = followUpRequests(fake).length;
    const reply = textOf(await b.bank(b.admin('ada', 'F1'), 'import', { file: csvFile('club.csv', CLUB) }));
    expect(reply).toMatch(/0 new, 0 updated, 1 unchanged/);
    expect(followUpRequests(fake).length).toBe(before);
  });

  it('leaves a row to the general follow-up when the model reads a key point out', async () => {
    const stopRoute = fake.addRoute((request) =>
      request.operation === 'follow_ups'
        ? { kind: 'reply', content: { followUps: [`${POINTS[0]}?`, WRITTEN[1], WRITTEN[2]] } }
        : undefined,
    );
    const reply = textOf(await b.bank(b.admin('bo', 'F2'), 'import', { file: csvFile('club.csv', CLUB) }));
    stopRoute();
    expect(reply).toMatch(/0 written by the language model; 1 will get a general follow-up/);
    const [stored] = await own('F2');
    expect(stored!.followUps).toBeUndefined();
  });
});

describe('follow-up questions for imported rows without a model', () => {
  let b: BankHarness;
  beforeAll(async () => {
    b = await createBankHarness({});
  });
  afterAll(async () => {
    await b.stop();
  });

  it('imports the row without follow-ups and tells the admin how to add their own', async () => {
    const reply = textOf(await b.bank(b.admin('cy', 'F3'), 'import', { file: csvFile('club.csv', CLUB) }));
    expect(reply).toMatch(/1 row listed no follow-up questions; .* Add a follow_ups column/);
    const [stored] = await b.h.services.bank.listWorkspace('slack:F3');
    expect(stored!.followUps).toBeUndefined();
  });
});
