// Parse the environment once at start-up into a typed, frozen config; fail fast naming the variable, never its value.
import path from 'node:path';
import { z } from 'zod';
import { envSchema, type RawEnv } from './env-schema.js';

/** Thrown when the environment is invalid. The message names variables only, never values. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const priceTable = z.record(z.string(), z.object({ input: z.number().min(0), output: z.number().min(0) }));

export type DatabaseConfig =
  | { client: 'sqlite'; filename: string }
  | { client: 'pg'; url: string }
  | { client: 'mysql'; url: string };

export interface LlmEndpointConfig {
  name: 'primary' | 'secondary';
  apiKey: string;
  baseUrl?: string | undefined;
  model: string;
}

export interface Config {
  env: RawEnv;
  database: DatabaseConfig;
  llm: {
    endpoints: LlmEndpointConfig[];
    prices: Record<string, { input: number; output: number }>;
  };
  discordEnabled: boolean;
  slackEnabled: boolean;
  consoleEnabled: boolean;
}

/** Parse `env` (default: process.env). Throws ConfigError listing each bad variable by name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Readonly<Config> {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${describeIssue(issue)}`),
    );
  }
  const raw = parsed.data;
  const problems: string[] = [];

  let prices: Record<string, { input: number; output: number }> = {};
  if (raw.LLM_PRICES) {
    try {
      prices = priceTable.parse(JSON.parse(raw.LLM_PRICES));
    } catch {
      problems.push(
        'LLM_PRICES: must be JSON like {"model":{"input":0.15,"output":0.6}} (USD per 1M tokens)',
      );
    }
  }
  if (raw.SECONDARY_BASE_URL && !raw.SECONDARY_MODEL) {
    problems.push('SECONDARY_MODEL: required when SECONDARY_BASE_URL is set');
  }
  if (raw.DISCORD_TOKEN && !raw.DISCORD_APP_ID) {
    problems.push('DISCORD_APP_ID: required when DISCORD_TOKEN is set');
  }
  if (raw.DISCORD_SHARDS !== undefined && !raw.DISCORD_TOKEN) {
    problems.push('DISCORD_SHARDS: shards the Discord connection, so DISCORD_TOKEN is required');
  }
  if (raw.SLACK_BOT_TOKEN && !raw.SLACK_APP_TOKEN && !raw.SLACK_SIGNING_SECRET) {
    problems.push('SLACK_APP_TOKEN: required (Socket Mode) unless SLACK_SIGNING_SECRET is set (HTTP mode)');
  }
  const database = parseDatabase(raw, problems);
  // Each shard is a whole bot in its own process; SQLite (and its in-memory session lock) serves one.
  if (database?.client === 'sqlite' && raw.DISCORD_SHARDS !== undefined && raw.DISCORD_SHARDS !== 1) {
    problems.push(
      'DISCORD_SHARDS: each shard is its own process and SQLite serves one; set DATABASE_URL to PostgreSQL or MariaDB',
    );
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const endpoints: LlmEndpointConfig[] = [];
  if (raw.OPENAI_API_KEY || raw.OPENAI_BASE_URL) {
    endpoints.push({
      name: 'primary',
      apiKey: raw.OPENAI_API_KEY ?? 'unused',
      baseUrl: raw.OPENAI_BASE_URL,
      model: raw.OPENAI_MODEL,
    });
  }
  if (raw.SECONDARY_BASE_URL && raw.SECONDARY_MODEL) {
    endpoints.push({
      name: 'secondary',
      apiKey: raw.SECONDARY_API_KEY ?? 'unused',
      baseUrl: raw.SECONDARY_BASE_URL,
      model: raw.SECONDARY_MODEL,
    });
  }
  const discordEnabled = Boolean(raw.DISCORD_TOKEN);
  const slackEnabled = Boolean(raw.SLACK_BOT_TOKEN);
  const consoleEnabled = raw.CONSOLE === 'on' || (raw.CONSOLE === 'auto' && !discordEnabled && !slackEnabled);

  return deepFreeze({
    env: raw,
    database: database!,
    llm: { endpoints, prices },
    discordEnabled,
    slackEnabled,
    consoleEnabled,
  });
}

function parseDatabase(raw: RawEnv, problems: string[]): DatabaseConfig | undefined {
  const url = raw.DATABASE_URL;
  if (!url) return { client: 'sqlite', filename: path.resolve(raw.DATA_DIR, 'interview.sqlite') };
  if (/^postgres(ql)?:\/\//.test(url)) return { client: 'pg', url };
  if (/^(mysql|mariadb):\/\//.test(url)) return { client: 'mysql', url: url.replace(/^mariadb:/, 'mysql:') };
  if (url.startsWith('sqlite:')) {
    const filename = url.slice('sqlite:'.length).replace(/^\/\//, '');
    return { client: 'sqlite', filename: filename === ':memory:' ? filename : path.resolve(filename) };
  }
  problems.push('DATABASE_URL: must start with postgres://, mysql://, mariadb:// or sqlite:');
  return undefined;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  // zod messages can echo the received value for enums/literals; keep only the expectation.
  if (issue.code === 'invalid_value') return `must be one of ${issue.values.map(String).join(', ')}`;
  if (issue.code === 'too_small' || issue.code === 'too_big') return 'is out of range';
  if (issue.code === 'invalid_type') return `must be a ${issue.expected}`;
  // A pattern's message is one of ours (see env-schema.ts), never the value.
  if (issue.code === 'invalid_format' && issue.format === 'regex') return issue.message;
  if (issue.code === 'invalid_format') return `must be a valid ${issue.format}`;
  return 'is invalid';
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
