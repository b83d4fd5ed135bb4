// A real bot for LLM end-to-end tests: console adapter on in-memory terminals, a SQLite file, and the real
// openai SDK pointed at loopback fakes through OPENAI_BASE_URL / SECONDARY_BASE_URL.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { createConsoleAdapter } from '../../adapters/console/console-adapter.js';
import { type Bot, createBot } from '../../commands/create-bot.js';
import { loadConfig } from '../../src/config/load-config.js';
import { createSilentLogger } from '../../src/logger.js';
import { createEnglishCv } from '../fakes/pdf-factory.js';
import { copySqliteTemplate } from '../helpers/template-database.js';
import { waitFor, waitForText } from '../helpers/wait-for.js';

/** Small interview, quick polling, and a model that answers well within the test's patience. */
export const LLM_E2E_ENV: Record<string, string> = {
  TECHNICAL_QUESTIONS: '2',
  BEHAVIOURAL_QUESTIONS: '1',
  PERSONAL_QUESTIONS: '2',
  FOLLOW_UPS: 'false',
  REPORT_DEADLINE_MS: '15000',
  PERSONAL_QUESTIONS_WAIT_MS: '15000',
  JOB_POLL_MS: '50',
  LLM_TIMEOUT_MS: '5000',
  LLM_MAX_RETRIES: '0',
  LOG_LEVEL: 'silent',
  CHARTS: 'off',
  OPENAI_API_KEY: 'sk-primary-test',
  OPENAI_MODEL: 'gpt-4o-mini',
};

/** Answers that pass the pre-check (real sentences, not the question), one per question in order. */
export const ANSWERS = [
  'An index is a separate B-tree structure over a column, so lookups become logarithmic instead of a full scan; the price is slower writes and extra storage.',
  'A process has its own address space while threads share the memory of their process, so threads are cheaper to switch but need locks around shared state.',
  'When our release date moved forward by two weeks, I was asked to re-plan the work; I split the scope, paired with a junior engineer on the riskiest part, and as a result we shipped on time with no incidents.',
  'I owned the migration plan: we ran both databases side by side, compared the ledgers every night, and switched reads first, which is how we kept downtime at zero.',
  'I built the dashboard because our on-call engineers could not see dead letters; I chose a small read-only service, and it cut our triage time roughly in half.',
];

export interface LlmRig {
  /** Everything the user has been shown, in order, across restarts. */
  transcript(): string;
  /** The bot now running. */
  bot(): Bot;
  say(text: string): Promise<void>;
  command(text: string): Promise<void>;
  /** Hand the English test CV (with an e-mail, a phone number and an address) to the bot. */
  uploadCv(): Promise<void>;
  /** Wait until the transcript matches `pattern` `times` times; returns the transcript. */
  waitFor(pattern: RegExp, times?: number, timeoutMs?: number): Promise<string>;
  /** Occurrences of `pattern` in the transcript. */
  count(pattern: RegExp): number;
  /**
   * Simulate a crash: the terminal goes quiet and the bot stops claiming jobs, but the work it was doing
   * is abandoned mid-call, as when a process dies. The abandoned bot is cleaned up by `stop()`.
   */
  crash(): Promise<void>;
  /** Start a new bot (new adapter, new core) on the same database, with `env` layered on top. */
  boot(env?: Record<string, string>): Promise<void>;
  /** Stop every bot this rig started and remove its files. */
  stop(): Promise<void>;
}

