// The question of the day: which channel each workspace practises in, the daily posts and their
// threads, members' answers (one per member per post) and who asked not to be named on the board.
// Portable like 001: epoch-millisecond BIGINTs, JSON as text, explicit string lengths for MySQL indexes.
import type { Knex } from 'knex';

export const name = '015-daily-question';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('daily_channels', (t) => {
    t.increments('id').primary();
    t.string('platform', 16).notNullable();
    t.string('workspace_id', 64).notNullable();
    t.string('channel_id', 64).notNullable();
    t.string('post_time', 5).notNullable();
    t.string('time_zone', 64).notNullable();
    // "mixed" or one position code.
    t.string('positions', 16).notNullable();
    t.string('language', 4).notNullable();
    t.boolean('weekly_board').notNullable().defaultTo(false);
    t.boolean('enabled').notNullable().defaultTo(true);
    // Why posting stopped on its own (the bot lost access to the channel); null while it works.
    t.string('paused_reason', 32);
    t.bigInteger('created_at').notNullable();
    t.bigInteger('updated_at').notNullable();
    // One daily channel per workspace: `set` in another channel moves it.
    t.unique(['platform', 'workspace_id']);
  });

  await knex.schema.createTable('daily_posts', (t) => {
    t.increments('id').primary();
    t.string('platform', 16).notNullable();
    t.string('workspace_id', 64).notNullable();
    t.string('channel_id', 64).notNullable();
    // The local day, plus "#n" for an extra post an admin asked for the same day.
    t.string('slot', 24).notNullable();
    t.string('local_day', 10).notNullable();
    t.integer('question_id').notNullable();
    t.string('position', 16).notNullable();
    t.string('topic', 48).notNullable();
    t.integer('difficulty').notNullable();
    t.string('language', 4).notNullable();
    t.string('post_message_id', 64);
    t.string('thread_id', 64);
    t.string('tally_message_id', 64);
    t.bigInteger('posted_at').notNullable();
    t.bigInteger('closed_at');
    t.unique(['platform', 'workspace_id', 'channel_id', 'slot']);
    t.index(['platform', 'workspace_id', 'thread_id']);
  });

  await knex.schema.createTable('daily_answers', (t) => {
    t.increments('id').primary();
    t.integer('post_id').unsigned().notNullable().references('daily_posts.id').onDelete('CASCADE');
    t.string('platform_user_id', 64).notNullable();
    t.string('display_name', 200);
    t.string('language', 4).notNullable();
    t.text('answer').notNullable();
    // Bumped by each further reply, which replaces the answer; an evaluation is kept for its revision only.
    t.integer('revision').notNullable().defaultTo(1);
    t.bigInteger('answered_at').notNullable();
    t.bigInteger('updated_at').notNullable();
    t.double('score');
    t.text('evaluation');
    t.string('evaluator', 100);
    t.boolean('degraded').notNullable().defaultTo(false);
    t.integer('evaluated_revision');
    t.unique(['post_id', 'platform_user_id']);
  });

  await knex.schema.createTable('daily_members', (t) => {
    t.string('platform', 16).notNullable();
    t.string('workspace_id', 64).notNullable();
    t.string('platform_user_id', 64).notNullable();
    t.boolean('hidden').notNullable().defaultTo(false);
    t.bigInteger('updated_at').notNullable();
    t.primary(['platform', 'workspace_id', 'platform_user_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['daily_members', 'daily_answers', 'daily_posts', 'daily_channels']) {
    await knex.schema.dropTableIfExists(table);
  }
}
