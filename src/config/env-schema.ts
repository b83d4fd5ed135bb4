// Every environment variable the bot reads, with its default and validation; .env.example mirrors this.
import { FALLBACK_LANGUAGE } from '../i18n/index.js';
import { MAX_SEED } from '../math/seeded-random.js';
import { z } from 'zod';

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();
const optionalUrl = optionalString.pipe(z.url().optional());
const int = (fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER) =>
  z.coerce.number().int().min(min).max(max).default(fallback);
const bool = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'])
    .default(fallback ? 'true' : 'false')
    .transform((value) => ['true', '1', 'yes', 'on'].includes(value));
const idList = optionalString.transform((value) =>
  value
    ? value
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean)
    : [],
);

/** Raw environment schema. Keys are the variable names so that errors name the variable. */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['auto', 'json', 'pretty']).default('auto'),

  // Storage
  DATABASE_URL: optionalString,
  DATA_DIR: z.string().default('./data'),

  // Interview defaults (a workspace may override them with its settings)
  DEFAULT_LANGUAGE: z.enum(['en', 'ko']).default(FALLBACK_LANGUAGE),
  TECHNICAL_QUESTIONS: int(2, 0, 20),
  BEHAVIOURAL_QUESTIONS: int(1, 0, 10),
  PERSONAL_QUESTIONS: int(2, 0, 10),
  SESSION_QUOTA: int(5, 1, 10_000),
  QUOTA_PERIOD_DAYS: int(30, 1, 3650),
  FOLLOW_UPS: bool(true),
  REPORT_DEADLINE_MS: int(60_000, 0),
  /** Fixes the question choice of every interview (scripted runs, demos); empty → random. */
  INTERVIEW_SEED: optionalString.pipe(
    z.coerce.number<string | undefined>().int().min(0).max(MAX_SEED).optional(),
  ),
  PERSONAL_QUESTIONS_WAIT_MS: int(20_000, 0),

  // CV intake
  CV_MAX_BYTES: int(10 * 1024 * 1024, 1024),
  CV_MAX_PAGES: int(20, 1, 500),
  CV_PARSE_TIMEOUT_MS: int(15_000, 100),
  CV_PARSE_MEMORY_MB: int(512, 64),
  CV_MAX_CHARS: int(60_000, 1000),

  // Background jobs
  JOB_CONCURRENCY: int(16, 1, 256),
  JOB_POLL_MS: int(500, 10),
  /** How long a claimed job is leased; a job whose worker died is taken over after this. */
  JOB_LEASE_MS: int(300_000, 100),
  /**
   * PostgreSQL/MariaDB: how long an instance's hold on a member's session lasts unless renewed (every
   * third of it). An instance that dies holding one blocks that member for at most this long.
   */
  SESSION_LOCK_LEASE_MS: int(30_000, 1000, 600_000),
  /** Worker threads for the offline evaluator's text analysis; 0 runs it on the event loop; auto = cores − 1. */
  OFFLINE_WORKERS: z.union([z.literal('auto'), z.coerce.number().int().min(0).max(32)]).default('auto'),

  // Language models (OpenAI-compatible). No key → the offline evaluator only.
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalUrl,
  OPENAI_MODEL: z.string().default('gpt-4o-mini'),
  SECONDARY_API_KEY: optionalString,
  SECONDARY_BASE_URL: optionalUrl,
  SECONDARY_MODEL: optionalString,
  LLM_TIMEOUT_MS: int(45_000, 100),
  LLM_MAX_RETRIES: int(2, 0, 10),
  LLM_P95_THRESHOLD_MS: int(40_000, 100),
  LLM_CIRCUIT_ERRORS: int(3, 1, 100),
  LLM_CIRCUIT_COOLDOWN_MS: int(60_000, 100),
  LLM_DAILY_TOKEN_BUDGET: int(0, 0),
  /** JSON: {"model": {"input": USD per 1M tokens, "output": USD per 1M tokens}} */
  LLM_PRICES: optionalString,

  // Charts (report card, progress, admin charts as PNG). On: a Korean font must be found at start-up.
  CHARTS: z.enum(['on', 'off']).default('on'),
  /** A folder with NanumGothic.ttf and NanumGothicBold.ttf, tried before Debian's fonts-nanum. */
  CHART_FONT_DIR: optionalString,

  // Operations
  /** Port of /healthz and /metrics (and of Slack's HTTP mode when it is on); empty → no HTTP server. */
  HTTP_PORT: optionalString.pipe(z.coerce.number<string | undefined>().int().min(0).max(65535).optional()),
  /** How long a SIGTERM/SIGINT may take to finish in-flight work before the process exits anyway. */
  SHUTDOWN_TIMEOUT_MS: int(10_000, 100, 600_000),

  // Console
  CONSOLE: z.enum(['auto', 'on', 'off']).default('auto'),

  // Discord
  DISCORD_TOKEN: optionalString,
  DISCORD_APP_ID: optionalString,
  DISCORD_GUILD_ID: optionalString,
  DISCORD_ADMIN_ROLE_IDS: idList,
  DISCORD_API_BASE_URL: optionalUrl,
  /**
   * Shard the Discord connection over child processes (discord.js's ShardingManager): a number, or auto
   * for Discord's recommendation. Empty: one connection in the bot's own process.
   */
  DISCORD_SHARDS: optionalString
    .pipe(
      z
        .string()
        .regex(/^(auto|[1-9]\d{0,3})$/, { error: 'must be a number of shards (1 to 9999) or auto' })
        .optional(),
    )
    .transform((value) => (value === undefined || value === 'auto' ? value : Number(value))),

  // Slack
  SLACK_BOT_TOKEN: optionalString,
  SLACK_APP_TOKEN: optionalString,
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_PORT: int(3000, 1, 65535),
  SLACK_ADMIN_USER_IDS: idList,
  SLACK_API_URL: optionalUrl,
});

export type RawEnv = z.infer<typeof envSchema>;
