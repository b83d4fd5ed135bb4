// State that must be shared by every instance on one database (issue 13): the per-session lock as a
// lease row, and admins waiting to share a bank CSV (formerly held in one process's memory).
import type { Knex } from 'knex';

export const name = '013-shared-state';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('session_locks', (t) => {
    // "session:<id>" or "start:<user id>"; one row while some instance holds the lock.
    t.string('lock_key', 120).primary();
    t.string('owner', 64).notNullable();
    // Taken over by another instance after this (the holder crashed); renewed while work runs.
    t.bigInteger('expires_at').notNullable();
  });
  await knex.schema.createTable('pending_uploads', (t) => {
    // "<platform>:<workspace>:<user>"
    t.string('user_key', 200).primary();
    t.bigInteger('expires_at').notNullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('pending_uploads');
  await knex.schema.dropTableIfExists('session_locks');
}
