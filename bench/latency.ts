// Latency bench: many users take full interviews through the engine against a slow fake model, and we print
// the wait each user saw at every phase boundary next to what a strictly sequential design would impose.
// `npm run bench:latency -- [users] [scale]`; env GEN_MS, EVAL_MS, THINK_MS (unscaled, ms), JOB_CONCURRENCY.
import { CONSOLE_CAPABILITIES } from '../adapters/console/capabilities.js';
import { performance } from 'node:perf_hooks';
import { createCore } from '../src/app/create-core.js';
import { loadConfig } from '../src/config/load-config.js';
import { positionName } from '../src/i18n/names.js';
import { t } from '../src/i18n/index.js';
import { createLlmChainFromConfig } from '../src/llm/chain/from-config.js';
import { percentile } from '../src/math/percentile.js';
import { createSilentLogger } from '../src/logger.js';
import type { Messenger } from '../src/platform/messenger.js';
import type { ConversationRef, OutboundMessage, UserRef } from '../src/platform/types.js';
import { createLlmCallsStore } from '../src/stores/llm-calls-store.js';
import { startFakeOpenAiServer } from '../test/fakes/openai-server.js';

const users = Number(process.argv[2] ?? 12);
const scale = Number(process.argv[3] ?? 0.05);
const GEN_MS = Number(process.env.GEN_MS ?? 30_000);
const EVAL_MS = Number(process.env.EVAL_MS ?? 10_000);
const THINK_MS = Number(process.env.THINK_MS ?? 20_000);
const scaled = (ms: number) => Math.max(1, Math.round(ms * scale));

const CV_TEXT = [
  'Backend engineer at Acme Payments, 2021–2024',
  'Cut p99 checkout latency from 900 ms to 250 ms by moving fraud checks to an async queue',
  'Led migration of 40 services from Heroku to Kubernetes with zero downtime',
  'Built an open-source rate limiter in Go used by 300 GitHub projects',
  'Wrote a Postgres logical replication tool for blue-green deploys',
].join('\n');
const ANSWER =
  'I would explain the core idea first and then the trade-offs: it makes reads faster but costs memory and write throughput. In my last project I measured p99 latency before and after the change, kept the simpler design where the gain was small, and wrote down why so the team could revisit it.';

/** A message the engine sent, with when. */
interface Sent {
  at: number;
  message: OutboundMessage;
}

function createRecordingMessenger() {
  const inbox = new Map<string, { sent: Sent[]; wake?: () => void }>();
  const box = (channel: string) => {
    const entry = inbox.get(channel) ?? { sent: [] };
    inbox.set(channel, entry);
    return entry;
  };
  const messenger: Messenger = {
    async send(ref, message) {
      const entry = box(ref.channelId);
      entry.sent.push({ at: performance.now(), message });
      entry.wake?.();
      return { ref, messageId: String(entry.sent.length) };
    },
    async update() {},
    async openConversation(user) {
      return { platform: 'console', workspaceId: user.workspaceId, channelId: user.userId };
    },
    capabilities: () => CONSOLE_CAPABILITIES,
  };
  /** The next question or report in `channel` after message number `seen`. */
  async function next(channel: string, seen: number): Promise<{ index: number; sent: Sent }> {
    const entry = box(channel);
    for (;;) {
      const index = entry.sent.findIndex(
        (s, i) => i >= seen && (s.message.tone === 'question' || s.message.title === REPORT_TITLE),
      );
      if (index >= 0) return { index, sent: entry.sent[index]! };
      await new Promise<void>((resolve) => {
        entry.wake = resolve;
      });
    }
  }
  return { messenger, next };
}

const REPORT_TITLE = t('en', 'report.title', { position: positionName('en', 'be') });

function kindOf(message: OutboundMessage): string {
  if (message.title === REPORT_TITLE) return 'report';
  const title = message.title ?? '';
  for (const kind of ['personal', 'behavioural', 'technical'] as const) {
    if (title.includes(t('en', `common.kind.${kind}`))) return kind;
  }
  return 'follow-up';
}

