// Bank questions carry an interviewer's follow-up question per key point (issue 9); null when the source gave none.
import type { Knex } from 'knex';

export const name = '009-followups-questions';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('questions', (t) => {
    // JSON array of strings aligned with key_points, as text like key_points.
    t.text('follow_ups').nullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('questions', (t) => {
    t.dropColumn('follow_ups');
  });
}
