// Load bench: a whole study group interviewed at once through the real path — the bot as `npm start` runs it,
// Slack Socket Mode against the loopback fake, the job runner and the provider chain against a fake model.
// `npm run bench:load -- [--members 200] [--db URL] [--model-ms 3000] [--think-ms 3000] [--arrive-ms 30000] [--jobs 16]`
// (--jobs: the bot's JOB_CONCURRENCY, its default unless given; each job slot holds one model call at a time).
import { parseArgs } from 'node:util';
import { percentile } from '../src/math/percentile.js';
import { startFakeOpenAiServer } from '../test/fakes/openai-server.js';
import { createEnglishCv } from '../test/fakes/pdf-factory.js';
import { FAKE_CREDENTIALS, startFakeSlack } from '../test/fakes/slack/fake-slack.js';
import { startBotProcess } from './load/bot-process.js';
import { prepareDatabase } from './load/database.js';
import { runMembers } from './load/members.js';

const { values: flags } = parseArgs({
  options: {
    members: { type: 'string', default: '200' },
    db: { type: 'string' },
    'model-ms': { type: 'string', default: '3000' },
    'think-ms': { type: 'string', default: '3000' },
    'arrive-ms': { type: 'string', default: '30000' },
    jobs: { type: 'string', default: '16' },
  },
});
const members = Number(flags.members);
const modelMs = Number(flags['model-ms']);
const ANSWER =
  'An index keeps the keys sorted in a B-tree, so a lookup is logarithmic instead of a full table scan. It costs memory and slows writes, because every insert updates the index too. In my last project I measured p99 latency before and after adding one, kept it where reads dominated, and wrote down why.';

const fmt = (ms: number | undefined) => (ms === undefined ? '-' : `${ms.toFixed(1)} ms`);

async function main() {
  const database = await prepareDatabase(flags.db);
  const slack = await startFakeSlack();
  // Generating CV questions takes a model about three times as long as judging one answer.
  const model = await startFakeOpenAiServer({
    latencyMs: { evaluation: modelMs, key_points: modelMs, cv_questions: modelMs * 3 },
  });
  const bot = await startBotProcess({
    DATABASE_URL: database.url,
    CONSOLE: 'off',
    SLACK_BOT_TOKEN: FAKE_CREDENTIALS.botToken,
    SLACK_APP_TOKEN: FAKE_CREDENTIALS.appToken,
    SLACK_API_URL: slack.api.apiUrl,
    OPENAI_API_KEY: 'bench-load',
    JOB_CONCURRENCY: flags.jobs,
    OPENAI_BASE_URL: model.baseUrl,
    LLM_TIMEOUT_MS: String(Math.max(10_000, modelMs * 5)),
    LLM_P95_THRESHOLD_MS: String(Math.max(8_000, modelMs * 4)),
    PERSONAL_QUESTIONS_WAIT_MS: String(Math.max(20_000, modelMs * 6)),
    REPORT_DEADLINE_MS: String(Math.max(60_000, modelMs * 10)),
  });
  const baseline = await bot.sample({ gc: true });
  let idle = baseline;
  const began = performance.now();
  await bot.sample({ resetLoop: true });
  const timings = await runMembers(slack, {
    members,
    arriveMs: Number(flags['arrive-ms']),
    thinkMs: Number(flags['think-ms']),
    patienceMs: Math.max(120_000, modelMs * 20),
    cv: await createEnglishCv(),
    answer: ANSWER,
    onAllWaiting: async () => {
      idle = await bot.sample({ gc: true });
    },
  });
  const wall = performance.now() - began;
  const end = await bot.sample();
  await bot.stop();
  const record = await database.summary();
  await Promise.all([slack.close(), model.close(), database.drop()]);

  const expected = record.answered + record.sessions;
  const modelCalls = [...record.calls].filter(([key]) => key.startsWith('primary'));
  const failed = modelCalls.filter(([key]) => !key.endsWith(' ok'));
  const rows: [string, string][] = [
    ['database', database.label],
    ['members (finished / started)', `${timings.finished} / ${members}`],
    ['messages handled', String(timings.messages)],
    ['CPU per message (process CPU / messages)', fmt((end.cpuMs - baseline.cpuMs) / timings.messages)],
    ['ack p50 / p99', `${fmt(percentile(timings.acks, 50))} / ${fmt(percentile(timings.acks, 99))}`],
    [
      `ack p50 / p99, ${members} first answers at once`,
      `${fmt(percentile(timings.burstAcks, 50))} / ${fmt(percentile(timings.burstAcks, 99))}`,
    ],
    [
      'answer → next post p50 / p95 / p99',
      [50, 95, 99].map((p) => fmt(percentile(timings.replies, p))).join(' / '),
    ],
    ['event-loop delay p99 / max', `${fmt(end.loopP99Ms)} / ${fmt(end.loopMaxMs)}`],
    [
      'model calls made / expected',
      `${modelCalls.reduce((sum, [, n]) => sum + n, 0)} / ${expected} (${model.requests.length} requests)`,
    ],
    ['fallbacks (answers scored offline)', `${record.degraded} of ${record.answered}`],
    ['failed or skipped model calls', failed.map(([key, n]) => `${key} ×${n}`).join(', ') || 'none'],
    ['peak RSS', `${end.maxRssMb.toFixed(0)} MB`],
    [
      'heap per idle session',
      `${(((idle.heapUsedMb - baseline.heapUsedMb) * 1024) / members).toFixed(1)} KB`,
    ],
    ['RSS per active session', `${(((end.maxRssMb - baseline.rssMb) * 1024) / members).toFixed(1)} KB`],
    ['bot start-up (spawn → started, empty database)', fmt(bot.startupMs)],
    ['wall time', `${(wall / 1000).toFixed(1)} s`],
  ];
  console.log(
    `bench:load — ${members} members, model ${modelMs} ms per answer (${modelMs * 3} ms per CV), think ${flags['think-ms']} ms, arriving over ${flags['arrive-ms']} ms, ${flags.jobs} job slots\n`,
  );
  const width = Math.max(...rows.map(([name]) => name.length));
  for (const [name, value] of rows) console.log(`${name.padEnd(width)}  ${value}`);
  if (bot.problems.size > 0) {
    console.log('\nwarnings and errors the bot logged:');
    for (const [message, n] of [...bot.problems].sort((a, b) => b[1] - a[1]).slice(0, 8)) {
      console.log(`  ×${n} ${message}`);
    }
  }
  if (timings.stuck.length > 0) console.log(`\nstuck members: ${timings.stuck.slice(0, 5).join('; ')}`);
}

await main();
