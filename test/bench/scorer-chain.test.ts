// `npm run bench:scorer -- FILE --provider chain`: the graded set through the configured chain, against the fake OpenAI server.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { estimateChainCost, mapWithConcurrency } from '../../bench/scorer-chain.js';
import type { EvaluationInput } from '../../src/llm/types.js';
import { dataBlockOf, type FakeOpenAiServer, startFakeOpenAiServer } from '../fakes/openai-server.js';

const ROOT = join(import.meta.dirname, '..', '..');
/** The fake model holds each reply this long, so requests that overlap show in their arrival times. */
const REPLY_DELAY_MS = 300;

/** Six graded answers; the fake model gives each the grade the humans gave, so the figures must be perfect. */
const GRADED = [
  ['A B-tree index keeps keys sorted so lookups avoid a full table scan, at the cost of slower writes.', 9],
  ['An index is a sorted copy of a column; it makes reads faster but every insert must update it too.', 8],
  ['Indexes make queries faster because the database does not have to look at every row in the table.', 6],
  ['An index is something you add to a table when queries are slow, and then they become quick again.', 4],
  ['I think an index is like a primary key, it is the column that identifies each row in the table.', 2],
  ['Indexes are a way to back up the database so that data is not lost when the server goes down.', 0],
] as const;

let fake: FakeOpenAiServer;
let file: string;
beforeAll(async () => {
  fake = await startFakeOpenAiServer();
  fake.addRoute((request) => {
    if (request.operation !== 'evaluation') return undefined;
    const answer = dataBlockOf(request, 'candidate answer') ?? '';
    const grade = GRADED.find(([text]) => answer.includes(text))?.[1] ?? 5;
    const point = (dataBlockOf(request, 'key points') ?? '').split('\n')[0]!.replace(/^- /, '');
    return {
      kind: 'reply',
      delayMs: REPLY_DELAY_MS,
      usage: { promptTokens: 1000, completionTokens: 200 },
      content: {
        keyPoints: [{ point, status: 'covered', evidence: answer.split(' ').slice(0, 5).join(' ') }],
        wrongClaims: [],
        score: grade,
        feedback: 'Graded by the fake model.',
        modelAnswer: null,
        followUpQuestion: null,
        star: null,
      },
    };
  });
  const dir = mkdtempSync(join(tmpdir(), 'bench-chain-'));
  file = join(dir, 'graded.jsonl');
  writeFileSync(
    file,
    GRADED.map(([answer, grade]) =>
      JSON.stringify({
        question: 'How does a database index speed up queries, and what does it cost?',
        example_answer: 'A B-tree keeps keys sorted, so lookups avoid full scans; writes must update it.',
        key_points: ['Sorted structure such as a B-tree', 'Avoids a full table scan', 'Slower writes'],
        answer,
        grade,
      }),
    ).join('\n'),
  );
});
afterAll(async () => {
  await fake.close();
});

/** Run the benchmark script as an operator would, with the model configured through the environment. */
function runBench(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/scorer.ts', ...args], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        OPENAI_API_KEY: 'sk-fake-for-tests',
        OPENAI_BASE_URL: fake.baseUrl,
        OPENAI_MODEL: 'gpt-4o-mini',
        LLM_MAX_RETRIES: '0',
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('scorer benchmark through the provider chain', () => {
  it('prints the cost estimate first, scores every answer with the model, two at a time, and prints the figures', async () => {
    const before = fake.requests.length;
    const { code, stdout, stderr } = await runBench([file, '--provider', 'chain', '--concurrency', '2']);
    expect(stderr).not.toMatch(/Error/);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    const estimateAt = lines.findIndex((line) => line.startsWith('cost estimate:'));
    const pearsonAt = lines.findIndex((line) => /pearson/i.test(line));
    expect(estimateAt).toBeGreaterThanOrEqual(0);
    expect(estimateAt).toBeLessThan(pearsonAt);
    expect(stdout).toMatch(/provider chain: 6 evaluations on gpt-4o-mini, 2 at a time/);
    expect(stdout).toMatch(/cost estimate: ~\d+ prompt \+ ~2700 completion tokens ≈ \$0\.00\d\d/);
    expect(stdout).toMatch(/served by: primary:gpt-4o-mini 6/);
    expect(stdout).toMatch(/spent: 6 model calls, 7200 tokens, \$0\.0016/);
    // The model agreed with the humans on every answer, so the figures are the chain's, not the offline scorer's.
    expect(stdout).toMatch(/pearson(?: r)?\W+1\.000/i);
    expect(stdout).toMatch(/spearman\W+1\.000/i);
    expect(stdout).toMatch(/rmse\W+0\.00/i);
    expect(stdout).toMatch(/mae\W+0\.00/i);
    expect(stdout).toMatch(/bias\W+\+?0\.00/i);

    const arrivals = fake.requests
      .slice(before)
      .filter((request) => request.operation === 'evaluation')
      .map((request) => request.receivedAt)
      .sort((a, b) => a - b);
    expect(arrivals).toHaveLength(6);
    // At most two in flight: the third request can only start once the first reply came back.
    for (let i = 0; i + 2 < arrivals.length; i++) {
      expect(arrivals[i + 2]! - arrivals[i]!).toBeGreaterThanOrEqual(REPLY_DELAY_MS * 0.9);
    }
  });

  it('refuses to run the chain without a configured model, saying what to set', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'bench/scorer.ts', file, '--provider', 'chain'],
      {
        cwd: ROOT,
        env: { PATH: process.env.PATH, HOME: process.env.HOME },
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(2);
    expect(stderr).toMatch(/OPENAI_API_KEY/);
  });
});

describe('cost estimate and concurrency limit', () => {
  const input: EvaluationInput = {
    kind: 'technical',
    language: 'en',
    position: 'be',
    question: 'What is an index?',
    answer: 'A sorted structure.',
    keyPoints: ['B-tree'],
  };
  const llm = (model: string, prices = {}) => ({
    llm: { endpoints: [{ name: 'primary', apiKey: 'k', model, baseUrl: undefined }], prices },
  });

  it('prices the prompts that would be sent, with the configured table over the defaults', () => {
    const estimate = estimateChainCost([input, input], llm('gpt-4o-mini') as never);
    expect(estimate.calls).toBe(2);
    expect(estimate.completionTokens).toBe(900);
    expect(estimate.usd).toBeCloseTo((estimate.promptTokens * 0.15 + 900 * 0.6) / 1_000_000, 10);
    const own = estimateChainCost([input], llm('my-model', { 'my-model': { input: 1, output: 2 } }) as never);
    expect(own.usd).toBeCloseTo((own.promptTokens + 450 * 2) / 1_000_000, 10);
  });

  it('says the cost is unknown for a model the table does not price', () => {
    expect(estimateChainCost([input], llm('llama3:8b') as never).usd).toBeUndefined();
  });

  it('never runs more than the limit at once and keeps the results in order', async () => {
    let inFlight = 0;
    let most = 0;
    const results = await mapWithConcurrency([5, 1, 4, 2, 3], 2, async (n) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, n * 5));
      inFlight -= 1;
      return n * 10;
    });
    expect(results).toEqual([50, 10, 40, 20, 30]);
    expect(most).toBe(2);
  });
});
