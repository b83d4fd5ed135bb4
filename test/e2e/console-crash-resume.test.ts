// A real `npm start` process killed with SIGKILL mid-interview continues at the same question on restart.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connection.js';
import { createEnglishCv } from '../fakes/pdf-factory.js';
import { waitForText } from '../helpers/wait-for.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsxCli = path.join(root, 'node_modules/tsx/dist/cli.mjs');

interface Running {
  child: ChildProcessWithoutNullStreams;
  output(): string;
  waitFor(pattern: RegExp, times?: number): Promise<string>;
  exited: Promise<number | null>;
}

function startBot(dataDir: string): Running {
  const child = spawn(process.execPath, [tsxCli, 'adapters/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      CONSOLE: 'on',
      LOG_LEVEL: 'warn',
      CHARTS: 'off',
      TECHNICAL_QUESTIONS: '2',
      BEHAVIOURAL_QUESTIONS: '1',
      PERSONAL_QUESTIONS: '1',
      FOLLOW_UPS: 'false',
      USER: 'crash-test',
      DISCORD_TOKEN: '',
      SLACK_BOT_TOKEN: '',
      OPENAI_API_KEY: '',
      OPENAI_BASE_URL: '',
    },
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
  });
  child.stderr.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    output: () => out,
    waitFor: (pattern, times = 1) => waitForText(() => out, pattern, times, { timeoutMs: 30_000 }),
    exited,
  };
}

describe('console process crash', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'crash-resume-'));
  const running: Running[] = [];
  afterAll(() => {
    for (const bot of running) bot.child.kill('SIGKILL');
  });

  it('resumes at the same question after kill -9 and loses no stored answer', async () => {
    const cvPath = path.join(dataDir, 'cv.pdf');
    writeFileSync(cvPath, await createEnglishCv());

    const first = startBot(dataDir);
    running.push(first);
    first.child.stdin.write('/interview start be\n');
    await first.waitFor(/type the path to your CV/);
    first.child.stdin.write(`${cvPath}\n`);
    await first.waitFor(/Question 1 of 4/);
    first.child.stdin.write('A hash index finds one key in constant time but cannot serve range queries.\n');
    const beforeCrash = await first.waitFor(/Question 2 of 4/);
    const secondQuestion = /Question 2 of 4 · Technical\n(.+)\n/.exec(beforeCrash)?.[1];
    expect(secondQuestion).toBeTruthy();
    first.child.kill('SIGKILL');
    expect(await first.exited).toBeNull();

    const second = startBot(dataDir);
    running.push(second);
    const resumed = await second.waitFor(/Welcome back/);
    await second.waitFor(/Current question/);
    expect(second.output()).toContain(secondQuestion!);
    second.child.stdin.write(
      'Optimistic locking checks a version column and retries when another writer got there first.\n',
    );
    await second.waitFor(/Question 3 of 4/);
    second.child.stdin.write(
      'When our release slipped, I re-planned the sprint with the team; as a result we shipped a week later with no incidents.\n',
    );
    await second.waitFor(/Question 4 of 4/);
    second.child.stdin.write(
      'I picked Go for its concurrency model and measured a 30% drop in p95 latency.\n',
    );
    second.child.stdin.end();
    const finished = await second.waitFor(/Interview report/);
    expect(await second.exited).toBe(0);
    expect(resumed).not.toMatch(/Question 1 of 4/);
    expect(finished).toMatch(/the average over the 4 questions you were asked/);

    const knex = openDatabase({ client: 'sqlite', filename: path.join(dataDir, 'interview.sqlite') });
    try {
      const turns = await knex('turns').orderBy('seq');
      expect(turns.map((turn) => turn.seq)).toEqual([1, 2, 3, 4]);
      expect(turns.every((turn) => turn.answer && turn.status === 'answered')).toBe(true);
      expect(turns[0].answer).toMatch(/hash index/);
      const sessions = await knex('sessions');
      expect(sessions).toHaveLength(1);
      expect(sessions[0].state).toBe('completed');
    } finally {
      await knex.destroy();
    }
  }, 90_000);
});
