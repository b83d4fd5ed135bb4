// A scripted interview piped into `npm start`'s entry point against a model that takes 2 s per call:
// the console hands over each line only when the bot awaits one, so a script of N answers answers the
// N questions (the CV questions included, which the slow model is still writing when the script has
// long been read) and the run ends with a report. In English and in Korean.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connection.js';
import { type FakeOpenAiServer, startFakeOpenAiServer } from '../fakes/openai-server.js';
import { createEnglishCv, createKoreanCv } from '../fakes/pdf-factory.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsxCli = path.join(root, 'node_modules/tsx/dist/cli.mjs');
const MODEL_MS = 2000;

const ENGLISH_ANSWERS = [
  'Two-phase commit locks every participant until a coordinator decides; a saga runs local transactions and undoes them with compensating steps.',
  'A B-tree index keeps keys sorted, so lookups and range scans read log n pages; every write pays to keep it balanced.',
  'When our release slipped, my task was to re-plan; I cut scope with the team and we shipped a week later with no incidents.',
  'I chose Redis for the cache because it was simple to run, and measured a 40% drop in p95 latency.',
  'I wrote the job queue to learn about at-least-once delivery; the hardest part was making the handlers idempotent.',
];

const KOREAN_ANSWERS = [
  '원자적 연산은 중간 상태 없이 한 번에 끝나는 연산이고, CAS는 값이 기대한 값일 때만 바꿔서 락 없이 경쟁을 처리합니다.',
  '인덱스는 B-트리로 키를 정렬해 두어 조회와 범위 검색이 로그 시간에 끝나지만, 쓰기마다 균형을 맞추는 비용이 듭니다.',
  '출시가 늦어졌을 때 제가 일정을 다시 짜는 역할을 맡아 팀과 범위를 줄였고, 결과적으로 일주일 늦게 사고 없이 출시했습니다.',
  '캐시로 Redis를 고른 이유는 운영이 단순했기 때문이고, 적용 후 p95 지연 시간이 40% 줄었습니다.',
  '결제 API를 만들면서 멱등성 키로 중복 결제를 막았고, 재시도해도 같은 결과가 나오도록 설계했습니다.',
];

/** Pipe `lines` into the bot as one script, wait for it to exit, and return its exit code and output. */
async function runScript(dataDir: string, baseUrl: string, lines: string[]) {
  const child = spawn(process.execPath, [tsxCli, 'adapters/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      CONSOLE: 'on',
      LOG_LEVEL: 'warn',
      CHARTS: 'off',
      FOLLOW_UPS: 'false',
      USER: 'scripted',
      DISCORD_TOKEN: '',
      SLACK_BOT_TOKEN: '',
      OPENAI_API_KEY: 'sk-test',
      OPENAI_BASE_URL: baseUrl,
      SECONDARY_BASE_URL: '',
    },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  // The whole script at once, as `printf ... | npm start` delivers it.
  child.stdin.end(`${lines.join('\n')}\n`);
  return { code: await exited, output };
}

/** The finished session and its main questions' answers, read from the bot's SQLite file. */
async function outcome(dataDir: string) {
  const knex = openDatabase({ client: 'sqlite', filename: path.join(dataDir, 'interview.sqlite') });
  try {
    const sessions = await knex('sessions').select('id', 'state', 'report', 'report_sent_at', 'language');
    const turns = await knex('turns')
      .whereNull('parent_turn_id')
      .orderBy('seq')
      .select('kind', 'status', 'answer');
    return { sessions, turns };
  } finally {
    await knex.destroy();
  }
}

describe('a scripted interview piped against a slow model', () => {
  let fake: FakeOpenAiServer;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'piped-slow-'));
  beforeAll(async () => {
    fake = await startFakeOpenAiServer({ defaultBehaviour: { kind: 'reasonable', delayMs: MODEL_MS } });
  });
  afterAll(() => fake.close());

  it.each([
    { language: 'en', cv: createEnglishCv, setup: [] as string[], answers: ENGLISH_ANSWERS },
    { language: 'ko', cv: createKoreanCv, setup: ['/interview lang ko'], answers: KOREAN_ANSWERS },
  ])(
    'answers every question with the scripted answers and ends with a report ($language)',
    async (run) => {
      const dataDir = path.join(dir, run.language);
      const cvPath = path.join(dir, `cv-${run.language}.pdf`);
      writeFileSync(cvPath, await run.cv());
      const cvCallsBefore = fake.requests.filter((r) => r.operation === 'cv_questions').length;

      const { code, output } = await runScript(dataDir, fake.baseUrl, [
        ...run.setup,
        '/interview start be --seed 42',
        cvPath,
        ...run.answers,
        // Held until the report is out: run while answers were still being evaluated, it found none.
        '/interview report 1 full',
      ]);
      expect(code, output).toBe(0);
      // The full report quotes the member's own answers (piped input is not echoed).
      expect(output).toContain(run.answers[0]);

      const { sessions, turns } = await outcome(dataDir);
      expect(sessions, output).toHaveLength(1);
      expect(sessions[0]).toMatchObject({ state: 'completed', language: run.language });
      expect(sessions[0].report).not.toBeNull();
      expect(sessions[0].report_sent_at).not.toBeNull();
      // Every scripted answer answered a question, in order; the CV questions came from the slow model.
      expect(turns.map((turn) => turn.answer)).toEqual(run.answers);
      expect(turns.map((turn) => turn.kind)).toEqual([
        'technical',
        'technical',
        'behavioural',
        'personal',
        'personal',
      ]);
      expect(fake.requests.filter((r) => r.operation === 'cv_questions').length).toBe(cvCallsBefore + 1);
    },
    120_000,
  );

  it('says the interview is saved and how to go on when the script ends one answer short', async () => {
    const dataDir = path.join(dir, 'short');
    const cvPath = path.join(dir, 'cv-short.pdf');
    writeFileSync(cvPath, await createEnglishCv());
    const { code, output } = await runScript(dataDir, fake.baseUrl, [
      '/interview start be --seed 42',
      cvPath,
      ...ENGLISH_ANSWERS.slice(0, 4),
    ]);
    expect(code, output).toBe(0);
    expect(output).toMatch(/Question 5 of 5/);
    expect(output).toMatch(/Input ended while your interview was still open[\s\S]*run `npm start` again/);
    const { sessions, turns } = await outcome(dataDir);
    expect(sessions[0]).toMatchObject({ state: 'personal', report: null });
    expect(turns.filter((turn) => turn.status === 'answered')).toHaveLength(4);
  }, 120_000);
});
