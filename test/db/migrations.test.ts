// Migrations go up and down cleanly on every configured dialect.
import { afterAll, describe, expect, it } from 'vitest';
import { migrations } from '../../migrations/index.js';
import { migrateLatest, rollbackAll } from '../../src/db/migrate.js';
import { testDatabases } from '../helpers/databases.js';

const TABLES = [
  'users',
  'cvs',
  'questions',
  'competency_rubrics',
  'sessions',
  'turns',
  'generated_questions',
  'jobs',
  'llm_calls',
  'workspace_settings',
  'processed_events',
  'quota_refusals',
  'app_meta',
  'daily_channels',
  'daily_posts',
  'daily_answers',
  'daily_members',
  'session_locks',
  'pending_uploads',
];

describe.each(testDatabases())('migrations on $name', (database) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  it('creates every table, drops them all on rollback, and re-applies', async () => {
    const { knex, destroy } = await database.create({ migrate: false });
    cleanups.push(destroy);
    expect(await migrateLatest(knex)).toEqual(migrations.map((migration) => migration.name));
    for (const table of TABLES) expect(await knex.schema.hasTable(table)).toBe(true);
    expect(await migrateLatest(knex)).toEqual([]);
    await rollbackAll(knex);
    for (const table of TABLES) expect(await knex.schema.hasTable(table)).toBe(false);
    expect(await migrateLatest(knex)).toEqual(migrations.map((migration) => migration.name));
  });
});