/** Start a rig with LLM_E2E_ENV + `env`. The caller closes its fake servers after `rig.stop()`. */
export async function startLlmRig(env: Record<string, string>): Promise<LlmRig> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'llm-e2e-'));
  const database = `sqlite:${copySqliteTemplate(path.join(dir, 'bot.sqlite'))}`;
  let transcript = '';
  let input = new PassThrough();
  let current: Bot | undefined;
  const abandoned: Bot[] = [];
  let uploads = 0;

  const rig: LlmRig = {
    transcript: () => transcript,
    bot: () => {
      if (!current) throw new Error('no bot is running');
      return current;
    },
    say: async (text) => {
      input.write(`${text}\n`);
    },
    command: (text) => rig.say(`/interview ${text}`),
    async uploadCv() {
      const file = path.join(dir, `${++uploads}-cv.pdf`);
      writeFileSync(file, await createEnglishCv());
      await rig.say(file);
    },
    waitFor: (pattern, times = 1, timeoutMs = 10_000) =>
      waitForText(() => transcript, pattern, times, { timeoutMs }),
    count: (pattern) =>
      transcript.match(
        new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`),
      )?.length ?? 0,
    async crash() {
      const bot = rig.bot();
      input.end();
      // A dead process loses its database connection mid-call: nothing it was doing can finish or be
      // handed back, so its jobs stay leased in the table. (Its handlers stay parked on their model calls.)
      await bot.core.knex.destroy();
      abandoned.push(bot);
      current = undefined;
    },
    async boot(extra = {}) {
      input = new PassThrough();
      const output = new PassThrough();
      output.on('data', (chunk: Buffer) => {
        transcript += chunk.toString('utf8');
      });
      const config = loadConfig({ ...LLM_E2E_ENV, ...env, ...extra, CONSOLE: 'on', DATABASE_URL: database });
      current = await createBot({
        config,
        logger: createSilentLogger(),
        adapters: [
          createConsoleAdapter({ terminals: [{ input, output, userId: 'alice' }], interactive: false }),
        ],
      });
      await current.start();
    },
    async stop() {
      await current?.stop();
      current = undefined;
      for (const bot of abandoned.splice(0)) await bot.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await rig.boot();
  return rig;
}

/** Start an interview, hand over the CV and answer every question in order; `beforeAnswer` runs before each. */
export async function runInterview(
  rig: LlmRig,
  options: {
    total?: number;
    answer?: (n: number) => string;
    beforeAnswer?: (n: number) => Promise<void>;
  } = {},
): Promise<void> {
  const total = options.total ?? 5;
  await rig.command('start be');
  await rig.waitFor(/CV as a PDF/);
  await rig.uploadCv();
  for (let n = 1; n <= total; n++) {
    await rig.waitFor(new RegExp(`Question ${n} of ${total}`));
    await options.beforeAnswer?.(n);
    await rig.say(options.answer?.(n) ?? ANSWERS[n - 1]!);
  }
}

/** The last short report in the transcript, from its "Interview report" heading to its footer. */
export function lastReport(transcript: string): string {
  const start = transcript.lastIndexOf('Interview report');
  return start >= 0 ? transcript.slice(start) : '';
}

/** The short report's one line per question: "1. Databases · 6/10 — missing: …". */
export function reportLines(transcript: string): string[] {
  const report = lastReport(transcript);
  const body = report.slice(0, report.indexOf('Study next'));
  return body.split('\n').filter((line) => /^\d+\. /.test(line));
}

/** How many turns have an evaluation stored. */
export async function evaluatedTurns(rig: LlmRig): Promise<number> {
  const row = await rig.bot().core.knex('turns').whereNotNull('evaluated_at').count({ n: '*' }).first();
  return Number(row?.n ?? 0);
}

/** Wait until at least `n` turns have an evaluation stored. */
export async function waitForEvaluations(rig: LlmRig, n: number, timeoutMs = 10_000): Promise<void> {
  await waitFor(async () => (await evaluatedTurns(rig)) >= n, { timeoutMs, what: `${n} evaluations` });
}

/** Rows of llm_calls as "provider operation outcome", for counting. */
export async function llmCalls(rig: LlmRig): Promise<string[]> {
  const rows: { provider: string; operation: string; outcome: string }[] = await rig
    .bot()
    .core.knex('llm_calls')
    .orderBy('id')
    .select('provider', 'operation', 'outcome');
  return rows.map((row) => `${row.provider} ${row.operation} ${row.outcome}`);
}

/** Occurrences of `value` in `list`. */
export const occurrences = (list: string[], value: string): number => list.filter((x) => x === value).length;
