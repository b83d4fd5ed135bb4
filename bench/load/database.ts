// An empty database of the kind the bench was pointed at (SQLite file, PostgreSQL schema, MariaDB database),
// and what the bot recorded in it afterwards: model calls by outcome and how answers were evaluated.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Knex } from 'knex';
import { loadConfig } from '../../src/config/load-config.js';
import { openDatabase } from '../../src/db/connection.js';

export interface LoadDatabase {
  /** DATABASE_URL for the bot. */
  url: string;
  label: string;
  /** Counts from the tables once the run is over. */
  summary(): Promise<RunRecord>;
  drop(): Promise<void>;
}

export interface RunRecord {
  /** llm_calls rows by provider and outcome (`primary ok`, `primary timeout`, …). */
  calls: Map<string, number>;
  /** Answered main questions, and how many of them the offline fallback scored. */
  answered: number;
  degraded: number;
  sessions: number;
  reports: number;
}

/** Create a fresh database next to `baseUrl` (or a temporary SQLite file without one). */
export async function prepareDatabase(baseUrl: string | undefined): Promise<LoadDatabase> {
  const name = `load_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  if (!baseUrl || baseUrl.startsWith('sqlite')) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-load-'));
    const url = `sqlite:${path.join(dir, 'bot.sqlite')}`;
    return withSummary(url, 'SQLite', async () => rmSync(dir, { recursive: true, force: true }));
  }
  const database = loadConfig({ DATABASE_URL: baseUrl, CONSOLE: 'off' }).database;
  const admin = openDatabase(database);
  try {
    if (database.client === 'pg') {
      await admin.raw(`create schema "${name}"`);
      const separator = baseUrl.includes('?') ? '&' : '?';
      const url = `${baseUrl}${separator}options=${encodeURIComponent(`-c search_path=${name}`)}`;
      return withSummary(url, 'PostgreSQL', () => dropWith(baseUrl, `drop schema "${name}" cascade`));
    }
    await admin.raw(`create database \`${name}\` character set utf8mb4 collate utf8mb4_unicode_ci`);
    const parsed = new URL(baseUrl);
    parsed.pathname = `/${name}`;
    return withSummary(parsed.toString(), 'MariaDB', () => dropWith(baseUrl, `drop database \`${name}\``));
  } finally {
    await admin.destroy();
  }
}

async function dropWith(baseUrl: string, sql: string): Promise<void> {
  const admin = openDatabase(loadConfig({ DATABASE_URL: baseUrl, CONSOLE: 'off' }).database);
  await admin.raw(sql).finally(() => admin.destroy());
}

function withSummary(url: string, label: string, drop: () => Promise<void>): LoadDatabase {
  return {
    url,
    label,
    drop,
    async summary() {
      const knex = openDatabase(loadConfig({ DATABASE_URL: url, CONSOLE: 'off' }).database);
      try {
        return await readRecord(knex);
      } finally {
        await knex.destroy();
      }
    },
  };
}

async function readRecord(knex: Knex): Promise<RunRecord> {
  const calls = new Map<string, number>();
  const rows: { provider: string; outcome: string; n: number | string }[] = await knex('llm_calls')
    .select('provider', 'outcome')
    .count({ n: '*' })
    .groupBy('provider', 'outcome');
  for (const row of rows) calls.set(`${row.provider} ${row.outcome}`, Number(row.n));
  const count = async (query: Knex.QueryBuilder) => Number((await query.count({ n: '*' }).first())?.n ?? 0);
  const main = () => knex('turns').whereNull('parent_turn_id').where({ status: 'answered' });
  return {
    calls,
    answered: await count(main()),
    degraded: await count(main().where({ degraded: true })),
    sessions: await count(knex('sessions')),
    reports: await count(knex('sessions').whereNotNull('report_sent_at')),
  };
}
