// The database matrix for store tests: SQLite always; PostgreSQL and MariaDB when their URLs are set.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Knex } from 'knex';
import { inject } from 'vitest';
import { openDatabase } from '../../src/db/connection.js';
import { migrateLatest } from '../../src/db/migrate.js';
import { copyMysqlDatabase } from './mysql-template.js';

export interface CreateOptions {
  migrate?: boolean;
  /** SQLite only: use a temporary file instead of memory, so `connect` can open a second connection. */
  file?: boolean;
}

export interface CreatedDatabase {
  knex: Knex;
  /**
   * Open another, independent Knex instance (its own pool) on the same isolated database: two
   * "instances" of the bot sharing one database. `destroy` closes every instance opened here.
   */
  connect(): Knex;
  destroy(): Promise<void>;
}

export interface TestDatabase {
  name: 'sqlite' | 'postgres' | 'mariadb';
  /** A fresh, isolated, migrated database; `destroy` drops what it created. */
  create(options?: CreateOptions): Promise<CreatedDatabase>;
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

async function createSqlite(options: CreateOptions = {}): Promise<CreatedDatabase> {
  const directory = options.file ? fs.mkdtempSync(path.join(os.tmpdir(), 'cyi-db-')) : null;
  const filename = directory ? path.join(directory, 'test.sqlite') : ':memory:';
  const knex = openDatabase({ client: 'sqlite', filename });
  const others: Knex[] = [];
  if (options.migrate !== false) await migrateLatest(knex);
  return {
    knex,
    connect() {
      if (!directory) throw new Error('an in-memory SQLite database has one connection; pass { file: true }');
      const other = openDatabase({ client: 'sqlite', filename });
      others.push(other);
      return other;
    },
    async destroy() {
      for (const other of others) await other.destroy();
      await knex.destroy();
      if (directory) fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}

async function createPostgres(url: string, options: CreateOptions = {}): Promise<CreatedDatabase> {
  const schema = uniqueName();
  const admin = openDatabase({ client: 'pg', url });
  await admin.raw(`create schema "${schema}"`);
  await admin.destroy();
  const separator = url.includes('?') ? '&' : '?';
  const schemaUrl = `${url}${separator}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  const knex = openDatabase({ client: 'pg', url: schemaUrl });
  const others: Knex[] = [];
  if (options.migrate !== false) await migrateLatest(knex);
  return {
    knex,
    connect() {
      const other = openDatabase({ client: 'pg', url: schemaUrl });
      others.push(other);
      return other;
    },
    async destroy() {
      for (const other of others) await other.destroy();
      await knex.raw(`drop schema "${schema}" cascade`);
      await knex.destroy();
    },
  };
}

async function createMysql(url: string, options: CreateOptions = {}): Promise<CreatedDatabase> {
  const database = uniqueName();
  const admin = openDatabase({ client: 'mysql', url });
  await admin.raw(`create database \`${database}\` character set utf8mb4 collate utf8mb4_unicode_ci`);
  // The run's migrated template is copied: a third of the migrations' time on InnoDB.
  const template = options.migrate !== false ? inject('mysqlTemplate') : undefined;
  if (template) await copyMysqlDatabase(admin, template, database);
  await admin.destroy();
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  const knex = openDatabase({ client: 'mysql', url: parsed.toString() });
  const others: Knex[] = [];
  if (options.migrate !== false && !template) await migrateLatest(knex);
  return {
    knex,
    connect() {
      const other = openDatabase({ client: 'mysql', url: parsed.toString() });
      others.push(other);
      return other;
    },
    async destroy() {
      for (const other of others) await other.destroy();
      await knex.raw(`drop database \`${database}\``);
      await knex.destroy();
    },
  };
}
