// The composition root of the core: database, stores, evaluators, engine and job runner, from a config.
// Adapters and commands are wired on top of this (commands/create-bot.ts); nothing here knows a platform.
import type { Knex } from 'knex';
import { type ChartRenderer, createChartRenderer } from '../charts/chart-renderer.js';
import { locateChartFonts } from '../charts/fonts.js';
import type { Config } from '../config/load-config.js';
import type { Platform } from '../domain/types.js';
import { checkCvMetadata, cvLimitsFromEnv, defaultPdfExtractor, processCv } from '../cv/intake.js';
import { openDatabase } from '../db/connection.js';
import { migrateLatest } from '../db/migrate.js';
import type { CvIntake, EngineDeps } from '../engine/engine-deps.js';
import { createDailyFeature, type DailyFeature } from '../daily/daily-feature.js';
import { createInterviewEngine, type InterviewEngine } from '../engine/interview-engine.js';
import { createEngineJobHandlers } from '../engine/job-handlers.js';
import { createSessionFlow } from '../engine/session-flow.js';
import { createSessionLock } from './session-lock.js';
import { createJobRunner, type JobRunner } from '../jobs/job-runner.js';
import { createLlmChainFromConfig } from '../llm/chain/from-config.js';
import { createOfflinePool } from '../llm/offline/pool/offline-pool.js';
import type { LlmProvider } from '../llm/types.js';
import type { Logger } from '../logger.js';
import { instrumentCallRecorder, instrumentCvIntake, instrumentSessions } from '../metrics/instrument.js';
import { type BotMetrics, createBotMetrics } from '../metrics/metrics.js';
import type { Messenger } from '../platform/messenger.js';
import { createCvsStore } from '../stores/cvs-store.js';
import { createDailyStore } from '../stores/daily-store.js';
import { createLlmCallsStore, type ProviderStats } from '../stores/llm-calls-store.js';
import { createEventsStore, type EventsStore } from '../stores/events-store.js';
import { createJobsStore } from '../stores/jobs-store.js';
import { createPendingUploadsStore, type PendingUploads } from '../stores/pending-uploads-store.js';
import { createQuestionBankStore } from '../stores/question-bank-store.js';
import { createSessionsStore } from '../stores/sessions-store.js';
import { createStatsStore } from '../stores/stats-store.js';
import { createUsersStore } from '../stores/users-store.js';
import { createWorkspaceSettingsStore } from '../stores/workspace-settings-store.js';
import { seedQuestionBank } from '../bank/seed-question-bank.js';

export interface CoreOptions {
  config: Readonly<Config>;
  logger: Logger;
  /** Routes messages to the running adapters; supplied by the bot once adapters exist. */
  messenger: Messenger;
  /** An already open database (tests); otherwise the config's database is opened. */
  knex?: Knex | undefined;
  /** Build the preferred evaluator chain from the offline provider (the LLM layer); default: offline only. */
  createLlm?: ((offline: LlmProvider, knex: Knex) => LlmProvider) | undefined;
  cvIntake?: CvIntake | undefined;
  now?: (() => number) | undefined;
  random?: (() => number) | undefined;
  /** Where the core's metrics go; a fresh registry when not given. */
  metrics?: BotMetrics | undefined;
}

