// The database matrix for store tests: SQLite always; PostgreSQL and MariaDB when their URLs are set.
import { randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import { openDatabase } from '../../src/db/connection.js';
import { migrateLatest } from '../../src/db/migrate.js';

export interface TestDatabase {
  name: 'sqlite' | 'postgres' | 'mariadb';
  /** A fresh, isolated, migrated database; `destroy` drops what it created. */
  create(options?: { migrate?: boolean }): Promise<{ knex: Knex; destroy(): Promise<void> }>;
}

/** Databases to run store suites against: `describe.each(testDatabases())`. */
export function testDatabases(): TestDatabase[] {
  const list: TestDatabase[] = [{ name: 'sqlite', create: createSqlite }];
  const pgUrl = process.env.TEST_POSTGRES_URL;
  const mysqlUrl = process.env.TEST_MYSQL_URL;
  if (pgUrl) list.push({ name: 'postgres', create: (options) => createPostgres(pgUrl, options) });
  if (mysqlUrl) list.push({ name: 'mariadb', create: (options) => createMysql(mysqlUrl, options) });
  return list;
}

function uniqueName(): string {
  return `t_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
}

async function createSqlite(options: { migrate?: boolean } = {}) {
  const knex = openDatabase({ client: 'sqlite', filename: ':memory:' });
  if (options.migrate !== false) await migrateLatest(knex);
  return { knex, destroy: () => knex.destroy() };
}

async function createPostgres(url: string, options: { migrate?: boolean } = {}) {
  const schema = uniqueName();
  const admin = openDatabase({ client: 'pg', url });
  await admin.raw(`create schema "${schema}"`);
  await admin.destroy();
  const separator = url.includes('?') ? '&' : '?';
  const knex = openDatabase({
    client: 'pg',
    url: `${url}${separator}options=${encodeURIComponent(`-c search_path=${schema}`)}`,
  });
  if (options.migrate !== false) await migrateLatest(knex);
  return {
    knex,
    async destroy() {
      await knex.raw(`drop schema "${schema}" cascade`);
      await knex.destroy();
    },
  };
}

async function createMysql(url: string, options: { migrate?: boolean } = {}) {
  const database = uniqueName();
  const admin = openDatabase({ client: 'mysql', url });
  await admin.raw(`create database \`${database}\` character set utf8mb4 collate utf8mb4_unicode_ci`);
  await admin.destroy();
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  const knex = openDatabase({ client: 'mysql', url: parsed.toString() });
  if (options.migrate !== false) await migrateLatest(knex);
  return {
    knex,
    async destroy() {
      await knex.raw(`drop database \`${database}\``);
      await knex.destroy();
    },
  };
}
