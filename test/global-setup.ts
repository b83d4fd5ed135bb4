// Once per test run: a SQLite database migrated and seeded with the shared bank, which harnesses copy
// instead of migrating and seeding their own (see test/helpers/template-database.ts).
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
  return () => fs.rmSync(directory, { recursive: true, force: true });
}