async function main() {
  const fake = await startFakeOpenAiServer({
    latencyMs: { cv_questions: scaled(GEN_MS), evaluation: scaled(EVAL_MS) },
  });
  const config = loadConfig({
    DATABASE_URL: 'sqlite::memory:',
    OPENAI_BASE_URL: fake.baseUrl,
    OPENAI_API_KEY: 'bench',
    CONSOLE: 'off',
    JOB_POLL_MS: '10',
    OFFLINE_WORKERS: process.env.OFFLINE_WORKERS ?? 'auto',
    CHARTS: process.env.CHARTS ?? 'on',
    JOB_CONCURRENCY: process.env.JOB_CONCURRENCY ?? '8',
    LLM_TIMEOUT_MS: String(scaled(45_000)),
    REPORT_DEADLINE_MS: String(scaled(60_000)),
    PERSONAL_QUESTIONS_WAIT_MS: String(scaled(20_000)),
  });
  const logger = createSilentLogger();
  const { messenger, next } = createRecordingMessenger();
  const core = await createCore({
    config,
    logger,
    messenger,
    createLlm: (offline, knex) =>
      createLlmChainFromConfig({ config, calls: createLlmCallsStore(knex), offline, logger }),
    cvIntake: {
      checkMetadata: () => {},
      process: async (bytes, fileName) => ({
        fileName,
        bytes: bytes.length,
        pages: 1,
        sha256: 'bench',
        text: CV_TEXT,
        sections: {},
        redactedText: CV_TEXT,
        redactedSections: {},
      }),
    },
  });
  await core.start();
  const startRssMb = process.memoryUsage().rss / 1048576;

  const waits = new Map<string, number[]>();
  const acks: number[] = [];
  const note = (boundary: string, ms: number) => waits.set(boundary, [...(waits.get(boundary) ?? []), ms]);

  async function interview(i: number) {
    const user: UserRef = { platform: 'console', workspaceId: 'bench', userId: `u${i}` };
    const where: ConversationRef = { platform: 'console', workspaceId: 'bench', channelId: `u${i}` };
    const cv = { fileName: 'cv.pdf', download: async () => new Uint8Array(1024) };
    let started = performance.now();
    await core.engine.start(user, { position: 'be', language: 'en', cv, where });
    acks.push(performance.now() - started);
    let seen = 0;
    let previous = 'start';
    let answeredAt: number | undefined;
    for (let turn = 0; turn < 30; turn += 1) {
      const { index, sent } = await next(`u${i}`, seen);
      seen = index + 1;
      const kind = kindOf(sent.message);
      if (answeredAt !== undefined) note(`${previous} → ${kind}`, sent.at - answeredAt);
      if (kind === 'report') return;
      previous = kind;
      await new Promise((resolve) => setTimeout(resolve, scaled(THINK_MS) * (0.75 + Math.random() / 2)));
      started = performance.now();
      answeredAt = started;
      await core.engine.handleMessage({
        kind: 'message',
        eventId: `u${i}-${turn}`,
        user,
        where,
        text: ANSWER,
        attachments: [],
      });
      acks.push(performance.now() - started);
    }
  }

  const began = performance.now();
  await Promise.all(Array.from({ length: users }, (_, i) => interview(i)));
  const total = performance.now() - began;

  const unscale = (ms: number | undefined) =>
    ms === undefined ? '-' : `${(ms / scale / 1000).toFixed(1)} s`;
  const sequential = (boundary: string) => {
    const to = boundary.split(' → ')[1];
    if (to === 'personal' && !boundary.startsWith('personal')) return EVAL_MS + GEN_MS;
    return EVAL_MS;
  };
  console.log(
    `${users} users, scale ${scale} (model: generation ${GEN_MS / 1000} s, evaluation ${EVAL_MS / 1000} s; think ${THINK_MS / 1000} s per answer)`,
  );
  console.log(
    'waits in model-time seconds (real ms / scale, so engine and job-polling overhead is magnified too);',
  );
  console.log(
    'sequential = evaluate each answer before the next question, generate CV questions when the personal phase starts\n',
  );
  console.log(
    [
      'boundary'.padEnd(28),
      'n'.padStart(4),
      'p50'.padStart(9),
      'p95'.padStart(9),
      'max'.padStart(9),
      'sequential'.padStart(11),
    ].join(' '),
  );
  for (const [boundary, list] of [...waits.entries()].sort()) {
    console.log(
      [
        boundary.padEnd(28),
        String(list.length).padStart(4),
        unscale(percentile(list, 50)).padStart(9),
        unscale(percentile(list, 95)).padStart(9),
        unscale(Math.max(...list)).padStart(9),
        `${(sequential(boundary) / 1000).toFixed(1)} s`.padStart(11),
      ].join(' '),
    );
  }
  console.log(
    `\nacknowledgement of each message (real ms, not scaled): p50 ${percentile(acks, 50)?.toFixed(1)} ms, p95 ${percentile(acks, 95)?.toFixed(1)} ms, max ${Math.max(...acks).toFixed(1)} ms over ${acks.length} messages`,
  );
  console.log(`model requests: ${fake.requests.length}; wall time ${(total / 1000).toFixed(1)} s`);
  // The whole process (bench, fakes and bot, worker threads included): an upper bound on the bot's share.
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(
    `memory: RSS ${startRssMb.toFixed(0)} MB after start-up, peak ${peakRssMb.toFixed(0)} MB, ${(((peakRssMb - startRssMb) * 1024) / users).toFixed(0)} KB per active session`,
  );
  await core.stop();
  await fake.close();
}

await main();
