// Once per test run: a SQLite database migrated and seeded with the shared bank, which harnesses copy
// instead of migrating and seeding their own (see test/helpers/template-database.ts), and, when
// TEST_MYSQL_URL is set, a migrated MariaDB database that store suites copy (test/helpers/mysql-template.ts).
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { seedQuestionBank } from '../src/bank/seed-question-bank.js';
import { openDatabase } from '../src/db/connection.js';
import { migrateLatest } from '../src/db/migrate.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Path of the migrated, seeded SQLite template. */
    sqliteTemplate: string;
    /** Name of the migrated MariaDB/MySQL template database, when TEST_MYSQL_URL is set. */
    mysqlTemplate: string | undefined;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  // /dev/shm keeps the copies in memory where there is one (Linux); elsewhere the temp folder.
  const base = fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir();
  const directory = fs.mkdtempSync(path.join(base, 'cyi-template-'));
  const file = path.join(directory, 'template.sqlite');
  const knex = openDatabase({ client: 'sqlite', filename: file });
  await migrateLatest(knex);
  await seedQuestionBank(knex);
  // Fold the WAL into the main file, so a plain copy of that one file is the whole database.
  await knex.raw('pragma wal_checkpoint(TRUNCATE)');
  await knex.raw('pragma journal_mode = DELETE');
  await knex.destroy();
  project.provide('sqliteTemplate', file);
  const mysql = await createMysqlTemplate(process.env.TEST_MYSQL_URL);
  project.provide('mysqlTemplate', mysql?.name);
  return async () => {
    fs.rmSync(directory, { recursive: true, force: true });
    await mysql?.drop();
  };
}

/** A migrated MariaDB/MySQL database that suites copy (test/helpers/mysql-template.ts). */
async function createMysqlTemplate(url: string | undefined) {
  if (!url) return undefined;
  const name = `tmpl_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = openDatabase({ client: 'mysql', url });
  try {
    await admin.raw(`create database \`${name}\` character set utf8mb4 collate utf8mb4_unicode_ci`);
  } finally {
    await admin.destroy();
  }
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  const knex = openDatabase({ client: 'mysql', url: parsed.toString() });
  try {
    await migrateLatest(knex);
  } finally {
    await knex.destroy();
  }
  return {
    name,
    async drop() {
      const again = openDatabase({ client: 'mysql', url });
      await again.raw(`drop database if exists \`${name}\``);
      await again.destroy();
    },
  };
}