export interface Core {
  knex: Knex;
  engine: InterviewEngine;
  /** The question of the day in a shared channel. */
  daily: DailyFeature;
  runner: JobRunner;
  events: EventsStore;
  offline: LlmProvider;
  llm: LlmProvider;
  deps: EngineDeps;
  metrics: BotMetrics;
  pendingUploads: PendingUploads;
  /** Per-provider latency, errors, tokens and cost, for the stats command. */
  providerStats(workspaceKey: string, since: number): Promise<ProviderStats[]>;
  /** True while a session of `platform` is still evaluating (its report not sent yet). */
  reportsPending(platform: Platform): Promise<boolean>;
  /** Start background workers and finish what a previous run left (reports, unasked questions). */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** The production CV intake: metadata checks, then extraction in the child process. */
const defaultCvIntake: CvIntake = {
  checkMetadata: (meta, limits) =>
    checkCvMetadata(
      {
        fileName: meta.fileName,
        ...(meta.contentType ? { contentType: meta.contentType } : {}),
        ...(meta.sizeBytes !== undefined ? { sizeBytes: meta.sizeBytes } : {}),
      },
      limits,
    ),
  process: (bytes, fileName, limits) => processCv(bytes, fileName, limits),
};

/** Migrate, seed when the bank changed, and build the core. */
export async function createCore(options: CoreOptions): Promise<Core> {
  const { config, logger } = options;
  const env = config.env;
  const knex = options.knex ?? openDatabase(config.database);
  const ownsDatabase = !options.knex;
  await migrateLatest(knex);
  const seeded = await seedQuestionBank(knex);
  if (seeded.loaded) logger.info(seeded, 'question bank loaded');

  const bank = createQuestionBankStore(knex);
  const corpus = await bank.corpus();
  // The offline evaluator and the follow-up decision run on worker threads, each learning the bank's IDF
  // model once, so the text analysis of every answer stays off the event loop (OFFLINE_WORKERS=0: inline).
  const offlinePool = createOfflinePool({ corpus, threads: env.OFFLINE_WORKERS });
  const offline = offlinePool.provider;
  const metrics = options.metrics ?? createBotMetrics();
  const calls = instrumentCallRecorder(createLlmCallsStore(knex), metrics);
  const chain =
    !options.createLlm && config.llm.endpoints.length > 0
      ? createLlmChainFromConfig({ config, calls, offline, logger: logger.child({ component: 'llm' }) })
      : undefined;
  const llm = options.createLlm ? options.createLlm(offline, knex) : (chain ?? offline);
  const jobsStore = createJobsStore(knex);
  const now = options.now ?? Date.now;
  const charts = createCharts(config);

  let runner: JobRunner | undefined;
  const deps: EngineDeps = {
    users: createUsersStore(knex),
    cvs: createCvsStore(knex),
    sessions: instrumentSessions(
      createSessionsStore(knex, {
        // A bug, but not one worth failing a member's interview over in production: log and go on.
        onIllegalMove:
          env.NODE_ENV === 'production'
            ? (error) =>
                logger.error(
                  { err: error, sessionId: error.sessionId, from: error.from, to: error.to },
                  'illegal session transition',
                )
            : undefined,
      }),
      metrics,
    ),
    bank,
    settings: createWorkspaceSettingsStore(knex),
    stats: createStatsStore(knex),
    enqueue: (job) => runner!.enqueue(job),
    countPendingJobs: (keys) => jobsStore.countPendingByKey(keys),
    messenger: options.messenger,
    llm,
    offline,
    budgetExhausted: chain ? (workspaceKey) => chain.budgetExhausted(workspaceKey) : undefined,
    judgeAnswer: (input, judged) => offlinePool.judge(input, judged),
    cvIntake: instrumentCvIntake(options.cvIntake ?? defaultCvIntake, metrics),
    charts,
    defaults: {
      technical: env.TECHNICAL_QUESTIONS,
      behavioural: env.BEHAVIOURAL_QUESTIONS,
      personal: env.PERSONAL_QUESTIONS,
      quota: env.SESSION_QUOTA,
      quotaPeriodDays: env.QUOTA_PERIOD_DAYS,
      followUps: env.FOLLOW_UPS,
      language: env.DEFAULT_LANGUAGE,
      reportDeadlineMs: env.REPORT_DEADLINE_MS,
      personalWaitMs: env.PERSONAL_QUESTIONS_WAIT_MS,
      cvLimits: cvLimitsFromEnv(env),
      downloadTimeoutMs: 30_000,
      seed: env.INTERVIEW_SEED,
    },
    logger,
    now,
    random: options.random ?? Math.random,
  };
  // One flow and one lock, shared: a job's report and a user's message on the same session queue up.
  // SQLite is one process by design; PostgreSQL and MariaDB may be shared by several instances, so
  // there the lock is a lease row every instance sees, SESSION_LOCK_LEASE_MS long (src/stores/lease-lock.ts).
  const lock = createSessionLock(knex, { leaseMs: env.SESSION_LOCK_LEASE_MS });
  const parts = { flow: createSessionFlow(deps), lock };
  const engine = createInterviewEngine(deps, parts);
  const daily = createDailyFeature({
    store: createDailyStore(knex),
    bank,
    messenger: options.messenger,
    enqueue: deps.enqueue,
    llm,
    offline,
    budgetExhausted: deps.budgetExhausted,
    languageFor: (user) => engine.languageFor(user),
    logger: logger.child({ component: 'daily' }),
    now,
    random: deps.random,
  });
  runner = createJobRunner({
    store: jobsStore,
    handlers: { ...createEngineJobHandlers(deps, parts), ...daily.handlers },
    concurrency: env.JOB_CONCURRENCY,
    pollMs: env.JOB_POLL_MS,
    leaseMs: env.JOB_LEASE_MS,
    logger: logger.child({ component: 'jobs' }),
    now,
  });
  const events = createEventsStore(knex);
  metrics.watchQueue(async () => {
    const backlog = await jobsStore.dueBacklog(now());
    const oldestAgeSeconds =
      backlog.oldestRunAt === null ? 0 : Math.max(0, now() - backlog.oldestRunAt) / 1000;
    return { due: backlog.due, oldestAgeSeconds };
  });

  return {
    knex,
    engine,
    daily,
    runner,
    events,
    offline,
    llm,
    deps,
    metrics,
    pendingUploads: createPendingUploadsStore(knex),
    providerStats: (workspaceKey, since) => calls.providerStats({ since, workspaceKey }),
    reportsPending: async (platform) =>
      (await deps.sessions.listEvaluating()).some((session) => session.platform === platform),
    async start() {
      charts?.warm();
      runner!.start();
      await engine.resume();
      await daily.posting.resume();
      await events.prune(now() - 7 * 24 * 60 * 60 * 1000);
    },
    async stop() {
      await runner!.stop();
      defaultPdfExtractor().close();
      await charts?.close();
      await offlinePool.close();
      if (ownsDatabase) await knex.destroy();
    },
  };
}

/** The chart renderer, unless CHARTS=off; a missing Korean font fails start-up with ChartFontMissingError. */
function createCharts(config: Readonly<Config>): ChartRenderer | undefined {
  if (config.env.CHARTS === 'off') return undefined;
  return createChartRenderer({ fonts: locateChartFonts({ fontDir: config.env.CHART_FONT_DIR }) });
}
