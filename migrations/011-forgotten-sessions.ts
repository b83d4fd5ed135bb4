// When `/interview forget` deleted a session's answers and report (issue 11): history says so per
// session instead of listing interviews whose report then cannot be found.
import type { Knex } from 'knex';

export const name = '011-forgotten-sessions';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('sessions', (t) => {
    t.bigInteger('forgotten_at');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('sessions', (t) => {
    t.dropColumn('forgotten_at');
  });
}
