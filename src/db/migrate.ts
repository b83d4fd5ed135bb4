// Run the explicit migration list through Knex's migrator (up, down, status).
import type { Knex } from 'knex';
import { type Migration, migrations } from '../../migrations/index.js';

const source: Knex.MigrationSource<Migration> = {
  getMigrations: async () => migrations,
  getMigrationName: (migration) => migration.name,
  getMigration: async (migration) => migration,
};

/** Apply every pending migration. Returns the names applied. */
export async function migrateLatest(knex: Knex): Promise<string[]> {
  const [, applied] = (await knex.migrate.latest({ migrationSource: source })) as [number, string[]];
  return applied;
}

/** Roll back every applied migration (used by `npm run migrate:rollback -- --all` and tests). */
export async function rollbackAll(knex: Knex): Promise<string[]> {
  const [, rolledBack] = (await knex.migrate.rollback({ migrationSource: source }, true)) as [
    number,
    string[],
  ];
  return rolledBack;
}

/** Roll back the last batch. */
export async function rollbackLast(knex: Knex): Promise<string[]> {
  const [, rolledBack] = (await knex.migrate.rollback({ migrationSource: source })) as [number, string[]];
  return rolledBack;
}
